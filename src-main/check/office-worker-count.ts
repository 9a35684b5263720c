import { availableParallelism } from 'node:os';

/** However many cores: each worker is a heap of its own (≈15–20 MB more memory each on a thousand-PC office, measured with two). */
export const MAX_OFFICE_WORKERS = 4;
/** Below this many files per worker, starting workers (≈0.1 s each, and their memory) costs more than it saves. */
const MIN_FILES_PER_WORKER = 16;

/**
 * How many worker threads read an office of `files` snapshot files (office-observer-pool.ts): at
 * most one per core the process may use and MAX_OFFICE_WORKERS, and none when a single thread
 * would do as well (one core, or a small office).
 */
export function officeWorkerCount(files: number, cores = availableParallelism()): number {
  const workers = Math.min(cores, MAX_OFFICE_WORKERS, Math.floor(files / MIN_FILES_PER_WORKER));
  return workers >= 2 ? workers : 0;
}
