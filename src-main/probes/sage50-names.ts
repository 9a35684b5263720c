import type { InstalledProgram, ProcessInfo, ServiceInfo } from '../../src-shared/model/system.js';
export { sageVersionOfFolder } from '../../src-shared/model/sage-versions.js';

/** A Sage 50 Accounts data service ("Sage 50 Accounts Service v31", "Sage SData Service"…). */
export function isSageDataService(service: ServiceInfo): boolean {
  // Asked of every service (hundreds a PC): most do not say "sage" at all, and are told so
  // without joining the two texts ("sage" cannot span the space between them).
  if (!/sage/i.test(service.name) && !/sage/i.test(service.displayName ?? '')) return false;
  const text = `${service.name} ${service.displayName ?? ''}`;
  return /sage/i.test(text) && /(accounts|sage\s*50|sdata|data\s*service)/i.test(text) && !/(update|upgrade|install|telemetry|backup)/i.test(text);
}

export function isSageProgram(program: InstalledProgram): boolean {
  return /sage\s*(50|instant)?\s*accounts|sage\s*50/i.test(program.displayName) && !/(update|upgrade|telemetry)/i.test(program.displayName);
}

export function isSageProcess(process: ProcessInfo): boolean {
  return /^sage\.exe$/i.test(process.name) || /\\sage\\accounts\\/i.test(process.path ?? '');
}
