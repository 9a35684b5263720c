import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { UnreadableBundle } from '../../src-shared/office/office-machine.js';
import { loadSnapshotFile } from '../host/snapshot/load-snapshot.js';
import { WORKER_READER } from '../host/snapshot/worker-snapshot-reader.js';
import { sightingOf, type OfficeSighting } from './observe-office-snapshot.js';

/**
 * The office's snapshots read and observed on worker threads, one per core: reading, parsing,
 * validating and observing a 250 KB snapshot is ≈5 ms of work, and a thousand of them on one
 * core is most of the office check. Each worker does for its files exactly what the main thread
 * would (`sightingOf`); the results are put back in the order the files were given, so the
 * report does not depend on which worker was quicker.
 *
 * This module is its own workers' script: from the ES module build (the desktop app's) it is
 * loaded with `import()`, so the bundle gives it a file of its own; the command line's one-file
 * build (dist/cli/cli-office.cjs) names the pool's own file beside it, dist/cli/office-worker.cjs
 * (`SD_OFFICE_WORKER_FILE`, set by scripts/bundle.mjs). A file a worker could not finish — the worker failed or stopped — is left to
 * the main thread, which then reads it as it always did: the same per-PC message, never a crash.
 */

const ROLE = 'sync-doctor/office-observer';
/**
 * A worker's young generation, in MB. By default V8 lets it grow to 32 MB a thread; with two
 * workers beside the main thread that took a thousand-PC office to 150–170 MB of memory, with 16
 * to 135–140 MB, with 8 (or 12: the same) to 119–123 MB, at the same CPU time; 4 costs more CPU
 * and more memory (145–151 MB) (measured 2026-12-06, bench/RESULTS.md). Only the young generation
 * is limited: a large snapshot still has all the old space it needs.
 */
const WORKER_YOUNG_GENERATION_MB = 8;
/** Files handed to a worker before it has answered: it starts the next while its answer travels. */
const IN_FLIGHT = 2;

interface WorkerSetup {
  role: typeof ROLE;
  givenPaths: string[];
  timeoutMs: number;
}
interface Job {
  index: number;
  file: string;
}
type Answer = { index: number; outcome: OfficeSighting | UnreadableBundle } | { index: number; failed: string };

/** Set at build time in a bundle where this module is not a file of its own: the workers' script, beside the bundle. */
declare const SD_OFFICE_WORKER_FILE: string | undefined;

/** The script a worker runs: this module's file, or the one the build named. */
function workerScript(): URL {
  return typeof SD_OFFICE_WORKER_FILE === 'string' ? new URL(SD_OFFICE_WORKER_FILE, import.meta.url) : new URL(import.meta.url);
}

/** Whether this module runs from a built bundle: a worker cannot start from TypeScript sources. */
export function workersAvailable(): boolean {
  return /\.c?js$/.test(workerScript().pathname);
}

/**
 * Each file read and observed on `workers` threads; the answer at index i is file i's, or
 * `undefined` where no worker could finish it (the caller does those itself).
 */
export async function observeOnWorkers(
  files: readonly string[],
  givenPaths: readonly string[],
  timeoutMs: number,
  workers: number,
): Promise<Array<OfficeSighting | UnreadableBundle | undefined>> {
  const outcomes: Array<OfficeSighting | UnreadableBundle | undefined> = new Array(files.length).fill(undefined);
  let next = 0;
  const setup: WorkerSetup = { role: ROLE, givenPaths: [...givenPaths], timeoutMs };

  const runWorker = () =>
    new Promise<void>((resolve) => {
      const worker = new Worker(workerScript(), { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
      const pending = new Set<number>();
      let finished = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        void worker.terminate();
        resolve();
      };
      const give = () => {
        while (pending.size < IN_FLIGHT && next < files.length) {
          const index = next++;
          pending.add(index);
          worker.postMessage({ index, file: files[index]! } satisfies Job);
        }
        if (pending.size === 0) finish();
      };
      worker.on('message', (answer: Answer) => {
        pending.delete(answer.index);
        if ('outcome' in answer) outcomes[answer.index] = answer.outcome;
        give();
      });
      // A worker that fails leaves its files undone (undefined): the main thread reads them.
      worker.on('error', finish);
      worker.on('exit', finish);
      give();
    });

  await Promise.all(Array.from({ length: workers }, runWorker));
  return outcomes;
}

/** The worker's side: read and observe each file it is given, answer with what the main thread would have made of it. */
function serveAsWorker(setup: WorkerSetup): void {
  const port = parentPort!;
  port.on('message', (job: Job) => {
    loadSnapshotFile(job.file, WORKER_READER)
      .then((load) => sightingOf(job.file, load, setup.givenPaths, setup.timeoutMs))
      .then(
        (outcome) => port.postMessage({ index: job.index, outcome } satisfies Answer),
        (error: unknown) => port.postMessage({ index: job.index, failed: String(error) } satisfies Answer),
      );
  });
}

if (!isMainThread && (workerData as Partial<WorkerSetup> | null)?.role === ROLE) serveAsWorker(workerData as WorkerSetup);
