import type { Observations, ObservedPath, QuickBooksCompanyFile, SageVersion } from '../../src-shared/model/observations.js';
import type { DriveInfo, ServiceInfo } from '../../src-shared/model/system.js';
import type { OfficeMachine } from '../../src-shared/office/office-machine.js';
import { canonicaliseWinPath } from '../../src-shared/winpath/canonical-path.js';

/**
 * PCs of an office as the office judgement sees them, written the way an office is described:
 * "SYNC-PC maps S: to \\FILESRV\Accounts, runs the Sync App and lists S:\Sage\Company.000
 * under Sage 2025". Paths are left for the judgement to resolve, unless `resolved` says the
 * probe resolved them on that PC already.
 */
export interface PcSpec {
  name: string;
  /** Drive letter → UNC path of a network drive, or 'fixed' for a local one. */
  drives?: Record<string, string>;
  syncApp?: 'process' | 'service' | 'stopped-service';
  /** Sage versions, newest first: the company list's lines, 'unreadable' (garbled), or 'denied' (its settings folder closed to the user). */
  sage?: Array<{ version: string; list: string[] | 'unreadable' | 'denied' }>;
  /** AutoEntry's paths (a `.QBW` is a QuickBooks company file). */
  configured?: string[];
  quickbooksVersions?: string[];
  /** QuickBooks' recent files, most recent first unless `recency` is given. */
  recent?: Array<string | { path: string; recency: number }>;
  companyFiles?: Array<{ path: string; nd?: { hostName?: string; serverMode?: number; hostedHere?: boolean } }>;
  services?: Array<{ name: string; state: ServiceInfo['state'] }>;
  flavour?: 'windows' | 'posix';
  links?: Record<string, string>;
  /** Spelling → what the probe on that PC resolved it to (as if through a junction). */
  resolved?: Record<string, string>;
  file?: string;
  capturedAt?: string;
}

function observed(spec: PcSpec, spelled: string): ObservedPath {
  const target = spec.resolved?.[spelled];
  if (target === undefined) return { spelled };
  const canonical = canonicaliseWinPath(target, {});
  return canonical.ok ? { spelled, canonical: canonical.value } : { spelled };
}

function driveTable(spec: PcSpec): DriveInfo[] {
  return Object.entries(spec.drives ?? {}).map(([letter, remote]) => (remote === 'fixed' ? { letter, kind: 'fixed' } : { letter, kind: 'network', remote }));
}

function sageVersion(spec: PcSpec, v: { version: string; list: string[] | 'unreadable' | 'denied' }): SageVersion {
  const settingsFolder = `C:\\ProgramData\\Sage\\Accounts\\${v.version}`;
  return {
    name: v.version,
    version: /^\d{4}$/.test(v.version) ? Number(v.version) - 1994 : Number(v.version.slice(1)),
    settingsFolder,
    companyFile: `${settingsFolder}\\COMPANY`,
    list: v.list === 'denied'
      ? { readable: false, problem: `Access to ${settingsFolder}\\COMPANY is denied`, lookupFailed: true }
      : v.list === 'unreadable'
      ? { readable: false, problem: 'could not be read' }
      : { readable: true, badLines: [], datasets: v.list.map((p) => ({ path: observed(spec, p), access: { state: 'dir', mtime: '2026-11-20T09:00:00Z' }, isDataset: true, network: p.startsWith('\\\\') })) },
  };
}

export function observationsOf(spec: PcSpec): Observations {
  const syncProcesses = spec.syncApp === 'process' ? [{ pid: 5001, name: 'AutoEntry.SyncApp.exe', thisSession: true }] : [];
  const syncServices: ServiceInfo[] = spec.syncApp === 'service' ? [{ name: 'AutoEntrySync', state: 'running' }] : spec.syncApp === 'stopped-service' ? [{ name: 'AutoEntrySync', state: 'stopped' }] : [];
  const companyFiles: QuickBooksCompanyFile[] = (spec.companyFiles ?? []).map((f) => ({
    path: observed(spec, f.path),
    access: { state: 'file', size: 1, mtime: '2026-11-20T09:00:00Z' },
    foundIn: ['recent-list'],
    ...(f.nd && { nd: { file: `${f.path}.ND`, ...f.nd } as QuickBooksCompanyFile['nd'] }),
  }));
  return {
    flavour: spec.flavour ?? 'windows',
    observedAt: spec.capturedAt ?? '2026-11-20T09:30:00Z',
    source: `snapshot of ${spec.name}`,
    machine: { computerName: spec.name, userName: 'staff', sessionId: 1 },
    drives: driveTable(spec),
    syncApp: { patterns: ['AutoEntry'], processes: syncProcesses, services: syncServices, installs: [] },
    sage: { versions: (spec.sage ?? []).map((v) => sageVersion(spec, v)), unreadFolders: [], installs: [], services: [], processes: [] },
    quickbooks: {
      versions: spec.quickbooksVersions ?? [],
      recent: (spec.recent ?? []).map((r, i) => (typeof r === 'string' ? { path: observed(spec, r), listedIn: 'QBWUSER.INI', recency: i } : { path: observed(spec, r.path), listedIn: 'QBWUSER.INI', recency: r.recency })),
      listProblems: [],
      companyFiles,
      installs: [],
      services: (spec.services ?? []).map((s) => ({ name: s.name, state: s.state })),
      processes: [],
    },
    configured: (spec.configured ?? []).map((input) => ({
      input,
      path: observed(spec, input),
      quickbooks: input.toLowerCase().endsWith('.qbw'),
      access: { state: 'dir', mtime: '2026-11-20T09:00:00Z' },
      isSageDataset: !input.toLowerCase().endsWith('.qbw'),
    })),
    problems: [],
  };
}

/** A PC's own report is kept unchanged inside the office report; its contents do not matter here. */
export const OWN_REPORT = { format: 'sync-doctor/report@1', status: 'ok', generatedAt: '2026-11-20T09:31:00Z', findings: [] } as unknown as OfficeMachine['report'];

export function pc(spec: PcSpec): OfficeMachine {
  return {
    computerName: spec.name,
    capturedAt: spec.capturedAt ?? '2026-11-20T09:30:00Z',
    ...(spec.file !== undefined && { file: spec.file }),
    observations: observationsOf(spec),
    report: OWN_REPORT,
    ...(spec.links && { links: spec.links }),
  };
}

export const FILESRV = '\\\\FILESRV\\Accounts';
export const DATASET = '\\\\FILESRV\\Accounts\\Sage\\Company.000';
export const S_DATASET = 'S:\\Sage\\Company.000';
