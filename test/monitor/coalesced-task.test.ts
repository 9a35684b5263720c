import { describe, expect, it } from 'vitest';
import { coalescedTask } from '../../src-main/monitor/coalesced-task.js';

// The monitor's checks never overlap: a request while one runs queues exactly one more, shared
// by every request made meanwhile; each caller gets the result of a run that started at or
// after its request.
function deferredRuns() {
  const pending: Array<{ resolve: (n: number) => void; reject: (e: Error) => void }> = [];
  let started = 0;
  const run = () =>
    new Promise<number>((resolve, reject) => {
      started += 1;
      pending.push({ resolve, reject });
    });
  return { run, pending, started: () => started };
}
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('one check at a time', () => {
  it('an idle task starts at once; requests while it runs share one more run, started when the first ends', async () => {
    const runs = deferredRuns();
    const task = coalescedTask(runs.run);
    const first = task.request();
    expect(runs.started()).toBe(1);
    const second = task.request();
    const third = task.request();
    expect(second).toBe(third);
    await settled();
    expect(runs.started()).toBe(1);
    runs.pending[0]!.resolve(1);
    expect(await first).toBe(1);
    await settled();
    expect(runs.started()).toBe(2);
    runs.pending[1]!.resolve(2);
    expect(await second).toBe(2);
    expect(await third).toBe(2);
  });

  it('two requests in the same moment on an idle task: the second is a run of its own, after the first', async () => {
    const runs = deferredRuns();
    const task = coalescedTask(runs.run);
    const first = task.request();
    const second = task.request();
    expect(second).not.toBe(first);
    runs.pending[0]!.resolve(1);
    await settled();
    expect(runs.started()).toBe(2);
    runs.pending[1]!.resolve(2);
    expect([await first, await second]).toEqual([1, 2]);
  });

  it('once a run has ended, the next request starts a new one at once, also after a run that failed', async () => {
    const runs = deferredRuns();
    const task = coalescedTask(runs.run);
    const first = task.request();
    runs.pending[0]!.reject(new Error('check failed'));
    await expect(first).rejects.toThrow('check failed');
    const queuedAfterFailure = task.request();
    expect(runs.started()).toBe(2);
    runs.pending[1]!.resolve(2);
    expect(await queuedAfterFailure).toBe(2);
    await settled();
    void task.request();
    expect(runs.started()).toBe(3);
  });

  it('a request while a run is failing gets the next run, not the failure', async () => {
    const runs = deferredRuns();
    const task = coalescedTask(runs.run);
    const first = task.request().catch((e: Error) => e.message);
    const next = task.request();
    runs.pending[0]!.reject(new Error('check failed'));
    expect(await first).toBe('check failed');
    await settled();
    runs.pending[1]!.resolve(7);
    expect(await next).toBe(7);
  });
});
