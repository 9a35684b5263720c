import { vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src-shared/settings/settings-schema.js';
import type { Finding, Report } from '../../src-shared/model/report-schema.js';
import type { ReportSource } from '../../src-main/monitor/report-source.js';
import type { AppServiceDeps } from '../../src-main/app/ipc-handlers.js';
import type { DesktopIntegration, PathPresence } from '../../src-main/actions/app-actions.js';

/** A report as the core would make it, small enough to read in a test. */
export function makeReport(status: Report['status'], findings: Partial<Finding>[] = [], extra: Partial<Report> = {}): Report {
  return {
    format: 'sync-doctor/report@1',
    status,
    generatedAt: '2026-11-21T10:00:00Z',
    machine: { computerName: 'OFFICE-PC1', userName: 'jane' },
    findings: findings.map((f) => ({
      code: 'syncapp.running',
      severity: 'ok',
      title: 'The Sync App is running',
      detail: 'It runs on this PC.',
      guidance: [],
      ...f,
    })) as Finding[],
    inventory: {},
    ...extra,
  };
}

export const SYNC_APP_STOPPED: Partial<Finding> = { code: 'syncapp.not-running', severity: 'error', title: 'The Sync App is not running' };
export const SERVICE_STOPPED: Partial<Finding> = { code: 'sage.service-stopped', severity: 'warn', title: 'The Sage data service is stopped' };

/** A ReportSource whose next check answers with whatever the test set. */
export function fakeReportSource(first: Report) {
  let current: Report | undefined = first;
  let next = first;
  const listeners = new Set<(r: Report) => void>();
  const source: ReportSource & { setNext(r: Report): void; publish(r: Report): void; closed: boolean } = {
    closed: false,
    current: () => current,
    checkNow: vi.fn(async () => {
      current = next;
      return next;
    }),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async close() {
      source.closed = true;
    },
    setNext(r) {
      next = r;
    },
    publish(r) {
      current = r;
      for (const l of listeners) l(r);
    },
  };
  return source;
}

/** Every dependency of the app service, each a fake a test can inspect. */
export function fakeDeps(overrides: Partial<AppServiceDeps> = {}) {
  let settings: Settings = structuredClone(DEFAULT_SETTINGS);
  const reports = fakeReportSource(makeReport('ok', [{}]));
  const logged: Array<[string, string]> = [];
  const deps: AppServiceDeps = {
    reports,
    settings: {
      get: () => settings,
      save: (s) => (settings = s),
      notice: undefined,
    },
    actions: {
      startSyncApp: vi.fn(async () => ({ ok: true, message: 'The Sync App is running now.' })),
      openFolder: vi.fn(async () => ({ ok: true })),
      copyText: vi.fn(async () => ({ ok: true })),
      openExternal: vi.fn(async () => ({ ok: true })),
      choosePath: vi.fn(async () => ({ supported: true, path: 'C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000' })),
    },
    history: { query: vi.fn(async (range) => ({ range, events: [], uptime: [] })) },
    validatePath: vi.fn(async (path: string) => ({
      code: 'path.missing' as const,
      severity: 'error' as const,
      title: 'Nothing is there',
      detail: `Nothing exists at ${path}.`,
      configuredPath: path,
      guidance: [],
    })),
    makeSupportBundle: vi.fn(async ({ redact }) => ({ fileName: 'bundle.json', content: JSON.stringify({ redact }) })),
    logs: { recent: vi.fn(async (n: number) => Array.from({ length: n }, (_, i) => `line ${i}`)), write: (level, message) => void logged.push([level, message]) },
    appInfo: () => ({ version: '0.1.0', mode: 'preview', demo: false, source: 'this PC' }),
    reportText: (report) => `Sync Doctor: ${report.status}`,
    loadDemo: vi.fn(async () => makeReport('error', [SYNC_APP_STOPPED])),
    ...overrides,
  };
  return { deps, reports, logged };
}

/** A desktop whose every call is recorded; `locate` answers `presence`. */
export function recordingDesktop(presence: PathPresence = 'folder', pathFlavour: DesktopIntegration['pathFlavour'] = 'windows'): DesktopIntegration {
  return {
    pathFlavour,
    locate: vi.fn(async () => presence),
    openFolder: vi.fn(async () => ({ ok: true })),
    showFile: vi.fn(async () => ({ ok: true })),
    openUrl: vi.fn(async () => ({ ok: true })),
    copyText: vi.fn(async () => ({ ok: true })),
    startSyncApp: vi.fn(async () => ({ ok: true })),
    choosePath: vi.fn(async () => ({ supported: false })),
  };
}
