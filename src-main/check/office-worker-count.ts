import { availableParallelism } from 'node:os';

/** However many cores: each worker is a heap of its own (≈15–20 MB more memory each on a thousand-PC office, measured with two). */
export const MAX_OFFICE_WORKERS = 4;
/**
 * Below this many files per worker, starting workers costs more than it saves: each loads the
 * code and warms it up again (≈0.3 s of CPU before it runs at full speed) and holds a heap of its
 * own. Measured under load (2026-12-06): 100 PCs on two workers took more CPU (1.8–2.1 s against
 * 1.4 s) and memory (122 MB against 105 MB) than on one thread; so workers from 128 files.
 */
const MIN_FILES_PER_WORKER = 64;

/**
 * How many worker threads read an office of `files` snapshot files (office-observer-pool.ts): at
 * most one per core the process may use and MAX_OFFICE_WORKERS, and none when a single thread
 * would do as well (one core, or a small office).
 */
export function officeWorkerCount(files: number, cores = availableParallelism()): number {
  const workers = Math.min(cores, MAX_OFFICE_WORKERS, Math.floor(files / MIN_FILES_PER_WORKER));
  return workers >= 2 ? workers : 0;
}
