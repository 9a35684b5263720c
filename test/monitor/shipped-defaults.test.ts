import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src-shared/settings/settings-schema.js';
import { DEFAULT_TIMEOUT_MS } from '../../src-main/check/check-inputs.js';
import { createCheckEngine } from '../../src-main/app/host-check-engine.js';
import { monitorReportSource } from '../../src-main/app/monitor-report-source.js';
import * as monitorModule from '../../src-main/monitor/monitor.js';
import { createMonitor, DEFAULT_MONITOR_INTERVALS, FULL_CHECK_MS_WITH_PROCESS_PROBE } from '../../src-main/monitor/monitor.js';
import { fakeHost, fakeMonitorTestBed, fakeRunCheck, fakeWatcher, INPUTS, type FakeWorld } from './monitor-fakes.js';

// Call-through spy: lets the app-service test see what the app asks the monitor for.
vi.mock('../../src-main/monitor/monitor.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src-main/monitor/monitor.js')>();
  return { ...original, createMonitor: vi.fn(original.createMonitor) };
});

/**
 * The timings the monitor ships with — the ones its documentation promises (a stopped Sync App
 * noticed within a second; full checks every 10 s, or 30 s where a process-start probe finds
 * new Sync Apps; each look-up 5 s at most) — are checked as values and then as behaviour,
 * in fake time, with no timings passed in: other monitor tests pass their own.
 */
describe('the monitor\'s shipped timings', () => {
  it('are the documented ones', () => {
    expect(DEFAULT_MONITOR_INTERVALS).toEqual({
      livenessMs: 250,
      livenessDeadlineMs: 1000,
      fullCheckMs: 10_000,
      processScanMs: 1000,
      settleMs: 150,
      maxSettleMs: 1500,
      pollMs: 2000,
    });
    expect(FULL_CHECK_MS_WITH_PROCESS_PROBE).toBe(30_000);
    // report.md: `--timeout` … (default 5000 ms); the settings file starts from the same.
    expect(DEFAULT_TIMEOUT_MS).toBe(5000);
    expect(DEFAULT_SETTINGS.timeoutMs).toBe(5000);
  });
});

describe('the shipped timings, applied (fake time, nothing passed in)', () => {
  const CHECK_MS = 40;
  const bed = fakeMonitorTestBed('2026-11-21T09:00:00Z');

  function start(extra: Partial<Parameters<typeof createMonitor>[0]> = {}) {
    const check = fakeRunCheck(bed.world, () => CHECK_MS);
    const watcher = fakeWatcher();
    bed.monitor = createMonitor({ host: fakeHost(bed.world, bed.control), inputs: INPUTS, timeoutMs: 5000, runCheck: check.run, pathWatcher: watcher.factory, ...extra });
    return { check, watcher };
  }

  it('asks the known Sync App process every 250 ms', async () => {
    start();
    await vi.advanceTimersByTimeAsync(100);
    const before = bed.control.livenessCalls;
    await vi.advanceTimersByTimeAsync(2000);
    expect(bed.control.livenessCalls - before).toBeGreaterThanOrEqual(7);
    expect(bed.control.livenessCalls - before).toBeLessThanOrEqual(9);
  });

  it('gives up on a liveness look-up after 1 s and asks again', async () => {
    start();
    await vi.advanceTimersByTimeAsync(100);
    bed.control.stallLiveness = true;
    const before = bed.control.livenessCalls;
    await vi.advanceTimersByTimeAsync(10_000);
    // One stalled look-up at a time, each given up after 1 s, the next one ≤ 250 ms later.
    expect(bed.control.livenessCalls - before).toBeGreaterThanOrEqual(8);
    expect(bed.control.livenessCalls - before).toBeLessThanOrEqual(11);
  });

  it('runs a full check every 10 s', async () => {
    const { check } = start();
    await vi.advanceTimersByTimeAsync(100);
    expect(check.calls.count).toBe(1);
    await vi.advanceTimersByTimeAsync(9_800);
    expect(check.calls.count).toBe(1);
    await vi.advanceTimersByTimeAsync(25_000); // up to 34.9 s: checks at ~10, ~20, ~30 s
    expect(check.calls.count).toBe(4);
  });

  it('runs a full check every 30 s, and asks the process-start probe every second, when there is one', async () => {
    let asked = 0;
    const { check } = start({ processStarts: async () => (asked++, false) });
    await vi.advanceTimersByTimeAsync(100);
    const checks = check.calls.count;
    await vi.advanceTimersByTimeAsync(29_000);
    expect(check.calls.count).toBe(checks);
    expect(asked).toBeGreaterThanOrEqual(28);
    expect(asked).toBeLessThanOrEqual(31);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(check.calls.count).toBe(checks + 1);
  });

  it('checks 150 ms after a lone file event', async () => {
    const { check, watcher } = start();
    await vi.advanceTimersByTimeAsync(100);
    const before = check.calls.count;
    watcher.emit('/data/Company.000');
    await vi.advanceTimersByTimeAsync(140);
    expect(check.calls.count).toBe(before);
    await vi.advanceTimersByTimeAsync(20);
    expect(check.calls.count).toBe(before + 1);
  });

  it('checks 1.5 s into a storm that never goes quiet', async () => {
    const { check, watcher } = start();
    await vi.advanceTimersByTimeAsync(100);
    const before = check.calls.count;
    for (let ms = 0; ms < 1400; ms += 50) {
      watcher.emit('/data/Company.000');
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(check.calls.count).toBe(before);
    for (let ms = 0; ms < 200; ms += 50) {
      watcher.emit('/data/Company.000');
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(check.calls.count).toBe(before + 1);
  });
});

describe('the desktop app\'s monitor', () => {
  beforeEach(() => {
    vi.mocked(monitorModule.createMonitor).mockClear();
  });

  it('gets the saved look-up deadline (5 s by default), and its full check every "Check every" seconds', async () => {
    const world: FakeWorld = { syncAppPid: undefined, configuredPathExists: true, datasets: [] };
    const engine = await createCheckEngine({ demo: false, autoentryPaths: [] }, () => fakeHost(world, { livenessCalls: 0 }));
    const source = monitorReportSource(engine, () => DEFAULT_SETTINGS, { onError: () => undefined });
    await source.checkNow();
    await source.close();
    const calls = vi.mocked(monitorModule.createMonitor).mock.calls;
    expect(calls).toHaveLength(1);
    expect(calls[0]![0].timeoutMs).toBe(5000);
    expect(calls[0]![0].intervals).toEqual({ fullCheckMs: DEFAULT_SETTINGS.checkIntervalSeconds * 1000 });
  });

  it('passes on a saved deadline other than the default', async () => {
    const world: FakeWorld = { syncAppPid: undefined, configuredPathExists: true, datasets: [] };
    const engine = await createCheckEngine({ demo: false, autoentryPaths: [] }, () => fakeHost(world, { livenessCalls: 0 }));
    const source = monitorReportSource(engine, () => ({ ...DEFAULT_SETTINGS, timeoutMs: 12_000 }), { onError: () => undefined });
    await source.checkNow();
    await source.close();
    expect(vi.mocked(monitorModule.createMonitor).mock.calls[0]![0].timeoutMs).toBe(12_000);
  });
});
