import type { IpcHandlers } from '../../src-shared/ipc/contract.js';
import type { Report } from '../../src-shared/model/report-schema.js';
import type { Settings } from '../../src-shared/settings/settings-schema.js';
import type { AppActions } from '../actions/app-actions.js';
import type { AppLogger } from '../logging/app-logger.js';
import { readRecentLogLines } from '../logging/recent-log-lines.js';
import type { SettingsStore } from '../settings/settings-store.js';
import type { CheckEngine } from './check-engine.js';
import { createIpcHandlers, type AppInfo, type HistoryReader, type SupportBundle } from './ipc-handlers.js';
import { createPollingReportSource } from './polling-report-source.js';
import type { ReportSource } from '../monitor/report-source.js';
import { createSwitchableReportSource, type SwitchableReportSource } from './switchable-report-source.js';

export interface AppServiceOptions {
  mode: AppInfo['mode'];
  version: string;
  engine: CheckEngine;
  /** The bundled demo machine, loaded on request ("Try the demo machine"). */
  loadDemoEngine: () => Promise<CheckEngine>;
  settings: SettingsStore;
  logger: AppLogger;
  logDirectory: string;
  actions: AppActions;
  history: HistoryReader;
  makeSupportBundle: (options: { redact: boolean }, report: Report | undefined) => Promise<SupportBundle>;
  reportText: (report: Report) => string;
  /** How reports are produced for an engine: the live monitor when wired, else polling. */
  createReportSource?: (engine: CheckEngine, settings: () => Settings) => ReportSource;
  onSettingsSaved?: (settings: Settings) => void;
}

export interface AppService {
  handlers: IpcHandlers;
  reports: SwitchableReportSource;
  engine(): CheckEngine;
  close(): Promise<void>;
}

function pollingSource(engine: CheckEngine, settings: () => Settings, onError: (error: unknown) => void): ReportSource {
  return createPollingReportSource(() => engine.check(settings()), settings().checkIntervalSeconds * 1000, { onError });
}

/** Wires the app service for Electron or the preview: the same handlers over either transport. */
export function createAppService(options: AppServiceOptions): AppService {
  const settings = () => options.settings.get();
  const logError = (error: unknown) => options.logger.log('error', `check failed: ${error instanceof Error ? error.message : String(error)}`);
  const makeSource = (engine: CheckEngine) =>
    options.createReportSource ? options.createReportSource(engine, settings) : pollingSource(engine, settings, logError);
  let engine = options.engine;
  const reports = createSwitchableReportSource(makeSource(engine));

  const handlers = createIpcHandlers({
    reports,
    settings: options.settings,
    actions: options.actions,
    history: options.history,
    validatePath: (path, current) => engine.validatePath(path, current),
    makeSupportBundle: (request) => options.makeSupportBundle(request, reports.current()),
    logs: {
      recent: (lines) => readRecentLogLines(options.logDirectory, lines),
      write: (level, message) => options.logger.log(level, message),
    },
    appInfo: () => ({ version: options.version, mode: options.mode, demo: engine.demo, source: engine.source }),
    reportText: options.reportText,
    loadDemo: async () => {
      engine = await options.loadDemoEngine();
      options.logger.log('info', 'switched to the demo machine');
      await reports.switchTo(makeSource(engine));
      return reports.checkNow();
    },
    onSettingsSaved: (saved) => {
      options.logger.setLevel(saved.logLevel);
      options.logger.log('info', 'settings saved');
      // New paths, patterns or interval: start checking afresh with them.
      void reports.switchTo(makeSource(engine)).then(() => reports.checkNow().catch(logError));
      options.onSettingsSaved?.(saved);
    },
  });

  return { handlers, reports, engine: () => engine, close: () => reports.close() };
}
