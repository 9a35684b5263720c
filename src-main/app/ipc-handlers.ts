import type { z } from 'zod';
import type { AppInfoSchema, IpcHandlers } from '../../src-shared/ipc/contract.js';
import type { HistoryRange, HistoryView } from '../../src-shared/history/history-schema.js';
import type { Finding, Report } from '../../src-shared/model/report-schema.js';
import type { Settings } from '../../src-shared/settings/settings-schema.js';
import type { AppActions } from '../actions/app-actions.js';
import type { LogLevel } from '../logging/app-logger.js';
import type { SettingsStore } from '../settings/settings-store.js';
import type { ReportSource } from '../monitor/report-source.js';
import { officeHandlers } from './office-handlers.js';

export type AppInfo = z.infer<typeof AppInfoSchema>;

export interface HistoryReader {
  query(range: HistoryRange): Promise<HistoryView>;
}

export interface SupportBundle {
  fileName: string;
  content: string;
  savedTo?: string;
}

/** Everything the UI can reach, supplied by the Electron shell or the preview server. */
export interface AppServiceDeps {
  /** Where the current report comes from (the monitor, or a polling source). */
  reports: ReportSource;
  settings: Pick<SettingsStore, 'get' | 'save' | 'notice'>;
  actions: AppActions;
  history: HistoryReader;
  /** Judges one path with the report's rules (the core's validatePath, bound to the host). */
  validatePath: (path: string, settings: Settings) => Promise<Finding>;
  makeSupportBundle: (options: { redact: boolean }) => Promise<SupportBundle>;
  logs: { recent(lines: number): Promise<string[]>; write(level: LogLevel, message: string): void };
  appInfo: () => AppInfo;
  reportText: (report: Report) => string;
  /** Switches to the bundled demo machine and returns its report. */
  loadDemo: () => Promise<Report>;
  /** After settings were saved (apply start-at-login, log level, check interval). */
  onSettingsSaved?: (settings: Settings) => void;
}

/** One handler per channel of the IPC contract, the same for Electron and the preview. */
export function createIpcHandlers(deps: AppServiceDeps): IpcHandlers {
  let notice = deps.settings.notice;
  const currentReport = async (): Promise<Report> => deps.reports.current() ?? deps.reports.checkNow();

  return {
    'app-info': async () => deps.appInfo(),
    'report-get': currentReport,
    'report-check-now': () => deps.reports.checkNow(),
    'report-text': async () => ({ text: deps.reportText(await currentReport()) }),
    'settings-get': async () => ({ settings: deps.settings.get(), ...(notice ? { notice } : {}) }),
    'settings-save': async (settings) => {
      const saved = deps.settings.save(settings);
      // The user has seen and answered the settings screen: the notice has done its job.
      notice = undefined;
      deps.onSettingsSaved?.(saved);
      return { settings: saved };
    },
    'path-validate': async ({ path }) => ({ finding: await deps.validatePath(path, deps.settings.get()) }),
    'syncapp-start': async () =>
      deps.actions.startSyncApp({
        report: deps.reports.current(),
        settings: deps.settings.get(),
        recheck: () => deps.reports.checkNow(),
      }),
    'open-folder': ({ path }) => deps.actions.openFolder({ path, report: deps.reports.current(), settings: deps.settings.get() }),
    'path-browse': ({ software }) => deps.actions.choosePath(software),
    'open-external': ({ url }) => deps.actions.openExternal(url),
    'copy-text': ({ text }) => deps.actions.copyText(text),
    'history-get': ({ range }) => deps.history.query(range),
    'support-bundle': ({ redact }) => deps.makeSupportBundle({ redact }),
    'logs-recent': async ({ lines }) => ({ lines: await deps.logs.recent(lines) }),
    'log-write': async ({ level, message }) => {
      deps.logs.write(level, `renderer: ${message}`);
      return { ok: true };
    },
    'demo-load': () => deps.loadDemo(),
    ...officeHandlers(deps.actions),
  };
}
