/**
 * Runs an async task so that there is never more than one run at a time: a request while a run
 * is under way queues exactly one more run (shared by every request made meanwhile). However
 * many requests arrive, the state stays two promises.
 */
export interface CoalescedTask<T> {
  /** Resolves with the result of a run that started at or after this call. */
  request(): Promise<T>;
}

export function coalescedTask<T>(run: () => Promise<T>): CoalescedTask<T> {
  let running: Promise<T> | undefined;
  let queued: Promise<T> | undefined;

  function start(): Promise<T> {
    const current = (async () => run())();
    running = current;
    // Registered before any queued run's start (below), so it runs first: `running` is still this run.
    const clear = (): void => {
      running = undefined;
    };
    current.then(clear, clear);
    return current;
  }

  return {
    request() {
      if (running === undefined) return start();
      if (queued === undefined) {
        const settle = (): Promise<T> => {
          queued = undefined;
          return start();
        };
        queued = running.then(settle, settle);
      }
      return queued;
    },
  };
}
