import { afterEach, beforeEach, vi } from 'vitest';
import type { ProcessExitWatch } from '../../src-main/host/windows/session/session-monitor-probes.js';
import { createMonitor, type Monitor, type MonitorIntervals, type MonitorOptions } from '../../src-main/monitor/monitor.js';
import type { Finding, Report } from '../../src-shared/model/report-schema.js';
import type { CheckInputs } from '../../src-main/check/check-inputs.js';
import { fail, succeed, type Host, type HostResult } from '../../src-main/host/host.js';
import type { PathWatcher, PathWatcherFactory } from '../../src-main/monitor/path-watcher.js';
import type { WatchTarget } from '../../src-main/monitor/watch-targets.js';

/** A small world the fake check reads: is the Sync App running (under which pid), which datasets exist. */
export interface FakeWorld {
  syncAppPid: number | undefined;
  configuredPathExists: boolean;
  datasets: string[];
}

export const INPUTS: CheckInputs = { autoentryPaths: ['/data/Company.000'], syncAppPatterns: ['AutoEntry'] };

function finding(code: Finding['code'], severity: Finding['severity'], extra: Partial<Finding> = {}): Finding {
  return { code, severity, title: code, detail: `${code} detail`, guidance: [], ...extra };
}

/** What a real check would say about the fake world (a tiny stand-in for probes + diagnose). */
export function reportFor(world: FakeWorld, generatedAt: string): Report {
  const findings: Finding[] = [
    world.syncAppPid === undefined ? finding('syncapp.not-running', 'error') : finding('syncapp.running', 'ok'),
    world.configuredPathExists
      ? finding('path.match', 'ok', { configuredPath: '/data/Company.000' })
      : finding('path.missing', 'error', { configuredPath: '/data/Company.000' }),
  ];
  const status = findings.some((f) => f.severity === 'error') ? 'error' : 'ok';
  return {
    format: 'sync-doctor/report@1',
    status,
    generatedAt,
    machine: { computerName: 'TEST', userName: 'tester' },
    findings,
    inventory: {
      drives: [],
      syncApp: {
        running:
          world.syncAppPid === undefined
            ? []
            : [{ kind: 'process', name: 'AutoEntry.SyncApp', pid: world.syncAppPid, thisSession: true }],
        stoppedServices: [],
        installed: [],
      },
      sage: {
        versions: [{ name: '2025', version: 31, companyFile: '/sage/2025/COMPANY', datasets: world.datasets.map((path) => ({ path, exists: true, network: false })) }],
      },
      quickbooks: { versions: [], recentFiles: [], companyFiles: [] },
    },
  };
}

/**
 * A report for the misdirected-write alarm: the given findings (errors unless said otherwise) over
 * the given inventory — the Sage versions whose data it watches, and the drives.
 */
export function alarmReport(findings: Array<Partial<Finding> & Pick<Finding, 'code'>>, inventory: Partial<Report['inventory']>): Report {
  return {
    format: 'sync-doctor/report@1',
    status: 'error',
    generatedAt: '2026-11-20T09:30:00Z',
    machine: { computerName: 'PC', userName: 'u' },
    findings: findings.map((f) => ({ severity: 'error', title: '', detail: '', guidance: [], ...f })),
    inventory: { drives: [], ...inventory },
  };
}

/** A host that answers only liveness questions, from the world; `stallLiveness` makes them never answer. */
export function fakeHost(world: FakeWorld, control: { stallLiveness?: boolean; livenessCalls: number }): Host {
  const unsupported = async (): Promise<HostResult<never>> => fail('unsupported', 'not in this fake');
  return {
    flavour: 'posix',
    description: 'fake',
    now: () => new Date(),
    identity: unsupported,
    environment: unsupported,
    drives: unsupported,
    stat: unsupported,
    list: unsupported,
    readFile: unsupported,
    realPath: unsupported,
    processes: unsupported,
    services: unsupported,
    registry: unsupported,
    processAlive: (pid) => {
      control.livenessCalls += 1;
      if (control.stallLiveness) return new Promise(() => undefined);
      return Promise.resolve(succeed(world.syncAppPid === pid));
    },
  };
}

/** A check that takes `durationMs` of (fake) time and counts how many run at once. */
export function fakeRunCheck(world: FakeWorld, durationMs: () => number) {
  const calls = { count: 0, concurrent: 0, maxConcurrent: 0 };
  const run = async (): Promise<Report> => {
    calls.count += 1;
    calls.concurrent += 1;
    calls.maxConcurrent = Math.max(calls.maxConcurrent, calls.concurrent);
    try {
      await new Promise((resolve) => setTimeout(resolve, durationMs()));
      return reportFor(world, new Date().toISOString());
    } finally {
      calls.concurrent -= 1;
    }
  };
  return { run, calls };
}

/** A watcher driven by the test: `emit` plays a file event; `targets` is what the monitor asked to watch. */
export function fakeWatcher(): { factory: PathWatcherFactory; emit: (path: string) => void; targets: () => WatchTarget[]; closed: () => boolean } {
  let onChange: (path: string) => void = () => undefined;
  let current: WatchTarget[] = [];
  let closed = false;
  const factory: PathWatcherFactory = (change) => {
    onChange = change;
    const watcher: PathWatcher = {
      update: (targets) => {
        current = [...targets];
      },
      close: async () => {
        closed = true;
      },
    };
    return watcher;
  };
  return { factory, emit: (path) => onChange(path), targets: () => current, closed: () => closed };
}

/** An exit watch the test fires by hand (the Windows session's `exited` event). */
export function manualExitWatch() {
  const listeners = new Set<(pid: number) => void>();
  const watched: number[][] = [];
  const watch: ProcessExitWatch = {
    watch: (pids) => void watched.push([...pids]),
    onExit: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { watch, watched, listeners, fire: (pid: number) => [...listeners].forEach((l) => l(pid)) };
}

/**
 * Fake time from `now` for each test of a describe block, a fresh world with the Sync App running
 * as pid 4120, liveness counted, and the monitor a test keeps in `bed.monitor` closed after it.
 */
export function fakeMonitorTestBed(now: string) {
  const bed = {
    world: undefined as unknown as FakeWorld,
    control: { livenessCalls: 0 } as { stallLiveness?: boolean; livenessCalls: number },
    monitor: undefined as Monitor | undefined,
  };
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date(now) });
    bed.world = { syncAppPid: 4120, configuredPathExists: true, datasets: ['/data/Company.000'] };
    bed.control = { livenessCalls: 0 };
  });
  afterEach(async () => {
    await bed.monitor?.close();
    bed.monitor = undefined;
    vi.useRealTimers();
  });
  return bed;
}

/**
 * A live monitor over a fresh fake world for each test, in fake time from 2026-11-21 09:00 UTC:
 * the Sync App runs as pid 4120, /data/Company.000 exists. `start` makes the monitor (checks of
 * `checkMs`, a fake watcher, errors and published reports collected); it is closed after each test.
 */
export function liveMonitorHarness(intervals: Partial<MonitorIntervals>, defaults: Partial<MonitorOptions> = {}) {
  const bed = fakeMonitorTestBed('2026-11-21T09:00:00Z');
  function start(extra: Partial<MonitorOptions> = {}, checkMs = 20) {
    const check = fakeRunCheck(bed.world, () => checkMs);
    const watcher = fakeWatcher();
    const control = { livenessCalls: 0 };
    const errors: unknown[] = [];
    const published: Report[] = [];
    const made = createMonitor({ host: fakeHost(bed.world, control), inputs: INPUTS, timeoutMs: 5000, runCheck: check.run, pathWatcher: watcher.factory, intervals, onError: (e) => void errors.push(e), ...defaults, ...extra });
    bed.monitor = made;
    made.subscribe((r) => void published.push(r));
    return { check, watcher, control, errors, published, monitor: made };
  }
  return {
    start,
    /** This test's world: change it to change what the next check and liveness look-up see. */
    get world(): FakeWorld {
      return bed.world;
    },
    get monitor(): Monitor | undefined {
      return bed.monitor;
    },
  };
}
