import type { MonitorClock } from './monitor-clock.js';

/** Work the monitor repeats while it is wanted: the liveness tick, the process-start probe. */
export interface PeriodicDuty {
  readonly intervalMs: number;
  /** The first run after the duty becomes wanted comes this long after (default: `intervalMs`). */
  readonly firstDelayMs?: number;
  /** Whether it is wanted now (asked each time the timer is set). */
  wanted(): boolean;
  /** One run; the next is due `intervalMs` after this one started, and never while it runs. */
  run(): Promise<void>;
}

export interface PeriodicDuties {
  /** Sets the timer again after something a duty's `wanted()` reads has changed. */
  rearm(): void;
  close(): void;
}

interface DutyState {
  duty: PeriodicDuty;
  dueAt: number | undefined;
  running: boolean;
}

/**
 * Runs several periodic duties on ONE timer, so that an idle monitor wakes once per tick
 * rather than once per duty: when the timer fires, every wanted duty due within half the
 * shortest wanted interval runs too (a little early), which puts them on one grid — the
 * liveness tick (250 ms) and the process-start probe (1 s) wake the process 4 times a second,
 * not 5. A duty still running when it falls due is skipped until it ends (then it runs at once).
 */
export function periodicDuties(clock: MonitorClock, duties: readonly PeriodicDuty[]): PeriodicDuties {
  const states: DutyState[] = duties.map((duty) => ({ duty, dueAt: undefined, running: false }));
  let timer: unknown;
  let timerAt: number | undefined;
  let closed = false;

  function clearTimer(): void {
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = undefined;
    timerAt = undefined;
  }

  function rearm(): void {
    if (closed) return;
    const now = clock.now();
    let next: number | undefined;
    for (const state of states) {
      if (!state.duty.wanted()) {
        state.dueAt = undefined; // wanted again later: it starts afresh
        continue;
      }
      state.dueAt ??= now + (state.duty.firstDelayMs ?? state.duty.intervalMs);
      if (!state.running && (next === undefined || state.dueAt < next)) next = state.dueAt;
    }
    if (next === timerAt) return; // the timer already set is the right one: no new timer
    clearTimer();
    if (next === undefined) return;
    timerAt = next;
    timer = clock.setTimeout(fire, Math.max(0, next - now));
  }

  function fire(): void {
    timer = undefined;
    timerAt = undefined;
    if (closed) return;
    const now = clock.now();
    const wanted = states.filter((state) => state.dueAt !== undefined && state.duty.wanted());
    const slack = Math.min(...wanted.map((state) => state.duty.intervalMs)) / 2;
    for (const state of wanted) {
      if (state.running || state.dueAt === undefined || state.dueAt > now + slack) continue;
      state.dueAt = now + state.duty.intervalMs;
      state.running = true;
      const done = (): void => {
        state.running = false;
        rearm();
      };
      state.duty.run().then(done, done);
    }
    rearm();
  }

  return {
    rearm,
    close() {
      closed = true;
      clearTimer();
    },
  };
}
