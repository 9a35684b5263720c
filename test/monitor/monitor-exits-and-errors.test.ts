import { describe, expect, it, vi } from 'vitest';
import type { HistoryEvent } from '../../src-shared/history/history-schema.js';
import type { Report } from '../../src-shared/model/report-schema.js';
import type { MisdirectedWriteAlarm } from '../../src-main/monitor/misdirected-write-alarm.js';
import { fakeWatcher, INPUTS, liveMonitorHarness, manualExitWatch, reportFor } from './monitor-fakes.js';

// The monitor's other paths, in fake time: exits reported as they happen (the Windows session),
// a process-start probe that cannot run, settings re-read before each check, the alarm into
// the history, and a listener or a watcher that throws.
const INTERVALS = { livenessMs: 250, livenessDeadlineMs: 1000, fullCheckMs: 60_000, settleMs: 150, maxSettleMs: 1500 };

describe('the live monitor: exits, errors and the alarm', () => {
  const harness = liveMonitorHarness(INTERVALS);
  const start = harness.start;

  it('tells the exit watch which Sync App processes to follow, and checks at once when one exits', async () => {
    const exits = manualExitWatch();
    const { check, published } = start({ processExits: exits.watch, intervals: { ...INTERVALS, livenessMs: 3_600_000 } });
    await vi.advanceTimersByTimeAsync(100);
    expect(exits.watched.at(-1)).toEqual([4120]);
    const checks = check.calls.count;
    // An exit of a process it does not follow changes nothing.
    exits.fire(999);
    await vi.advanceTimersByTimeAsync(100);
    expect(check.calls.count).toBe(checks);
    harness.world.syncAppPid = undefined;
    exits.fire(4120);
    await vi.advanceTimersByTimeAsync(100);
    expect(check.calls.count).toBe(checks + 1);
    expect(published.at(-1)?.findings.map((f) => f.code)).toContain('syncapp.not-running');
    expect(exits.watched.at(-1)).toEqual([]);
    // The same exit told twice is one check.
    exits.fire(4120);
    await vi.advanceTimersByTimeAsync(100);
    expect(check.calls.count).toBe(checks + 1);
  });

  it('a process reported gone is not asked about again until a report sees it again', async () => {
    const exits = manualExitWatch();
    const { control } = start({ processExits: exits.watch, runCheck: async () => reportFor({ ...harness.world, syncAppPid: 4120 }, new Date().toISOString()) });
    await vi.advanceTimersByTimeAsync(100);
    // The exit is confirmed by a liveness look-up (windows-live): the process is gone by then.
    harness.world.syncAppPid = undefined;
    const beforeExit = control.livenessCalls;
    exits.fire(4120);
    await vi.advanceTimersByTimeAsync(100);
    expect(control.livenessCalls).toBeGreaterThan(beforeExit);
    // The check still lists 4120 (as a slow list can): it stays reported dead, not watched, not polled.
    const before = control.livenessCalls;
    await vi.advanceTimersByTimeAsync(2000);
    expect(control.livenessCalls).toBe(before);
    expect(exits.watched.at(-1)).toEqual([]);
  });

  it('stops listening for exits on close', async () => {
    const exits = manualExitWatch();
    const { check } = start({ processExits: exits.watch });
    await vi.advanceTimersByTimeAsync(100);
    await harness.monitor!.close();
    expect(exits.listeners.size).toBe(0);
    const checks = check.calls.count;
    exits.fire(4120);
    await vi.advanceTimersByTimeAsync(100);
    expect(check.calls.count).toBe(checks);
  });

  it('a process-start probe that cannot run is reported once and left to the full checks', async () => {
    const probe = vi.fn(async () => {
      throw new Error('no /proc');
    });
    const { errors } = start({ processStarts: probe, intervals: { ...INTERVALS, processScanMs: 100 } });
    await vi.advanceTimersByTimeAsync(2000);
    expect(probe).toHaveBeenCalledTimes(1);
    expect(errors).toEqual([new Error('no /proc')]);
  });

  it('reads the settings again before each check, and keeps the last ones when that fails', async () => {
    const seen: string[][] = [];
    let fail = false;
    let n = 0;
    start({
      refreshInputs: async () => {
        if (fail) throw new Error('settings unreadable');
        n += 1;
        return { ...INPUTS, autoentryPaths: [`/data/${n}`] };
      },
      runCheck: async (_host, inputs) => {
        seen.push([...inputs.autoentryPaths]);
        return reportFor(harness.world, new Date().toISOString());
      },
    });
    await vi.advanceTimersByTimeAsync(100);
    await harness.monitor!.checkNow();
    fail = true;
    await harness.monitor!.checkNow();
    expect(seen).toEqual([['/data/1'], ['/data/2'], ['/data/2']]);
  });

  it('a listener that throws is an error reported; the others still hear, and one that left hears nothing', async () => {
    const { errors } = start();
    const heard: string[] = [];
    harness.monitor!.subscribe(() => {
      throw new Error('listener broke');
    });
    const leave = harness.monitor!.subscribe((r) => void heard.push(r.status));
    await vi.advanceTimersByTimeAsync(100);
    expect(heard).toEqual(['ok']);
    expect(errors).toEqual([new Error('listener broke')]);
    leave();
    harness.world.syncAppPid = undefined;
    const checked = harness.monitor!.checkNow();
    await vi.advanceTimersByTimeAsync(100);
    await checked;
    expect(heard).toEqual(['ok']);
    expect(harness.monitor!.stats()).toMatchObject({ checks: 2, published: 2 });
  });

  it('a watch list that cannot be made is an error reported, and the report is still published', async () => {
    const { errors, published } = start({
      watchPaths: () => {
        throw new Error('bad path');
      },
    });
    await vi.advanceTimersByTimeAsync(100);
    expect(errors).toEqual([new Error('bad path')]);
    expect(published).toHaveLength(1);
  });

  it('counts file events, and a burst of them is one check once quiet', async () => {
    const { watcher, check } = start();
    await vi.advanceTimersByTimeAsync(100);
    const checks = check.calls.count;
    for (let i = 0; i < 5; i++) {
      watcher.emit('/data/Company.000/ACCDATA/QUEUE.DTA');
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(check.calls.count).toBe(checks);
    await vi.advanceTimersByTimeAsync(200);
    expect(check.calls.count).toBe(checks + 1);
    expect(harness.monitor!.stats().fileEvents).toBe(5);
  });

  it('raises the misdirected-invoice alarm from a report that names wrong data, into the history and to its listener', async () => {
    const wrong = (): Report => ({
      ...reportFor(harness.world, new Date().toISOString()),
      findings: [{ code: 'path.mismatch', severity: 'error', title: 'x', detail: '', guidance: [], configuredPath: '/old/Company.000', software: 'sage' }],
    });
    const history: HistoryEvent[] = [];
    const alarms: MisdirectedWriteAlarm[] = [];
    const { watcher } = start({
      runCheck: async () => wrong(),
      history: { append: async (events) => void history.push(...events) },
      alarm: { quietMs: 1000, onAlarm: (a) => void alarms.push(a) },
    });
    await vi.advanceTimersByTimeAsync(100);
    watcher.emit('/old/Company.000/ACCDATA/QUEUE.DTA');
    await vi.advanceTimersByTimeAsync(10);
    expect(alarms).toHaveLength(1);
    expect(history.filter((e) => e.type === 'misdirected-write')).toEqual([{ at: alarms[0]!.at, type: 'misdirected-write', detail: alarms[0]!.message }]);
    // With quietMs given, a write after a second of quiet is a new delivery.
    await vi.advanceTimersByTimeAsync(1000);
    watcher.emit('/old/Company.000/ACCDATA/QUEUE.DTA');
    expect(alarms).toHaveLength(2);
  });

  it('no alarm at all for a snapshot (alarm: false)', async () => {
    const made = vi.fn();
    const watcher = fakeWatcher();
    start({
      alarm: false,
      pathWatcher: (change, error) => (made(), watcher.factory(change, error)),
      runCheck: async () => ({ ...reportFor(harness.world, new Date().toISOString()), findings: [{ code: 'path.mismatch', severity: 'error', title: 'x', detail: '', guidance: [], configuredPath: '/old/Company.000', software: 'sage' }] }),
    });
    await vi.advanceTimersByTimeAsync(100);
    // Only the monitor's own watcher: none for the alarm.
    expect(made).toHaveBeenCalledTimes(1);
  });
});
