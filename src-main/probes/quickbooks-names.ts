import { rememberedByText } from '../../src-shared/model/text-memo.js';
import type { InstalledProgram, ProcessInfo, ServiceInfo } from '../../src-shared/model/system.js';

/** `QuickBooks 2024` → `2024`; `QuickBooks Enterprise Solutions 24.0` → `Enterprise 24.0`. */
export function quickBooksVersionOfFolder(name: string): string | undefined {
  const year = /^QuickBooks (20\d\d)$/i.exec(name);
  if (year) return year[1]!;
  const enterprise = /^QuickBooks Enterprise Solutions (\d+)\.0$/i.exec(name);
  return enterprise ? `Enterprise ${enterprise[1]}.0` : undefined;
}

/** `QuickBooksDB34` is the database service of QuickBooks 2024 (NN = year − 1990). */
export function quickBooksYearOfService(service: ServiceInfo): number | undefined {
  return yearOfServiceName(service.name);
}

export function isQuickBooksDbService(service: ServiceInfo): boolean {
  return quickBooksYearOfService(service) !== undefined;
}

export function isQuickBooksProgram(program: InstalledProgram): boolean {
  return isQuickBooksProgramName(program.displayName);
}

export function isQuickBooksProcess(process: ProcessInfo): boolean {
  return isQuickBooksExeName(process.name);
}

// Asked of every service, installed program and process of a PC, a thousand PCs in an office: each
// name's answer remembered (text-memo.ts).
const yearOfServiceName = rememberedByText((name: string): number | undefined => {
  const m = /^QuickBooksDB(\d+)$/i.exec(name);
  return m ? Number(m[1]) + 1990 : undefined;
});
const isQuickBooksProgramName = rememberedByText((name: string) => /quickbooks/i.test(name) && !/(tool hub|connection diagnostic|file doctor)/i.test(name));
const isQuickBooksExeName = rememberedByText((name: string) => /^qbw(32)?\.exe$/i.test(name));

/** Whether a file name is a QuickBooks company file (`.qbw`). */
export function isCompanyFileName(name: string): boolean {
  return /\.qbw$/i.test(name.trim().replace(/["\\/]+$/, ''));
}

/** The `.ND` sidecars a company file may have: `<file>.nd`, or `.ND` in place of `.QBW`. */
export function ndCandidates(companyFile: string): string[] {
  return [`${companyFile}.ND`, companyFile.replace(/\.qbw$/i, '.ND')];
}
