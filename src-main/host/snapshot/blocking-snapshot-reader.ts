import { readFileSync, statSync } from 'node:fs';
import type { SnapshotFileReader } from './load-snapshot.js';

/**
 * Reads a snapshot file with blocking calls, for a process that has nothing else to do while it
 * reads (a one-shot command line, an office worker thread): a stat and one read on this thread,
 * where the promise API makes five trips through libuv's thread pool and starts its threads.
 */
export const BLOCKING_SNAPSHOT_READER: SnapshotFileReader = { stat: (path) => statSync(path), readFile: (path) => readFileSync(path), inPieces: false };
