import { availableParallelism } from 'node:os';

/** Below this many files per worker, starting workers (≈0.1 s each, and their memory) costs more than it saves. */
const MIN_FILES_PER_WORKER = 16;

/**
 * How many worker threads read an office of `files` snapshot files (office-observer-pool.ts): at
 * most one per core the process may use, and none when a single thread would do as well (one
 * core, or a small office).
 */
export function officeWorkerCount(files: number, cores = availableParallelism()): number {
  const workers = Math.min(cores, Math.floor(files / MIN_FILES_PER_WORKER));
  return workers >= 2 ? workers : 0;
}
