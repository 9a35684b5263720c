import type { Report } from '../../src-shared/model/report-schema.js';
import type { ReportSource } from './report-source.js';
import type { CheckInputs } from '../check/check-inputs.js';
import type { HistoryWriter } from '../history/history-writer.js';
import { historyEventsBetween, syncAppStateKnown } from '../history/report-history-events.js';
import type { Host } from '../host/host.js';
import { withDeadlines } from '../host/with-deadlines.js';
import { coalescedTask } from './coalesced-task.js';
import { periodicDuties } from './periodic-duties.js';
import { systemClock, type MonitorClock } from './monitor-clock.js';
import type { ProcessStartProbe } from './procfs-process-starts.js';
import type { ProcessExitWatch } from '../host/windows/session/session-monitor-probes.js';
import { chokidarPathWatcher, type PathWatcher, type PathWatcherFactory } from './path-watcher.js';
import { reportChanged } from '../../src-shared/report/report-change.js';
import { syncAppPids } from '../../src-shared/report/report-inventory.js';
import { deriveWatchTargets, type WatchTarget } from './watch-targets.js';
import { alarmHistoryEvent, createMisdirectedWriteAlarm, type MisdirectedWriteAlarm } from './misdirected-write-alarm.js';

export type RunCheck = (host: Host, inputs: CheckInputs, options: { timeoutMs: number }) => Promise<Report>;

export interface MonitorIntervals {
  /** How often a known Sync App process is asked "still alive?". */
  livenessMs: number;
  /** A liveness answer later than this counts as "don't know" (a stalled look-up never holds the loop). */
  livenessDeadlineMs: number;
  /**
   * How often a full check runs to find new instances, a restarted app, anything not watched.
   * It is the safety net, not the fast path (liveness, file events and the process-start probe
   * are): 10 s by default, 30 s when a process-start probe finds new Sync App processes.
   */
  fullCheckMs: number;
  /** How often `processStarts` is asked whether a Sync App process appeared (when given). */
  processScanMs: number;
  /** A burst of file events is over once it has been quiet this long… */
  settleMs: number;
  /** …or once it has lasted this long (a storm that never ends still gets checks). */
  maxSettleMs: number;
  /** Poll interval for watched paths on network drives and shares. */
  pollMs: number;
}

export const DEFAULT_MONITOR_INTERVALS: MonitorIntervals = {
  livenessMs: 250,
  livenessDeadlineMs: 1000,
  fullCheckMs: 10_000,
  processScanMs: 1000,
  settleMs: 150,
  maxSettleMs: 1500,
  pollMs: 2000,
};

/** The full check's interval when a cheap process-start probe already finds new Sync App processes. */
export const FULL_CHECK_MS_WITH_PROCESS_PROBE = 30_000;

export interface MonitorOptions {
  host: Host;
  /** Called before each full check for a fresh Host (a snapshot host re-reads its file here). */
  refreshHost?: () => Promise<Host>;
  inputs: CheckInputs;
  /** Called before each full check for fresh inputs (the settings file may have changed). */
  refreshInputs?: () => Promise<CheckInputs>;
  timeoutMs: number;
  runCheck: RunCheck;
  clock?: MonitorClock;
  /** The files to watch for a report; the default reads them from the inventory (live hosts only). */
  watchPaths?: (report: Report | undefined, inputs: CheckInputs) => WatchTarget[];
  /** Watched whatever the report says: the settings file, a snapshot file. */
  alwaysWatch?: WatchTarget[];
  pathWatcher?: PathWatcherFactory;
  intervals?: Partial<MonitorIntervals>;
  history?: HistoryWriter;
  /** A cheap "did a Sync App process appear?" probe (Linux: procfsProcessStarts); a yes runs a check at once. */
  processStarts?: ProcessStartProbe;
  /** Told which Sync App processes to watch; reports their exits as they happen (Windows: the PowerShell session). */
  processExits?: ProcessExitWatch;
  onError?: (error: unknown) => void;
  /**
   * The misdirected-invoice alarm: the wrong data a report names is watched, and a write into it
   * is recorded in the history and passed to `onAlarm`. `false` for a snapshot (its paths are
   * another computer's).
   */
  alarm?: false | { quietMs?: number; onAlarm?(alarm: MisdirectedWriteAlarm): void };
}

export interface Monitor extends ReportSource {
  /** Counters for tests and benchmarks. */
  stats(): { checks: number; published: number; livenessChecks: number; fileEvents: number };
}

export function createMonitor(options: MonitorOptions): Monitor {
  const clock = options.clock ?? systemClock;
  const intervals = {
    ...DEFAULT_MONITOR_INTERVALS,
    ...(options.processStarts !== undefined ? { fullCheckMs: FULL_CHECK_MS_WITH_PROCESS_PROBE } : {}),
    ...options.intervals,
  };
  const onError = options.onError ?? (() => undefined);
  const watchPaths =
    options.watchPaths ?? ((report: Report | undefined, given: CheckInputs) => deriveWatchTargets(report, given, host.flavour));
  const listeners = new Set<(report: Report) => void>();
  const counters = { checks: 0, published: 0, livenessChecks: 0, fileEvents: 0 };

  let host = options.host;
  let inputs = options.inputs;
  let livenessHost = withDeadlines(host, intervals.livenessDeadlineMs);
  let latest: Report | undefined;
  /** The last report that saw the Sync App's state, for the history's start and stop events. */
  let lastKnownSyncApp: Report | undefined;
  let closed = false;
  // Stryker disable next-line ArrayDeclaration: an entry here is never a number, and pids are only ever looked up by number (an exit, a liveness answer) until the first report replaces the list
  let pids: number[] = [];
  let reportedDead = new Set<number>();
  let fullCheckTimer: unknown;
  let settleTimer: unknown;
  let burstStartedAt = 0;
  let lastEventAt = 0;
  let historyWrites: Promise<void> = Promise.resolve();
  /** The process-start probe failed (no /proc to ask): new processes are left to the full checks. */
  let probeGaveUp = false;

  const pathWatcher = options.pathWatcher ?? chokidarPathWatcher({ pollIntervalMs: intervals.pollMs });
  const watcher: PathWatcher = pathWatcher(onFileEvent, onError);
  const alwaysWatch = options.alwaysWatch ?? [];
  watcher.update(alwaysWatch);

  const alarmOptions = options.alarm;
  const alarm = alarmOptions === false ? undefined : createMisdirectedWriteAlarm({
    pathWatcher,
    clock,
    ...(alarmOptions?.quietMs !== undefined && { quietMs: alarmOptions.quietMs }),
    onError,
    onAlarm(raised) {
      const history = options.history;
      if (history !== undefined) historyWrites = historyWrites.then(() => history.append([alarmHistoryEvent(raised)])).catch(onError);
      alarmOptions?.onAlarm?.(raised);
    },
  });

  const task = coalescedTask(runOnce);

  // The quick looks between full checks share one timer (periodic-duties.ts): the liveness of the
  // known Sync App pids (only while there are any) and, where the host offers a cheap way to ask,
  // whether a Sync App process appeared (its first look at once, beside the first check: it only
  // learns which processes already run). An idle monitor wakes once per liveness tick.
  const probe = options.processStarts;
  const quickLooks = periodicDuties(clock, [
    { intervalMs: intervals.livenessMs, wanted: () => !closed && livePids().length > 0, run: livenessTick },
    { intervalMs: intervals.processScanMs, firstDelayMs: 0, wanted: () => !closed && probe !== undefined && !probeGaveUp, run: processScan },
  ]);

  async function runOnce(): Promise<Report> {
    if (closed) throw new Error('The monitor is closed.');
    clearFullCheckTimer();
    try {
      if (options.refreshHost !== undefined) {
        try {
          setHost(await options.refreshHost());
        } catch (error) {
          onError(error);
        }
      }
      if (options.refreshInputs !== undefined) {
        try {
          inputs = await options.refreshInputs();
        } catch (error) {
          onError(error);
        }
      }
      counters.checks += 1;
      const report = await options.runCheck(host, inputs, { timeoutMs: options.timeoutMs });
      if (!closed) apply(report);
      return report;
    } finally {
      scheduleFullCheck();
    }
  }

  function setHost(next: Host): void {
    host = next;
    livenessHost = withDeadlines(host, intervals.livenessDeadlineMs);
  }

  function apply(report: Report): void {
    const previous = latest;
    latest = report;
    pids = syncAppPids(report);
    reportedDead = new Set(pids.filter((pid) => reportedDead.has(pid)));
    options.processExits?.watch(livePids());
    quickLooks.rearm();
    try {
      watcher.update([...alwaysWatch, ...watchPaths(report, inputs)]);
    } catch (error) {
      onError(error);
    }
    try {
      alarm?.update(report, host.flavour);
    } catch (error) {
      onError(error);
    }
    if (options.history !== undefined) {
      const events = historyEventsBetween(previous, report, new Date(clock.now()).toISOString(), { lastKnownSyncApp });
      if (syncAppStateKnown(report)) lastKnownSyncApp = report;
      if (events.length > 0) {
        const history = options.history;
        historyWrites = historyWrites.then(() => history.append(events)).catch(onError);
      }
    }
    if (!reportChanged(previous, report)) return;
    counters.published += 1;
    for (const listener of [...listeners]) {
      try {
        listener(report);
      } catch (error) {
        onError(error);
      }
    }
  }

  // After close, a request ends at once in runOnce's "closed" (not reported).
  function requestCheck(): void {
    task.request().catch((error: unknown) => {
      if (!closed) onError(error);
    });
  }

  // Full checks: one every `fullCheckMs` after the previous one ended, and never two at once.
  function clearFullCheckTimer(): void {
    clock.clearTimeout(fullCheckTimer);
    fullCheckTimer = undefined;
  }
  function scheduleFullCheck(): void {
    clearFullCheckTimer();
    if (closed) return;
    fullCheckTimer = clock.setTimeout(() => {
      fullCheckTimer = undefined;
      requestCheck();
    }, intervals.fullCheckMs);
  }

  // Liveness fast path: ask only about the known pids.
  function livePids(): number[] {
    return pids.filter((pid) => !reportedDead.has(pid));
  }
  async function livenessTick(): Promise<void> {
    // The periodic duties stop on close; a tick already queued then does nothing.
    const asked = livePids();
    if (closed || asked.length === 0) return;
    try {
      counters.livenessChecks += 1;
      // A look-up with a deadline never rejects: a throw or a stall is a failed answer.
      const answers = await Promise.all(asked.map(async (pid) => ({ pid, answer: await livenessHost.processAlive(pid) })));
      let died = false;
      for (const { pid, answer } of answers) {
        if (answer.ok && !answer.value && pids.includes(pid)) {
          reportedDead.add(pid);
          died = true;
        }
      }
      if (died) requestCheck();
    } catch (error) {
      onError(error);
    }
  }

  // File events: a burst becomes one check once quiet for `settleMs` (or after `maxSettleMs`).
  // Each event costs two assignments; the timer is re-armed only when it fires.
  function onFileEvent(): void {
    if (closed) return;
    counters.fileEvents += 1;
    const now = clock.now();
    lastEventAt = now;
    if (settleTimer !== undefined) return;
    burstStartedAt = now;
    armSettle(intervals.settleMs);
  }
  function armSettle(ms: number): void {
    settleTimer = clock.setTimeout(onSettle, ms);
  }
  // Its timer is cleared on close.
  function onSettle(): void {
    settleTimer = undefined;
    const now = clock.now();
    const quietFor = now - lastEventAt;
    if (quietFor < intervals.settleMs && now - burstStartedAt < intervals.maxSettleMs) {
      armSettle(Math.min(intervals.settleMs - quietFor, intervals.maxSettleMs - (now - burstStartedAt)));
      return;
    }
    requestCheck();
  }

  // New Sync App processes, between full checks: a yes runs a check at once.
  async function processScan(): Promise<void> {
    if (closed || probe === undefined) return;
    try {
      if (await probe()) requestCheck();
    } catch (error) {
      // No way to ask (no /proc): leave new processes to the full checks.
      probeGaveUp = true;
      if (!closed) onError(error);
    }
  }

  // An exit reported as it happens: the same as a liveness answer "gone", without waiting for the
  // tick — once the liveness look-up agrees. A watcher that could not open the process must not
  // take it out of liveness polling: "still running" (or "may not be asked", which is running)
  // outweighs its report; only "gone", or no answer, counts it dead.
  // (The watch is stopped on close; a look-up with a deadline never rejects.)
  const stopExitWatch = options.processExits?.onExit((pid) => {
    if (closed || !pids.includes(pid) || reportedDead.has(pid)) return;
    void livenessHost.processAlive(pid).then(
      (answer) => {
        if (closed || !pids.includes(pid) || reportedDead.has(pid) || (answer.ok && answer.value)) return;
        reportedDead.add(pid);
        quickLooks.rearm();
        requestCheck();
      },
      (error: unknown) => onError(error),
    );
  });

  // A start reported as it happens: a check at once, without waiting for the next probe.
  const stopStartEvents = probe?.onAppeared?.(() => {
    if (!closed) requestCheck();
  });

  requestCheck();
  quickLooks.rearm();

  return {
    current: () => latest,
    checkNow: () => task.request(),
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      stopExitWatch?.();
      stopStartEvents?.();
      clearFullCheckTimer();
      quickLooks.close();
      if (settleTimer !== undefined) clock.clearTimeout(settleTimer);
      settleTimer = undefined;
      listeners.clear();
      await watcher.close();
      await alarm?.close();
      await historyWrites;
    },
    stats: () => ({ ...counters }),
  };
}
