import { exitCodeForStatus } from '../../src-shared/model/severity.js';
import type { Report } from '../../src-shared/model/report-schema.js';
import { runCheck as realRunCheck } from '../check/run-check.js';
import { createMonitor, type Monitor, type MonitorOptions, type RunCheck } from '../monitor/monitor.js';
import { intervalsFromSettings } from '../monitor/full-check-interval.js';
import { followSnapshotFile, followThisComputer } from '../monitor/monitor-sources.js';
import type { ProcessStartProbe } from '../monitor/procfs-process-starts.js';
import { describeReportChange } from '../monitor/report-change-summary.js';
import { reloadWhenChanged } from '../monitor/reload-when-changed.js';
import { resolveCheckContext, type CheckContext, type CheckContextDeps } from '../check/check-context.js';
import { parseCheckArgs, type CheckArgs } from './check-args.js';
import { EXIT_COULD_NOT_RUN, type CliCommand } from './cli-io.js';
import { usageOf } from './usage.js';
import { InputError } from '../check/input-error.js';

export interface WatchCommandOptions {
  runCheck?: RunCheck;
  /** Extra monitor options (intervals, a fake watcher or clock in tests). */
  monitor?: Partial<MonitorOptions>;
  now?: () => Date;
  /** A cheap new-process probe for a live host (default: /proc where there is one). */
  processStarts?: (patterns: readonly string[]) => ProcessStartProbe | undefined;
  /** The saved settings file: watched, and the inputs are merged again when it changes. */
  settingsFile?: string;
}

const STATUS_WORD: Record<Report['status'], string> = { ok: 'OK   ', warn: 'WARN ', error: 'ERROR' };

/** The local time of day, 24-hour (`14:05:09`): when the user saw it happen. */
function clockTime(at: Date): string {
  return at.toLocaleTimeString('en-GB', { hour12: false });
}

/** How the monitor follows a context: a snapshot file is re-read when it changes; a live PC is watched. */
function monitorSource(context: CheckContext, options: WatchCommandOptions): Partial<MonitorOptions> {
  if (context.machineFile !== undefined) return followSnapshotFile(context.machineFile, context.host);
  if (options.processStarts === undefined) return followThisComputer(context.inputs.syncAppPatterns, undefined, context.host);
  const processStarts = options.processStarts(context.inputs.syncAppPatterns);
  return processStarts !== undefined ? { processStarts } : {};
}

/** Follows the settings file (not for --demo, which ignores saved settings): inputs are merged again when it changes. */
function settingsSource(args: CheckArgs, deps: CheckContextDeps, context: CheckContext, settingsFile: string | undefined): Partial<MonitorOptions> {
  if (settingsFile === undefined || context.demo) return {};
  const sameHost: CheckContextDeps = { ...deps, createLiveHost: () => context.host };
  return {
    alwaysWatch: [{ path: settingsFile, polling: false }],
    refreshInputs: reloadWhenChanged(settingsFile, async () => (await resolveCheckContext({ ...args, machine: undefined }, sameHost)).inputs, context.inputs),
  };
}

/**
 * `sync-doctor watch`: keeps checking and prints each change. `--json` writes NDJSON — the full
 * report first, then one report per change, each `{"type": "report", …, "observedAt"}`; the
 * human form writes one line per change. Ends on the stop signal with the last status's exit code.
 */
export function watchCommand(deps: CheckContextDeps, options: WatchCommandOptions = {}): CliCommand {
  return async (argv, io) => {
    const { args } = parseCheckArgs(argv, 'watch');
    if (args.help) {
      io.stdout(usageOf('watch'));
      return 0;
    }
    const context = await resolveCheckContext(args, deps);
    if (io.stopSignal.aborted) return EXIT_COULD_NOT_RUN;
    const now = options.now ?? (() => new Date());
    const errors = new Set<string>();
    let last: Report | undefined;
    const source = monitorSource(context, options);
    const settings = settingsSource(args, deps, context, options.settingsFile);

    const monitor: Monitor = createMonitor({
      host: context.host,
      inputs: context.inputs,
      timeoutMs: context.timeoutMs,
      runCheck: options.runCheck ?? realRunCheck,
      intervals: intervalsFromSettings(context.settings),
      ...source,
      ...settings,
      alwaysWatch: [...(source.alwaysWatch ?? []), ...(settings.alwaysWatch ?? [])],
      // A write into the wrong data AutoEntry points at: one event line per burst.
      alarm: source.alarm === false ? false : {
        onAlarm: (alarm) => io.stdout(args.json ? `${JSON.stringify(alarm)}\n` : `${clockTime(new Date(alarm.at))}  ALARM  ${alarm.message}\n`),
      },
      onError(error) {
        const message = error instanceof Error ? error.message : String(error);
        if (errors.has(message)) return;
        errors.add(message);
        io.stderr(`sync-doctor watch: ${message.split('\n')[0]}\n`);
      },
      ...options.monitor,
    });
    monitor.subscribe((report) => {
      const observedAt = now();
      if (args.json) io.stdout(`${JSON.stringify({ type: 'report', ...report, observedAt: observedAt.toISOString() })}\n`);
      else io.stdout(`${clockTime(observedAt)}  ${STATUS_WORD[report.status]}  ${describeReportChange(last, report)}\n`);
      last = report;
    });
    if (!io.stopSignal.aborted) {
      await new Promise<void>((resolve) => io.stopSignal.addEventListener('abort', () => resolve(), { once: true }));
    }
    await monitor.close();
    if (last === undefined) throw new InputError('Stopped before the first check finished.');
    return exitCodeForStatus(last.status);
  };
}

