import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from '../../src-main/monitor/monitor-clock.js';
import { periodicDuties, type PeriodicDuty } from '../../src-main/monitor/periodic-duties.js';

/** A duty that records the (fake) times it ran; `hold` keeps a run from ending until released. */
function recordingDuty(intervalMs: number, options: { firstDelayMs?: number; wanted?: () => boolean; hold?: boolean } = {}) {
  const ranAt: number[] = [];
  let release: () => void = () => undefined;
  const duty: PeriodicDuty = {
    intervalMs,
    ...(options.firstDelayMs !== undefined && { firstDelayMs: options.firstDelayMs }),
    wanted: options.wanted ?? (() => true),
    run: () => {
      ranAt.push(Date.now() - T0);
      return options.hold ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
    },
  };
  return { duty, ranAt, release: () => release() };
}

const T0 = Date.parse('2026-12-06T09:00:00Z');

describe('periodic duties on one timer (fake time)', () => {
  beforeEach(() => vi.useFakeTimers({ now: T0 }));
  afterEach(() => vi.useRealTimers());

  it('falls into step: a 1 s duty started out of phase runs on the 250 ms duty\'s ticks, one timer for both', async () => {
    const fast = recordingDuty(250);
    const slow = recordingDuty(1000, { firstDelayMs: 0 });
    let fastWanted = false;
    const fastWhenWanted = { ...fast.duty, wanted: () => fastWanted };
    const duties = periodicDuties(systemClock, [fastWhenWanted, slow.duty]);
    duties.rearm();
    await vi.advanceTimersByTimeAsync(130);
    fastWanted = true; // a Sync App found 130 ms in: its liveness starts 250 ms later
    duties.rearm();
    await vi.advanceTimersByTimeAsync(3000 - 130);
    expect(fast.ranAt).toEqual([380, 630, 880, 1130, 1380, 1630, 1880, 2130, 2380, 2630, 2880]);
    // Due at 1000, within half a tick of the fast duty's 880: run with it, and on its grid from then on.
    expect(slow.ranAt).toEqual([0, 880, 1880, 2880]);
    expect(vi.getTimerCount()).toBe(1);
    duties.close();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('sets no timer while nothing is wanted, and starts afresh when wanted again', async () => {
    let wanted = false;
    const duty = recordingDuty(250, { wanted: () => wanted });
    const duties = periodicDuties(systemClock, [duty.duty]);
    duties.rearm();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(1000);
    wanted = true;
    duties.rearm();
    await vi.advanceTimersByTimeAsync(600);
    expect(duty.ranAt).toEqual([1250, 1500]);
    wanted = false;
    duties.rearm();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('never runs a duty twice at once: one still running when due runs again as soon as it ends', async () => {
    const slow = recordingDuty(250, { hold: true });
    const duties = periodicDuties(systemClock, [slow.duty]);
    duties.rearm();
    await vi.advanceTimersByTimeAsync(1000);
    expect(slow.ranAt).toEqual([250]);
    expect(vi.getTimerCount()).toBe(0); // no timer spinning while it runs
    slow.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(slow.ranAt).toEqual([250, 1000]);
    duties.close();
  });

  it('keeps one timer, not one per re-arm: re-arming with nothing changed sets no new timer', async () => {
    const duty = recordingDuty(250);
    const counts = { set: 0 };
    const clock = { ...systemClock, setTimeout: (callback: () => void, ms: number) => (counts.set++, systemClock.setTimeout(callback, ms)) };
    const duties = periodicDuties(clock, [duty.duty]);
    for (let i = 0; i < 10; i += 1) duties.rearm();
    expect(counts.set).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(duty.ranAt).toEqual([250, 500, 750, 1000]);
    expect(counts.set).toBe(5);
    duties.close();
  });
});
