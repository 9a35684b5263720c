import type { ConfiguredPath, LookupProblem, ObservedPath, Observations, PathAccess, QuickBooksCompanyFile, SageDataset, SageVersion } from '../../src-shared/model/observations.js';
import type { Finding, Report } from '../../src-shared/model/report-schema.js';
import { canonicaliseWinPath } from '../../src-shared/winpath/canonical-path.js';

/**
 * Observations built by hand, for the rules of src-shared/diagnose on their own: no host, no
 * probes, each test states exactly what was seen. Defaults: OFFICE-PC1, user jane, nothing found.
 */
export const HERE = 'OFFICE-PC1';
export const USER = 'jane';
export const PD = 'C:\\ProgramData\\Sage\\Accounts';

export function observed(spelled: string, sageDataset = false): ObservedPath {
  const c = canonicaliseWinPath(spelled, {}, { sageDataset });
  return c.ok ? { spelled, canonical: c.value } : { spelled, invalidReason: c.reason };
}

export const FILE: PathAccess = { state: 'file', size: 4096, mtime: '2026-11-19T10:00:00Z' };
export const DIR: PathAccess = { state: 'dir', mtime: '2026-11-19T10:00:00Z' };
export const MISSING: PathAccess = { state: 'missing', message: 'not found' };

export function emptyObservations(): Observations {
  return {
    flavour: 'windows',
    observedAt: '2026-11-20T09:30:00Z',
    source: 'this PC',
    machine: { computerName: HERE, userName: USER, sessionId: 1 },
    drives: [{ letter: 'C:', kind: 'fixed' }],
    syncApp: { patterns: ['AutoEntry*'], processes: [], services: [], installs: [] },
    sage: { versions: [], unreadFolders: [], installs: [], services: [], processes: [] },
    quickbooks: { versions: [], recent: [], listProblems: [], companyFiles: [], installs: [], services: [], processes: [] },
    configured: [],
    problems: [],
  };
}

export function dataset(spelled: string, access: PathAccess = DIR, isDataset: boolean | null = true, lastWrite?: string): SageDataset {
  return { path: observed(spelled, true), access, isDataset, network: spelled.startsWith('\\\\'), ...(lastWrite !== undefined && { lastWrite }) };
}

/** A Sage version whose COMPANY list names `datasets` (folder name `name`: 2025 is version 31). */
export function sageVersion(name: string, version: number, datasets: SageDataset[], companyFileMtime?: string, badLines: number[] = []): SageVersion {
  return {
    name,
    version,
    settingsFolder: `${PD}\\${name}`,
    companyFile: `${PD}\\${name}\\COMPANY`,
    ...(companyFileMtime !== undefined && { companyFileMtime }),
    list: { readable: true, datasets, badLines },
  };
}

export function unreadableVersion(name: string, version: number, problem = 'it is not text'): SageVersion {
  return { name, version, settingsFolder: `${PD}\\${name}`, companyFile: `${PD}\\${name}\\COMPANY`, list: { readable: false, problem } };
}

/** A configured AutoEntry path as the probes record it. */
export function configured(input: string, access: PathAccess, isSageDataset: boolean | null = false, sageLastWrite?: string): ConfiguredPath {
  const quickbooks = /\.qbw"?\s*$/i.test(input);
  return { input, path: observed(input.trim().replace(/^"|"$/g, ''), !quickbooks), quickbooks, access, isSageDataset, ...(sageLastWrite !== undefined && { sageLastWrite }) };
}

export function companyFile(spelled: string, access: PathAccess = FILE, nd?: QuickBooksCompanyFile['nd']): QuickBooksCompanyFile {
  return { path: observed(spelled), access, foundIn: ['company-files-folder'], ...(nd !== undefined && { nd }) };
}

export function recent(spelled: string, recency: number) {
  return { path: observed(spelled), listedIn: 'C:\\Users\\jane\\AppData\\Local\\Intuit\\QuickBooks 2024\\QBWUSER.INI', recency };
}

export function problem(topic: LookupProblem['topic'], what: string, kind: LookupProblem['kind'] = 'error', message = 'it ended with exit code 1', path?: string): LookupProblem {
  return { topic, what, kind, message, ...(path !== undefined && { path }) };
}

export function codesOf(report: Report): string[] {
  return report.findings.map((f) => f.code);
}

export function only(report: Report, code: string): Finding {
  const found = report.findings.filter((f) => f.code === code);
  if (found.length !== 1) throw new Error(`expected one ${code}; got ${codesOf(report).join(', ')}`);
  return found[0]!;
}
