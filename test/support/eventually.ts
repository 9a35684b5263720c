/**
 * Waiting in tests that touch real files, processes, sockets or timers. The machine running
 * the suite may be a busy, shared 2-core box where a Node start or a file event takes seconds,
 * so waits are for the event itself, bounded only by a generous deadline that a healthy run
 * never comes near (vitest's testTimeout is set above it).
 */
export const PATIENCE_MS = 20_000;

/** Options for vi.waitFor and Testing Library waits that would otherwise give up after 1 s. */
export const PATIENT = { timeout: PATIENCE_MS, interval: 20 } as const;

export interface EventuallyOptions {
  /** Upper bound; reached only when the awaited thing never happens. */
  within?: number;
  /** Called before each look: re-does the action (touches a file again) for watchers that may not be ready yet. */
  poke?: () => void;
  /** Time between looks (ms). */
  every?: number;
}

/** Resolves true as soon as `predicate` holds, or false once `within` ms have passed without it. */
export async function eventually(predicate: () => boolean, options: EventuallyOptions = {}): Promise<boolean> {
  const { within = PATIENCE_MS, poke, every = 20 } = options;
  const deadline = Date.now() + within;
  for (;;) {
    poke?.();
    if (predicate()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, every));
  }
}
