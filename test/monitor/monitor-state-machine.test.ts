import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HistoryEvent } from '../../src-shared/history/history-schema.js';
import type { Report } from '../../src-shared/model/report-schema.js';
import { createMonitor, type Monitor } from '../../src-main/monitor/monitor.js';
import { fakeHost, fakeRunCheck, fakeWatcher, INPUTS, manualExitWatch, type FakeWorld } from './monitor-fakes.js';

const INTERVALS = { livenessMs: 250, livenessDeadlineMs: 1000, fullCheckMs: 3000, settleMs: 150, maxSettleMs: 1500 };

describe('the live monitor, in fake time', () => {
  let world: FakeWorld;
  let control: { stallLiveness?: boolean; livenessCalls: number };
  let checkMs: number;
  let monitor: Monitor | undefined;

  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-11-21T09:00:00Z') });
    world = { syncAppPid: 4120, configuredPathExists: true, datasets: ['/data/Company.000'] };
    control = { livenessCalls: 0 };
    checkMs = 40;
  });
  afterEach(async () => {
    await monitor?.close();
    monitor = undefined;
    vi.useRealTimers();
  });

  function start(extra: Partial<Parameters<typeof createMonitor>[0]> = {}) {
    const check = fakeRunCheck(world, () => checkMs);
    const watcher = fakeWatcher();
    const published: Report[] = [];
    monitor = createMonitor({
      host: fakeHost(world, control),
      inputs: INPUTS,
      timeoutMs: 5000,
      runCheck: check.run,
      pathWatcher: watcher.factory,
      intervals: INTERVALS,
      ...extra,
    });
    monitor.subscribe((report) => published.push(report));
    return { check, watcher, published, monitor };
  }

  it('publishes the first report, then nothing while only generatedAt changes', async () => {
    const { check, published } = start();
    await vi.advanceTimersByTimeAsync(100);
    expect(published).toHaveLength(1);
    expect(published[0]?.status).toBe('ok');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(check.calls.count).toBeGreaterThanOrEqual(4);
    expect(published).toHaveLength(1);
  });

  it('asks only about the known Sync App process every 250 ms between full checks', async () => {
    const { check } = start();
    await vi.advanceTimersByTimeAsync(100);
    const checksBefore = check.calls.count;
    const livenessBefore = control.livenessCalls;
    await vi.advanceTimersByTimeAsync(2000);
    expect(control.livenessCalls - livenessBefore).toBeGreaterThanOrEqual(7);
    expect(control.livenessCalls - livenessBefore).toBeLessThanOrEqual(8);
    expect(check.calls.count).toBe(checksBefore);
  });

  it('notices the Sync App closing within one liveness tick plus one check, not at the next full check', async () => {
    const { published } = start();
    await vi.advanceTimersByTimeAsync(100);
    world.syncAppPid = undefined;
    const closedAt = Date.now();
    await vi.advanceTimersByTimeAsync(INTERVALS.livenessMs + checkMs + 10);
    expect(published).toHaveLength(2);
    expect(published[1]?.status).toBe('error');
    expect(published[1]?.findings.map((f) => f.code)).toContain('syncapp.not-running');
    expect(Date.now() - closedAt).toBeLessThan(INTERVALS.fullCheckMs);
  });

  it('notices a started Sync App at the next full check, and then follows its new pid', async () => {
    world.syncAppPid = undefined;
    const { published } = start();
    await vi.advanceTimersByTimeAsync(100);
    expect(control.livenessCalls).toBe(0);
    world.syncAppPid = 5000;
    await vi.advanceTimersByTimeAsync(INTERVALS.fullCheckMs + checkMs);
    expect(published.at(-1)?.status).toBe('ok');
    await vi.advanceTimersByTimeAsync(1000);
    expect(control.livenessCalls).toBeGreaterThan(0);
  });

  it('runs a check as soon as the cheap process-start probe says a Sync App appeared', async () => {
    world.syncAppPid = undefined;
    let appeared = false;
    let asked = 0;
    const { published, check } = start({
      processStarts: async () => {
        asked += 1;
        const answer = appeared;
        appeared = false;
        return answer;
      },
      intervals: { ...INTERVALS, fullCheckMs: 60_000, processScanMs: 500 },
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(asked).toBe(3);
    const checks = check.calls.count;
    world.syncAppPid = 6000;
    appeared = true;
    await vi.advanceTimersByTimeAsync(500 + checkMs + 10);
    expect(check.calls.count).toBe(checks + 1);
    expect(published.at(-1)?.status).toBe('ok');
  });

  it('keeps polling the liveness of a process an exit watch reported as exited while it still runs (elevated: it could not be opened)', async () => {
    const exits = manualExitWatch();
    const { published } = start({ processExits: exits.watch, intervals: { ...INTERVALS, fullCheckMs: 60_000 } });
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

  it('acts on a true exit from an exit watch at once, without waiting for the liveness tick', async () => {
    const exits = manualExitWatch();
    const { published, check } = start({ processExits: exits.watch, intervals: { ...INTERVALS, fullCheckMs: 60_000 } });
    await vi.advanceTimersByTimeAsync(100);
    const checks = check.calls.count;
    world.syncAppPid = undefined;
    exits.fire(4120);
    await vi.advanceTimersByTimeAsync(60);
    expect(check.calls.count).toBe(checks + 1);
    expect(published.at(-1)?.findings.map((f) => f.code)).toContain('syncapp.not-running');
  });

  it('keeps the liveness path ticking while a full check is stuck on a dead share', async () => {
    const { check } = start();
    await vi.advanceTimersByTimeAsync(100);
    checkMs = 60_000;
    await vi.advanceTimersByTimeAsync(INTERVALS.fullCheckMs + 10);
    expect(check.calls.concurrent).toBe(1);
    const before = control.livenessCalls;
    await vi.advanceTimersByTimeAsync(2000);
    expect(control.livenessCalls - before).toBeGreaterThanOrEqual(7);
  });

  it('does not let a liveness look-up that never answers stop the loop or the full checks', async () => {
    const { check } = start();
    await vi.advanceTimersByTimeAsync(100);
    control.stallLiveness = true;
    const checksBefore = check.calls.count;
    const before = control.livenessCalls;
    await vi.advanceTimersByTimeAsync(6500);
    // One stalled look-up at a time, each given up after the 1 s deadline.
    expect(control.livenessCalls - before).toBeGreaterThanOrEqual(4);
    expect(check.calls.count - checksBefore).toBeGreaterThanOrEqual(2);
  });

  it('never runs two full checks at once, however the requests arrive', async () => {
    const { check, watcher, monitor: m } = start();
    checkMs = 500;
    await vi.advanceTimersByTimeAsync(600);
    for (let i = 0; i < 20; i += 1) {
      void m.checkNow();
      watcher.emit('/data/Company.000');
      await vi.advanceTimersByTimeAsync(97);
    }
    world.syncAppPid = undefined;
    await vi.advanceTimersByTimeAsync(5000);
    expect(check.calls.maxConcurrent).toBe(1);
  });

  it('turns a storm of 10,000 file events in one second into one or two checks with the right final state', async () => {
    const { check, watcher, published } = start();
    await vi.advanceTimersByTimeAsync(100);
    const checksBefore = check.calls.count;
    let maxTimers = 0;
    for (let ms = 0; ms < 1000; ms += 1) {
      for (let i = 0; i < 10; i += 1) watcher.emit('/data/Company.000');
      if (ms === 900) world.configuredPathExists = false;
      maxTimers = Math.max(maxTimers, vi.getTimerCount());
      await vi.advanceTimersByTimeAsync(1);
    }
    await vi.advanceTimersByTimeAsync(INTERVALS.settleMs + checkMs + 10);
    const storm = check.calls.count - checksBefore;
    expect(storm).toBeGreaterThanOrEqual(1);
    expect(storm).toBeLessThanOrEqual(2);
    expect(published.at(-1)?.findings.map((f) => f.code)).toContain('path.missing');
    expect(monitor?.stats().fileEvents).toBe(10_000);
    // Flat: the pending timers stay a handful (settle, full check, liveness, a deadline), not one per event.
    expect(maxTimers).toBeLessThanOrEqual(5);
  });

  it('still checks during a storm that never ends (after the longest settle)', async () => {
    const { check, watcher } = start({ intervals: { ...INTERVALS, fullCheckMs: 60_000 } });
    await vi.advanceTimersByTimeAsync(100);
    const before = check.calls.count;
    for (let ms = 0; ms < 4000; ms += 10) {
      watcher.emit('/data/Company.000');
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(check.calls.count - before).toBeGreaterThanOrEqual(2);
    expect(check.calls.count - before).toBeLessThanOrEqual(3);
  });

  it('re-derives the watch list from each report', async () => {
    const { watcher } = start({ alwaysWatch: [{ path: '/home/u/.config/sync-doctor/settings.json', polling: false }] });
    await vi.advanceTimersByTimeAsync(100);
    const paths = () => watcher.targets().map((t) => t.path);
    expect(paths()).toEqual(expect.arrayContaining(['/home/u/.config/sync-doctor/settings.json', '/data/Company.000', '/sage/2025/COMPANY']));
    world.datasets = ['/data/Company.000', '/data/Company.001'];
    await vi.advanceTimersByTimeAsync(INTERVALS.fullCheckMs + checkMs);
    expect(paths()).toContain('/data/Company.001');
  });

  it('uses each refreshed host, and keeps the last one when refreshing fails', async () => {
    const hosts: string[] = [];
    const errors: unknown[] = [];
    let refreshes = 0;
    const base = fakeHost(world, control);
    const check = fakeRunCheck(world, () => checkMs);
    monitor = createMonitor({
      host: { ...base, description: 'first' },
      refreshHost: async () => {
        refreshes += 1;
        if (refreshes === 2) throw new Error('snapshot is half-written');
        return { ...base, description: `refresh ${refreshes}` };
      },
      inputs: INPUTS,
      timeoutMs: 5000,
      runCheck: async (host) => {
        hosts.push(host.description);
        return check.run();
      },
      pathWatcher: fakeWatcher().factory,
      intervals: INTERVALS,
      onError: (error) => errors.push(error),
    });
    await vi.advanceTimersByTimeAsync(100);
    for (let i = 0; i < 2; i += 1) {
      const pending = monitor.checkNow();
      await vi.advanceTimersByTimeAsync(100);
      await pending;
    }
    expect(hosts).toEqual(['refresh 1', 'refresh 1', 'refresh 3']);
    expect(String(errors[0])).toMatch(/half-written/);
  });

  it('checkNow resolves with a report from a check that started after the call', async () => {
    const { monitor: m } = start();
    await vi.advanceTimersByTimeAsync(10);
    world.configuredPathExists = false;
    const pending = m.checkNow();
    await vi.advanceTimersByTimeAsync(200);
    const report = await pending;
    expect(report.status).toBe('error');
    expect(m.current()?.status).toBe('error');
  });

  it('stops every timer and the watcher on close', async () => {
    const { check, watcher, monitor: m } = start();
    await vi.advanceTimersByTimeAsync(100);
    await m.close();
    const checks = check.calls.count;
    const liveness = control.livenessCalls;
    watcher.emit('/data/Company.000');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(check.calls.count).toBe(checks);
    expect(control.livenessCalls).toBe(liveness);
    expect(watcher.closed()).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    await expect(m.checkNow()).rejects.toThrow(/closed/);
  });

  it('writes monitor start, Sync App stops and status changes to the history', async () => {
    const written: HistoryEvent[] = [];
    start({ history: { append: async (events) => void written.push(...events) } });
    await vi.advanceTimersByTimeAsync(100);
    world.syncAppPid = undefined;
    await vi.advanceTimersByTimeAsync(400);
    expect(written.map((e) => e.type)).toEqual(['monitor-started', 'syncapp-started', 'status-changed', 'syncapp-stopped']);
    expect(written[2]).toMatchObject({ status: 'error', previousStatus: 'ok' });
  });
});
