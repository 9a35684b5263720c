import type { InstalledProgram, ProcessInfo, ServiceInfo } from '../../src-shared/model/system.js';
import { rememberedByText } from '../../src-shared/model/text-memo.js';
export { sageVersionOfFolder } from '../../src-shared/model/sage-versions.js';

/** A Sage 50 Accounts data service ("Sage 50 Accounts Service v31", "Sage SData Service"…). */
export function isSageDataService(service: ServiceInfo): boolean {
  // Asked of every service (hundreds a PC): most do not say "sage" at all, and are told so
  // without joining the two texts ("sage" cannot span the space between them), each name's
  // answer remembered (an office's PCs run the same services).
  if (!saysSage(service.name) && !saysSage(service.displayName ?? '')) return false;
  const text = `${service.name} ${service.displayName ?? ''}`;
  return /sage/i.test(text) && /(accounts|sage\s*50|sdata|data\s*service)/i.test(text) && !/(update|upgrade|install|telemetry|backup)/i.test(text);
}

export function isSageProgram(program: InstalledProgram): boolean {
  return isSageProgramName(program.displayName);
}

export function isSageProcess(process: ProcessInfo): boolean {
  return isSageExeName(process.name) || isInSageAccountsFolder(process.path ?? '');
}

// Asked of every service, installed program and process of a PC, a thousand PCs in an office: each
// name's answer remembered (text-memo.ts).
const saysSage = rememberedByText((text: string) => /sage/i.test(text));
const isSageProgramName = rememberedByText((name: string) => /sage\s*(50|instant)?\s*accounts|sage\s*50/i.test(name) && !/(update|upgrade|telemetry)/i.test(name));
const isSageExeName = rememberedByText((name: string) => /^sage\.exe$/i.test(name));
const isInSageAccountsFolder = rememberedByText((path: string) => /\\sage\\accounts\\/i.test(path));
