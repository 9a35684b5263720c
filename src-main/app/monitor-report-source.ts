import type { Report } from '../../src-shared/model/report-schema.js';
import type { Settings } from '../../src-shared/settings/settings-schema.js';
import { runCheck } from '../check/run-check.js';
import type { HistoryWriter } from '../history/history-writer.js';
import { createMonitor, type Monitor } from '../monitor/monitor.js';
import { intervalsFromSettings } from '../monitor/full-check-interval.js';
import { followSnapshotFile, followThisComputer } from '../monitor/monitor-sources.js';
import type { MisdirectedWriteAlarm } from '../monitor/misdirected-write-alarm.js';
import type { CheckEngine } from './check-engine.js';
import type { ReportSource } from '../monitor/report-source.js';

export interface MonitorSourceOptions {
  history?: HistoryWriter;
  /** A write into the wrong data AutoEntry points at (the desktop app notifies). */
  onAlarm?: (alarm: MisdirectedWriteAlarm) => void;
  onError(error: unknown): void;
}

/**
 * The desktop app's report source: the live monitor over the engine's host and the settings
 * at hand — a stopped Sync App or a changed COMPANY list shows within a second. A snapshot is
 * followed through its file (editing it gives a new report). The monitor starts as soon as the
 * engine has resolved its inputs; calls made before then wait for it.
 */
export function monitorReportSource(engine: CheckEngine, settings: () => Settings, options: MonitorSourceOptions): ReportSource {
  let monitor: Monitor | undefined;
  const ready: Promise<Monitor> = engine.context(settings()).then((context) => {
    monitor = createMonitor({
      host: context.host,
      inputs: context.inputs,
      timeoutMs: context.timeoutMs,
      runCheck,
      intervals: intervalsFromSettings(context.settings),
      ...(context.machineFile !== undefined ? followSnapshotFile(context.machineFile, context.host) : { ...followThisComputer(context.inputs.syncAppPatterns, undefined, context.host), ...(options.onAlarm !== undefined && { alarm: { onAlarm: options.onAlarm } }) }),
      ...(options.history !== undefined && { history: options.history }),
      onError: options.onError,
    });
    return monitor;
  });
  ready.catch(options.onError);

  return {
    current: () => monitor?.current(),
    checkNow: async () => (await ready).checkNow(),
    subscribe(listener: (report: Report) => void) {
      let unsubscribe: (() => void) | undefined;
      let cancelled = false;
      void ready.then((m) => {
        if (!cancelled) unsubscribe = m.subscribe(listener);
      }, () => undefined);
      return () => {
        cancelled = true;
        unsubscribe?.();
      };
    },
    close: async () => {
      await (await ready.catch(() => undefined))?.close();
    },
  };
}
