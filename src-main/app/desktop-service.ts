import { join } from 'node:path';
import { formatReportText } from '../../src-shared/report/report-text.js';
import type { AppActions } from '../actions/app-actions.js';
import { createHistoryLog } from '../history/history-log.js';
import { createAppService, type AppService, type AppServiceOptions } from './app-service.js';
import { makeCollectedSupportBundle } from './collected-support-bundle.js';
import { monitorReportSource } from './monitor-report-source.js';
import type { MisdirectedWriteAlarm } from '../monitor/misdirected-write-alarm.js';

export type DesktopServiceOptions = Pick<
  AppServiceOptions,
  'mode' | 'version' | 'engine' | 'loadDemoEngine' | 'settings' | 'logger' | 'logDirectory' | 'onSettingsSaved'
> & {
  /** The actions, given a way to reach the service they belong to (made after them). */
  actions: (service: () => AppService | undefined) => AppActions;
  /** A write into the wrong data AutoEntry points at: the Electron shell shows a notification. */
  onAlarm?: (alarm: MisdirectedWriteAlarm) => void;
};

/**
 * The app service as both the Electron window and the loopback preview use it: reports from
 * the live monitor, its history log for the timeline, support bundles made by `collect`, and
 * the report as plain text for the clipboard.
 */
export function createDesktopService(options: DesktopServiceOptions): AppService {
  const history = createHistoryLog({ dir: join(options.logDirectory, 'history') });
  const logError = (error: unknown) => options.logger.log('error', `monitor: ${error instanceof Error ? error.message : String(error)}`);
  let service: AppService | undefined;
  service = createAppService({
    mode: options.mode,
    version: options.version,
    engine: options.engine,
    loadDemoEngine: options.loadDemoEngine,
    settings: options.settings,
    logger: options.logger,
    logDirectory: options.logDirectory,
    actions: options.actions(() => service),
    history,
    makeSupportBundle: ({ redact }) => makeCollectedSupportBundle(service!.engine(), options.settings.get(), redact),
    reportText: (report) => formatReportText(report, { glyphs: 'unicode', colour: false }),
    // The demo machine's ups and downs are not this PC's: they stay out of the history.
    createReportSource: (engine, settings) => monitorReportSource(engine, settings, { ...(!engine.demo && { history }), ...(options.onAlarm && { onAlarm: options.onAlarm }), onError: logError }),
    ...(options.onSettingsSaved !== undefined && { onSettingsSaved: options.onSettingsSaved }),
  });
  return service;
}
