import { parseArgs } from 'node:util';
import { exitCodeForStatus } from '../../src-shared/model/severity.js';
import type { Report } from '../../src-shared/model/report-schema.js';
import { DEFAULT_SYNC_APP_PATTERNS, DEFAULT_TIMEOUT_MS, type CheckInputs } from '../check/check-inputs.js';
import type { Host } from '../host/host.js';
import { createMonitor, type Monitor, type MonitorOptions, type RunCheck } from '../monitor/monitor.js';
import type { ProcessStartProbe } from '../monitor/procfs-process-starts.js';
import { describeReportChange } from '../monitor/report-change-summary.js';
import type { WatchTarget } from '../monitor/watch-targets.js';
import { CliError, EXIT_COULD_NOT_RUN, type CliCommand, type CliIo } from './cli-io.js';

/** `watch` takes the same inputs as `check` (spec/report.md). */
export interface WatchArgs {
  machine?: string;
  autoentryPaths: string[];
  syncAppLocation?: string;
  timeoutMs?: number;
  json: boolean;
}

/** What the monitor runs against, once arguments and saved settings are merged. */
export interface WatchContext {
  host: Host;
  inputs: CheckInputs;
  timeoutMs: number;
  /** A snapshot host re-reads its file here before each check. */
  refreshHost?: () => Promise<Host>;
  /** Paths to watch whatever the report says (the snapshot file, the settings file). */
  alwaysWatch: WatchTarget[];
  /** The paths in the report are this computer's (false for a snapshot of another one). */
  live: boolean;
  /** A cheap new-process probe, where the host has one (Linux /proc). */
  processStarts?: ProcessStartProbe;
}

export interface WatchCommandDependencies {
  resolveContext(args: WatchArgs, io: CliIo): Promise<WatchContext>;
  runCheck: RunCheck;
  /** Extra monitor options (intervals, a fake watcher or clock in tests). */
  monitor?: Partial<MonitorOptions>;
  now?: () => Date;
}

export function parseWatchArgs(argv: string[]): WatchArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: {
        machine: { type: 'string' },
        'autoentry-path': { type: 'string', multiple: true },
        'sync-app-location': { type: 'string' },
        timeout: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  const { values } = parsed;
  let timeoutMs: number | undefined;
  if (values.timeout !== undefined) {
    timeoutMs = Number(values.timeout);
    if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new CliError(`--timeout must be a whole number of milliseconds above 0, not "${values.timeout}".`);
  }
  return {
    ...(values.machine !== undefined ? { machine: values.machine } : {}),
    autoentryPaths: values['autoentry-path'] ?? [],
    ...(values['sync-app-location'] !== undefined ? { syncAppLocation: values['sync-app-location'] } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    json: values.json ?? false,
  };
}

/** Inputs from the arguments alone (used until saved settings are merged in). */
export function inputsFromArgs(args: WatchArgs): CheckInputs {
  return {
    autoentryPaths: args.autoentryPaths,
    ...(args.syncAppLocation !== undefined ? { syncAppLocation: args.syncAppLocation } : {}),
    syncAppPatterns: [...DEFAULT_SYNC_APP_PATTERNS],
  };
}

export function timeoutFromArgs(args: WatchArgs): number {
  return args.timeoutMs ?? DEFAULT_TIMEOUT_MS;
}

function clockTime(at: Date): string {
  return at.toISOString().slice(11, 19);
}

const STATUS_WORD: Record<Report['status'], string> = { ok: 'OK   ', warn: 'WARN ', error: 'ERROR' };

/**
 * `sync-doctor watch`: keeps checking and prints each change. `--json` writes NDJSON — the full
 * report first, then one report per change, each `{"type": "report", …, "observedAt"}`; the
 * human form writes one line per change. Ends on the stop signal with the last status's exit code.
 */
export function createWatchCommand(deps: WatchCommandDependencies): CliCommand {
  return async (argv, io) => {
    let monitor: Monitor | undefined;
    try {
      const args = parseWatchArgs(argv);
      const context = await deps.resolveContext(args, io);
      if (io.stopSignal.aborted) return EXIT_COULD_NOT_RUN;
      const now = deps.now ?? (() => new Date());
      let last: Report | undefined;
      const errors = new Set<string>();

      monitor = createMonitor({
        host: context.host,
        inputs: context.inputs,
        timeoutMs: context.timeoutMs,
        runCheck: deps.runCheck,
        alwaysWatch: context.alwaysWatch,
        ...(context.refreshHost !== undefined ? { refreshHost: context.refreshHost } : {}),
        ...(context.processStarts !== undefined ? { processStarts: context.processStarts } : {}),
        ...(context.live ? {} : { watchPaths: () => [] }),
        onError(error) {
          const message = error instanceof Error ? error.message : String(error);
          if (errors.has(message)) return;
          errors.add(message);
          io.stderr(`sync-doctor watch: ${message}\n`);
        },
        ...deps.monitor,
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
      if (last === undefined) {
        io.stderr('sync-doctor watch: stopped before the first check finished.\n');
        return EXIT_COULD_NOT_RUN;
      }
      return exitCodeForStatus(last.status);
    } catch (error) {
      await monitor?.close();
      if (error instanceof CliError) {
        io.stderr(`sync-doctor watch: ${error.message}\n`);
        return EXIT_COULD_NOT_RUN;
      }
      throw error;
    }
  };
}
