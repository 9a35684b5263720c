import type { InstalledProgram, ProcessInfo, ServiceInfo } from '../../src-shared/model/system.js';

/** `2014`–`2026` (version = year − 1994) or `V33` and later; undefined for any other folder. */
export function sageVersionOfFolder(name: string): number | undefined {
  const year = /^(20\d\d)$/.exec(name);
  if (year) {
    const y = Number(year[1]);
    return y >= 2014 && y <= 2026 ? y - 1994 : undefined;
  }
  const v = /^v(\d{2,3})$/i.exec(name);
  if (v) {
    const n = Number(v[1]);
    return n >= 33 ? n : undefined;
  }
  return undefined;
}

/** A Sage 50 Accounts data service ("Sage 50 Accounts Service v31", "Sage SData Service"…). */
export function isSageDataService(service: ServiceInfo): boolean {
  const text = `${service.name} ${service.displayName ?? ''}`;
  return /sage/i.test(text) && /(accounts|sage\s*50|sdata|data\s*service)/i.test(text) && !/(update|upgrade|install|telemetry|backup)/i.test(text);
}

export function isSageProgram(program: InstalledProgram): boolean {
  return /sage\s*(50|instant)?\s*accounts|sage\s*50/i.test(program.displayName) && !/(update|upgrade|telemetry)/i.test(program.displayName);
}

export function isSageProcess(process: ProcessInfo): boolean {
  return /^sage\.exe$/i.test(process.name) || /\\sage\\accounts\\/i.test(process.path ?? '');
}
