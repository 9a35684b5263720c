import { describe, expect, it, vi } from 'vitest';
import type { HistoryEvent } from '../../src-shared/history/history-schema.js';
import type { Report } from '../../src-shared/model/report-schema.js';
import { fail, type Host, type HostResult } from '../../src-main/host/host.js';
import { fakeHost, fakeRunCheck, fakeWatcher, liveMonitorHarness, manualExitWatch, reportFor } from './monitor-fakes.js';

// The monitor's liveness path and its end, in fake time: what a liveness look-up that fails
// means (not "gone"), one look-up at a time however often checks arrive, what a check that
// fails or ends after close leaves behind, and what reaches the history.
const INTERVALS = { livenessMs: 250, livenessDeadlineMs: 1000, fullCheckMs: 60_000, settleMs: 150, maxSettleMs: 1500 };

describe('the live monitor: liveness answers, failed checks and close', () => {
  const harness = liveMonitorHarness(INTERVALS, { alarm: false });
  const start = harness.start;

  /** A host whose liveness answers come from `answer` (the rest as the fake world says). */
  function hostAnswering(answer: (pid: number) => Promise<HostResult<boolean>>, calls: { count: number }): Host {
    return { ...fakeHost(harness.world, { livenessCalls: 0 }), processAlive: (pid) => (calls.count++, answer(pid)) };
  }

  it('a liveness look-up that fails is not "gone": no check, and the process is still asked about', async () => {
    const calls = { count: 0 };
    const { check } = start({ host: hostAnswering(async () => fail('denied', 'access denied'), calls) });
    await vi.advanceTimersByTimeAsync(100);
    const checks = check.calls.count;
    await vi.advanceTimersByTimeAsync(2000);
    expect(check.calls.count).toBe(checks);
    expect(calls.count).toBe(8);
    expect(harness.monitor!.stats().livenessChecks).toBe(8);
  });

  it('asks one liveness look-up at a time, every 250 ms, however many checks arrive meanwhile', async () => {
    const { control, monitor: m } = start();
    await vi.advanceTimersByTimeAsync(100);
    const before = control.livenessCalls;
    // A check every 50 ms for two seconds: each report names the same process.
    for (let t = 0; t < 2000; t += 50) {
      void m.checkNow();
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(control.livenessCalls - before).toBe(8);
  });

  it('a liveness look-up that never answers is given up after its deadline, and no second one starts meanwhile, even when checks arrive', async () => {
    const calls = { count: 0 };
    const { monitor: m } = start({ host: hostAnswering(() => new Promise(() => undefined), calls) });
    await vi.advanceTimersByTimeAsync(100);
    expect(calls.count).toBe(0);
    // 250 ms to the first look-up, then 1 s deadline + 250 ms gap each: at 250, 1500, 2750, 4000.
    for (let t = 0; t < 4100; t += 100) {
      void m.checkNow();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(calls.count).toBe(4);
  });

  it('an exit reported while the liveness look-up cannot answer counts as gone: a check at once', async () => {
    const exits = manualExitWatch();
    const calls = { count: 0 };
    let failing = false;
    const host = hostAnswering(async (pid) => (failing ? fail('error', 'no answer') : { ok: true, value: harness.world.syncAppPid === pid }), calls);
    const { check } = start({ host, processExits: exits.watch, intervals: { ...INTERVALS, livenessMs: 3_600_000 } });
    await vi.advanceTimersByTimeAsync(100);
    const checks = check.calls.count;
    failing = true;
    exits.fire(4120);
    await vi.advanceTimersByTimeAsync(100);
    expect(check.calls.count).toBe(checks + 1);
  });

  it('an exit whose confirming look-up answers after the liveness path already found the process gone is one check, not two', async () => {
    const exits = manualExitWatch();
    let hold = false;
    let release: (() => void) | undefined;
    const calls = { count: 0 };
    const host = hostAnswering(async (pid) => {
      if (hold) {
        hold = false;
        await new Promise<void>((resolve) => (release = resolve));
      }
      return { ok: true, value: harness.world.syncAppPid === pid };
    }, calls);
    const { check } = start({ host, processExits: exits.watch, intervals: { ...INTERVALS, livenessMs: 500, livenessDeadlineMs: 60_000 } }, 5_000);
    // The first check ends at 5,000 ms; the liveness ticks come at 5,500, 6,000 …
    await vi.advanceTimersByTimeAsync(5_100);
    const checks = check.calls.count;
    harness.world.syncAppPid = undefined;
    // The exit is reported at 5,400 ms; its confirming look-up is held.
    await vi.advanceTimersByTimeAsync(300);
    hold = true;
    exits.fire(4120);
    await vi.advanceTimersByTimeAsync(10);
    expect(calls.count).toBe(1);
    // The liveness tick at 5,500 ms finds the process gone: one check starts.
    await vi.advanceTimersByTimeAsync(100);
    expect(calls.count).toBe(2);
    expect(check.calls.count).toBe(checks + 1);
    // The held answer ("gone") then adds nothing.
    release?.();
    await vi.advanceTimersByTimeAsync(10_100);
    expect(check.calls.count).toBe(checks + 1);
  });

  it('a check that fails is reported, and the full checks go on at their interval', async () => {
    let failNext = true;
    const base = fakeRunCheck(harness.world, () => 20);
    const { errors, check, monitor: m } = start({
      runCheck: async () => {
        if (failNext) {
          failNext = false;
          throw new Error('probe crashed');
        }
        return base.run();
      },
    });
    await vi.advanceTimersByTimeAsync(100);
    expect(errors).toEqual([new Error('probe crashed')]);
    expect(m.current()).toBeUndefined();
    expect(m.stats().checks).toBe(1);
    await vi.advanceTimersByTimeAsync(INTERVALS.fullCheckMs);
    expect(m.current()?.status).toBe('ok');
    expect(check.calls.count).toBe(0);
    expect(base.calls.count).toBe(1);
  });

  it('a check that ends after close changes nothing: no report kept, no timer left, no error reported', async () => {
    const { check, errors, monitor: m } = start({}, 500);
    await vi.advanceTimersByTimeAsync(600);
    const first = m.current();
    harness.world.configuredPathExists = false;
    const pending = m.checkNow();
    // A second request while it runs queues one more check…
    const queued = m.checkNow().then(
      () => 'ran',
      (error: unknown) => String(error),
    );
    await vi.advanceTimersByTimeAsync(100);
    await m.close();
    // …which never runs: it ends with "closed".
    await vi.advanceTimersByTimeAsync(1000);
    expect((await pending).status).toBe('error');
    expect(await queued).toMatch(/closed/);
    expect(m.current()).toBe(first);
    expect(check.calls.count).toBe(2);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(INTERVALS.fullCheckMs * 2);
    expect(check.calls.count).toBe(2);
    expect(errors).toEqual([]);
  });

  it('a liveness look-up under way at close is the last one, even when it finds the process gone', async () => {
    const calls = { count: 0 };
    let release: (() => void) | undefined;
    const host = hostAnswering(async (pid) => {
      await new Promise<void>((resolve) => (release = resolve));
      return { ok: true, value: harness.world.syncAppPid === pid };
    }, calls);
    const { monitor: m, errors } = start({ host, intervals: { ...INTERVALS, livenessDeadlineMs: 60_000 } });
    await vi.advanceTimersByTimeAsync(300);
    expect(calls.count).toBe(1);
    await m.close();
    harness.world.syncAppPid = undefined;
    release?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls.count).toBe(1);
    expect(errors).toEqual([]);
    expect(m.stats().checks).toBe(1);
  });

  it('a process-start look under way at close is the last one, whether it answers or fails', async () => {
    for (const outcome of ['answers', 'fails'] as const) {
      let settle: (() => void) | undefined;
      let looks = 0;
      const processStarts = () => {
        looks += 1;
        return new Promise<boolean>((resolve, reject) => (settle = () => (outcome === 'answers' ? resolve(true) : reject(new Error('no /proc')))));
      };
      const { monitor: m, errors, check } = start({ processStarts, intervals: { ...INTERVALS, processScanMs: 100 } });
      await vi.advanceTimersByTimeAsync(30);
      expect(looks).toBe(1);
      await m.close();
      const checks = check.calls.count;
      settle?.();
      await vi.advanceTimersByTimeAsync(0);
      expect(vi.getTimerCount(), outcome).toBe(0);
      await vi.advanceTimersByTimeAsync(1000);
      expect(looks, outcome).toBe(1);
      expect(check.calls.count, outcome).toBe(checks);
      expect(errors, outcome).toEqual([]);
    }
  });

  it('an exit of a process not followed, or already known gone, costs no look-up', async () => {
    const exits = manualExitWatch();
    const { control, check } = start({ processExits: exits.watch, intervals: { ...INTERVALS, livenessMs: 3_600_000 } });
    await vi.advanceTimersByTimeAsync(100);
    exits.fire(999);
    await vi.advanceTimersByTimeAsync(10);
    expect(control.livenessCalls).toBe(0);
    harness.world.syncAppPid = undefined;
    exits.fire(4120);
    await vi.advanceTimersByTimeAsync(10);
    expect(control.livenessCalls).toBe(1);
    // The check it started is still under way (the report still lists 4120): told again, nothing.
    exits.fire(4120);
    await vi.advanceTimersByTimeAsync(100);
    expect(control.livenessCalls).toBe(1);
    expect(check.calls.count).toBe(2);
  });

  it('a liveness tick due just after a report without the process asks nothing and counts nothing', async () => {
    const exits = manualExitWatch();
    const { control, check, monitor: m } = start({ processExits: exits.watch, intervals: { ...INTERVALS, livenessMs: 500 } });
    await vi.advanceTimersByTimeAsync(100);
    // The tick is due at 520 ms; the process ends and its check is over at 60 ms-ish after the exit.
    harness.world.syncAppPid = undefined;
    exits.fire(4120);
    await vi.advanceTimersByTimeAsync(100);
    expect(check.calls.count).toBe(2);
    const asked = control.livenessCalls;
    await vi.advanceTimersByTimeAsync(1000);
    expect(control.livenessCalls).toBe(asked);
    expect(m.stats().livenessChecks).toBe(0);
  });

  it('close stops every timer at once and closes the watcher once, however often it is called', async () => {
    let watcherCloses = 0;
    const watcher = fakeWatcher();
    const { monitor: m } = start({
      pathWatcher: (change, error) => {
        const made = watcher.factory(change, error);
        return { update: made.update, close: async () => void (watcherCloses += 1) };
      },
      processStarts: async () => false,
      intervals: { ...INTERVALS, processScanMs: 1000 },
    });
    await vi.advanceTimersByTimeAsync(100);
    watcher.emit('/data/Company.000');
    // Pending now: the full check, the settle of the event, and the one timer the liveness tick
    // and the process scan share (periodic-duties.ts).
    expect(vi.getTimerCount()).toBe(3);
    await m.close();
    expect(vi.getTimerCount()).toBe(0);
    await m.close();
    expect(watcherCloses).toBe(1);
    // An event the watcher still delivers after close is not counted and arms nothing.
    const events = m.stats().fileEvents;
    watcher.emit('/data/Company.000');
    expect(m.stats().fileEvents).toBe(events);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a check under way at close that then fails reports nothing', async () => {
    let failIt: ((error: Error) => void) | undefined;
    const { errors, monitor: m } = start({ runCheck: () => new Promise<Report>((_resolve, reject) => (failIt = reject)) });
    await vi.advanceTimersByTimeAsync(100);
    await m.close();
    failIt?.(new Error('the host went away'));
    await vi.advanceTimersByTimeAsync(10);
    expect(errors).toEqual([]);
  });

  it('writes to the history only when something happened', async () => {
    const appends: Array<readonly HistoryEvent[]> = [];
    const { monitor: m } = start({ history: { append: async (events) => void appends.push(events) } });
    await vi.advanceTimersByTimeAsync(100);
    expect(appends).toHaveLength(1);
    for (let i = 0; i < 3; i++) {
      const checked = m.checkNow();
      await vi.advanceTimersByTimeAsync(100);
      await checked;
    }
    expect(appends).toHaveLength(1);
  });

  it('a check that could not see the Sync App neither stops nor starts it in the history', async () => {
    const unknown = (): Report => {
      const seen = reportFor({ ...harness.world, syncAppPid: undefined }, new Date().toISOString());
      return { ...seen, status: 'warn', findings: [{ code: 'syncapp.unknown', severity: 'warn', title: 'Could not check', detail: '', guidance: [] }, ...seen.findings.slice(1)] };
    };
    const reports = [() => reportFor(harness.world, new Date().toISOString()), unknown, unknown, () => reportFor(harness.world, new Date().toISOString())];
    const written: HistoryEvent[] = [];
    const { monitor: m } = start({
      runCheck: async () => reports.shift()!(),
      history: { append: async (events) => void written.push(...events) },
    });
    await vi.advanceTimersByTimeAsync(100);
    for (let i = 0; i < 3; i++) await m.checkNow();
    await m.close();
    expect(written.map((e) => e.type)).toEqual(['monitor-started', 'syncapp-started', 'status-changed', 'status-changed']);
  });
});
