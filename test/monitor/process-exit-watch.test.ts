import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../src-shared/model/report-schema.js';
import { createMonitor, type Monitor } from '../../src-main/monitor/monitor.js';
import type { ProcessExitWatch } from '../../src-main/host/windows/session/session-monitor-probes.js';
import { fakeHost, fakeRunCheck, fakeWatcher, INPUTS, type FakeWorld } from './monitor-fakes.js';

const INTERVALS = { livenessMs: 250, livenessDeadlineMs: 1000, fullCheckMs: 60_000, settleMs: 150, maxSettleMs: 1500 };

/** An exit watch the test fires by hand (the session's `exited` event). */
function manualExitWatch() {
  const listeners = new Set<(pid: number) => void>();
  const watched: number[][] = [];
  const watch: ProcessExitWatch = {
    watch: (pids) => void watched.push([...pids]),
    onExit: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { watch, watched, fire: (pid: number) => listeners.forEach((l) => l(pid)) };
}

describe('the monitor and a process-exit watch (the Windows session)', () => {
  let world: FakeWorld;
  let control: { livenessCalls: number };
  let monitor: Monitor | undefined;

  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-11-21T09:00:00Z') });
    world = { syncAppPid: 4120, configuredPathExists: true, datasets: ['/data/Company.000'] };
    control = { livenessCalls: 0 };
  });
  afterEach(async () => {
    await monitor?.close();
    monitor = undefined;
    vi.useRealTimers();
  });

  function start(exits: ProcessExitWatch) {
    const check = fakeRunCheck(world, () => 40);
    const published: Report[] = [];
    monitor = createMonitor({ host: fakeHost(world, control), inputs: INPUTS, timeoutMs: 5000, runCheck: check.run, pathWatcher: fakeWatcher().factory, intervals: INTERVALS, processExits: exits });
    monitor.subscribe((report) => published.push(report));
    return { check, published };
  }

  it('keeps polling the liveness of a process the watcher reported as exited while it still runs (elevated: it could not be opened)', async () => {
    const exits = manualExitWatch();
    const { published } = start(exits.watch);
    await vi.advanceTimersByTimeAsync(100);
    expect(exits.watched.at(-1)).toEqual([4120]);
    exits.fire(4120); // a false "exited": the process runs on
    await vi.advanceTimersByTimeAsync(1000);
    const before = control.livenessCalls;
    await vi.advanceTimersByTimeAsync(1000);
    expect(control.livenessCalls - before).toBeGreaterThanOrEqual(3);
    // Its real stop is then noticed within a liveness tick and a check, not at the next full check.
    world.syncAppPid = undefined;
    await vi.advanceTimersByTimeAsync(INTERVALS.livenessMs + 100);
    expect(published.at(-1)?.findings.map((f) => f.code)).toContain('syncapp.not-running');
  });

  it('acts on a true exit at once, without waiting for the liveness tick', async () => {
    const exits = manualExitWatch();
    const { published, check } = start(exits.watch);
    await vi.advanceTimersByTimeAsync(100);
    const checks = check.calls.count;
    world.syncAppPid = undefined;
    exits.fire(4120);
    await vi.advanceTimersByTimeAsync(60);
    expect(check.calls.count).toBe(checks + 1);
    expect(published.at(-1)?.findings.map((f) => f.code)).toContain('syncapp.not-running');
  });
});
