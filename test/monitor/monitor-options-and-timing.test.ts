import { describe, expect, it, vi } from 'vitest';
import type { HistoryEvent } from '../../src-shared/history/history-schema.js';
import type { Report } from '../../src-shared/model/report-schema.js';
import type { PathWatcherFactory } from '../../src-main/monitor/path-watcher.js';
import { fakeWatcher, INPUTS, liveMonitorHarness, reportFor } from './monitor-fakes.js';

// What the monitor watches and passes on, and when it checks, in fake time: the watch list
// exactly, the check's time limit, the alarm with its parts left out, a full check moved by a
// check on request, the longest wait of a burst of file events, and no timer at all for
// liveness while no Sync App runs.
const INTERVALS = { livenessMs: 250, livenessDeadlineMs: 1000, fullCheckMs: 60_000, settleMs: 150, maxSettleMs: 1500 };

describe('the live monitor: options and timing', () => {
  const harness = liveMonitorHarness(INTERVALS);
  const start = harness.start;

  /** A report that says AutoEntry points at the wrong dataset, /old/Company.000. */
  const wrongData = (): Report => ({
    ...reportFor(harness.world, new Date().toISOString()),
    findings: [{ code: 'path.mismatch', severity: 'error', title: 'x', detail: '', guidance: [], configuredPath: '/old/Company.000', software: 'sage' }],
  });

  it('watches exactly what the report names when nothing else is to be watched always', async () => {
    const { watcher } = start();
    await vi.advanceTimersByTimeAsync(100);
    expect(watcher.targets()).toEqual([
      { path: '/data/Company.000', polling: false },
      { path: '/sage/2025/COMPANY', polling: false },
    ]);
  });

  it('gives each check the time limit it was given', async () => {
    const limits: number[] = [];
    start({ timeoutMs: 12_345, runCheck: async (_host, _inputs, options) => (limits.push(options.timeoutMs), reportFor(harness.world, new Date().toISOString())) });
    await vi.advanceTimersByTimeAsync(100);
    expect(limits).toEqual([12_345]);
  });

  it('the alarm without a history or a listener still raises, into whichever is there, and reports no error', async () => {
    const history: HistoryEvent[] = [];
    const noListener = start({ runCheck: async () => wrongData(), history: { append: async (events) => void history.push(...events) } });
    await vi.advanceTimersByTimeAsync(100);
    noListener.watcher.emit('/old/Company.000/ACCDATA/QUEUE.DTA');
    await vi.advanceTimersByTimeAsync(10);
    expect(history.map((e) => e.type)).toContain('misdirected-write');
    expect(noListener.errors).toEqual([]);
    await harness.monitor!.close();

    const quietOnly = start({ runCheck: async () => wrongData(), alarm: { quietMs: 1000 } });
    await vi.advanceTimersByTimeAsync(100);
    quietOnly.watcher.emit('/old/Company.000/ACCDATA/QUEUE.DTA');
    await vi.advanceTimersByTimeAsync(10);
    expect(quietOnly.errors).toEqual([]);
  });

  it('no alarm for a snapshot, and no error for its absence', async () => {
    const { errors, watcher } = start({ alarm: false, runCheck: async () => wrongData() });
    await vi.advanceTimersByTimeAsync(100);
    watcher.emit('/old/Company.000/ACCDATA/QUEUE.DTA');
    await vi.advanceTimersByTimeAsync(10);
    expect(errors).toEqual([]);
  });

  it('an alarm whose watcher cannot start is an error reported; the report is still published and the monitor still watches', async () => {
    const mine = fakeWatcher();
    let made = 0;
    const factory: PathWatcherFactory = (change, error) => {
      made += 1;
      if (made === 2) throw new Error('too many watchers');
      return mine.factory(change, error);
    };
    const { errors, published } = start({ pathWatcher: factory, runCheck: async () => wrongData() });
    await vi.advanceTimersByTimeAsync(100);
    expect(errors).toEqual([new Error('too many watchers')]);
    expect(published).toHaveLength(1);
    expect(mine.targets().map((t) => t.path)).toContain('/data/Company.000');
  });

  it('reports settings that cannot be read, and checks with the last ones', async () => {
    let reads = 0;
    const { errors } = start({
      refreshInputs: async () => {
        reads += 1;
        if (reads === 2) throw new Error('settings unreadable');
        return INPUTS;
      },
    });
    await vi.advanceTimersByTimeAsync(100);
    const checked = harness.monitor!.checkNow();
    await vi.advanceTimersByTimeAsync(100);
    expect((await checked).status).toBe('ok');
    expect(errors).toEqual([new Error('settings unreadable')]);
  });

  it('a check on request moves the next full check: the full check comes its interval after the last check', async () => {
    const { check, monitor: m } = start();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(check.calls.count).toBe(1);
    const checked = m.checkNow();
    await vi.advanceTimersByTimeAsync(20);
    await checked;
    // The first full check would have come at 60,020 ms; after the check at 30,000 ms it comes at 90,020.
    await vi.advanceTimersByTimeAsync(40_000);
    expect(check.calls.count).toBe(2);
    await vi.advanceTimersByTimeAsync(20_100);
    expect(check.calls.count).toBe(3);
  });

  it('a burst of file events that never goes quiet gets its check when it has lasted the longest settle, not later', async () => {
    const { check, watcher } = start();
    await vi.advanceTimersByTimeAsync(1000);
    const before = check.calls.count;
    // One event every 40 ms from 1,000 ms on: the burst began at 1,000 ms; its check is due at 2,500 ms.
    for (let t = 0; t < 1480; t += 40) {
      watcher.emit('/data/Company.000');
      await vi.advanceTimersByTimeAsync(40);
    }
    await vi.advanceTimersByTimeAsync(19);
    expect(check.calls.count).toBe(before);
    await vi.advanceTimersByTimeAsync(1);
    expect(check.calls.count).toBe(before + 1);
  });

  it('a burst that goes quiet gets its check once quiet for the settle time, measured from its last event', async () => {
    const { check, watcher } = start();
    await vi.advanceTimersByTimeAsync(1000);
    const before = check.calls.count;
    watcher.emit('/data/Company.000');
    await vi.advanceTimersByTimeAsync(100);
    watcher.emit('/data/Company.000');
    // Quiet from 1,100 ms: the check is due at 1,250 ms, not at 1,150 (the burst's first settle) nor later.
    await vi.advanceTimersByTimeAsync(149);
    expect(check.calls.count).toBe(before);
    await vi.advanceTimersByTimeAsync(1);
    expect(check.calls.count).toBe(before + 1);
  });

  it('while no Sync App runs, the only timer is the next full check (no liveness polling)', async () => {
    harness.world.syncAppPid = undefined;
    const { control } = start({ alarm: false });
    await vi.advanceTimersByTimeAsync(100);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(control.livenessCalls).toBe(0);
    expect(harness.monitor!.stats().livenessChecks).toBe(0);
  });
});
