/**
 * Time as the monitor sees it: injected so tests can drive the state machine with fake time.
 * The default reads the global timer functions at call time, so `vi.useFakeTimers()` works too.
 */
export interface MonitorClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: MonitorClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};
