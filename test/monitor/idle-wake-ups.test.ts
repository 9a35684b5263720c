import { describe, expect, it, vi } from 'vitest';
import type { Report } from '../../src-shared/model/report-schema.js';
import { createMonitor } from '../../src-main/monitor/monitor.js';
import { systemClock, type MonitorClock } from '../../src-main/monitor/monitor-clock.js';
import { fakeHost, fakeMonitorTestBed, fakeRunCheck, fakeWatcher, INPUTS } from './monitor-fakes.js';

/** The system clock (vitest's fake timers), counting the timers the monitor sets and those that fire: its wake-ups. */
function countingClock() {
  const counts = { set: 0, fired: 0 };
  const clock: MonitorClock = {
    now: () => systemClock.now(),
    setTimeout(callback, ms) {
      counts.set += 1;
      return systemClock.setTimeout(() => {
        counts.fired += 1;
        callback();
      }, ms);
    },
    clearTimeout: (handle) => systemClock.clearTimeout(handle),
  };
  return { clock, counts };
}

/**
 * What wakes an idle `watch` on Linux (a Sync App running, nothing changing): the liveness
 * tick every 250 ms and the process-start probe every second, on ONE timer (periodic-duties.ts),
 * and the full check once a minute. Fake time: counts, never wall-clock durations.
 */
describe('an idle monitor\'s wake-ups, in fake time', () => {
  const CHECK_MS = 40;
  const bed = fakeMonitorTestBed('2026-12-06T09:00:00Z');

  function start() {
    const { clock, counts } = countingClock();
    const check = fakeRunCheck(bed.world, () => CHECK_MS);
    const published: Report[] = [];
    let probes = 0;
    bed.monitor = createMonitor({
      host: fakeHost(bed.world, bed.control),
      inputs: INPUTS,
      timeoutMs: 5000,
      runCheck: check.run,
      pathWatcher: fakeWatcher().factory,
      clock,
      processStarts: async () => (probes++, false),
      intervals: { fullCheckMs: 60_000 },
    });
    bed.monitor.subscribe((report) => published.push(report));
    return { counts, check, published, probes: () => probes };
  }

  it('wakes 4 times a second with a Sync App running: the probe rides on every fourth liveness tick', async () => {
    const { counts, check, probes } = start();
    await vi.advanceTimersByTimeAsync(5000); // the first check, and the probe and the liveness tick falling into step
    const before = { fired: counts.fired, liveness: bed.control.livenessCalls, probes: probes(), checks: check.calls.count };
    await vi.advanceTimersByTimeAsync(10_000);
    expect(counts.fired - before.fired).toBe(40); // two timers (liveness, probe) would be 50
    expect(bed.control.livenessCalls - before.liveness).toBe(40);
    expect(probes() - before.probes).toBe(10);
    expect(check.calls.count).toBe(before.checks);
  });

  it('wakes once a second with no Sync App to follow (the probe alone), and sets no timer it does not need', async () => {
    bed.world.syncAppPid = undefined;
    const { counts, probes } = start();
    await vi.advanceTimersByTimeAsync(5000);
    const before = { fired: counts.fired, set: counts.set, probes: probes() };
    await vi.advanceTimersByTimeAsync(10_000);
    expect(counts.fired - before.fired).toBe(10);
    expect(counts.set - before.set).toBe(10);
    expect(probes() - before.probes).toBe(10);
    expect(bed.control.livenessCalls).toBe(0);
  });

  it('at whatever moment the Sync App stops, the report says so within one liveness tick and one check', async () => {
    const { published } = start();
    await vi.advanceTimersByTimeAsync(5000);
    for (const offset of [0, 1, 124, 125, 126, 249, 250, 251, 777]) {
      bed.world.syncAppPid = 4120;
      await vi.advanceTimersByTimeAsync(61_000); // a full check sees it running again
      expect(published.at(-1)?.findings.map((f) => f.code)).toContain('syncapp.running');
      await vi.advanceTimersByTimeAsync(offset);
      bed.world.syncAppPid = undefined;
      await vi.advanceTimersByTimeAsync(250 + CHECK_MS);
      expect(published.at(-1)?.findings.map((f) => f.code), `stopped ${offset} ms into the minute`).toContain('syncapp.not-running');
    }
  });

  it('checks at once when the probe reports a start as it happens (the Windows session), not at its next question', async () => {
    bed.world.syncAppPid = undefined;
    const listeners = new Set<() => void>();
    let asked = 0;
    const probe = Object.assign(async () => (asked++, false), {
      onAppeared: (listener: () => void) => (listeners.add(listener), () => void listeners.delete(listener)),
    });
    const check = fakeRunCheck(bed.world, () => CHECK_MS);
    const published: Report[] = [];
    bed.monitor = createMonitor({ host: fakeHost(bed.world, bed.control), inputs: INPUTS, timeoutMs: 5000, runCheck: check.run, pathWatcher: fakeWatcher().factory, processStarts: probe, intervals: { fullCheckMs: 60_000, processScanMs: 1000 } });
    bed.monitor.subscribe((report) => published.push(report));
    await vi.advanceTimersByTimeAsync(1500);
    const checks = check.calls.count;
    const questions = asked;
    bed.world.syncAppPid = 6160;
    for (const listener of listeners) listener();
    await vi.advanceTimersByTimeAsync(CHECK_MS + 1);
    expect(check.calls.count).toBe(checks + 1);
    expect(asked).toBe(questions); // no probe question was needed
    expect(published.at(-1)?.findings.map((f) => f.code)).toContain('syncapp.running');
    await bed.monitor.close();
    expect(listeners.size).toBe(0);
  });
});
