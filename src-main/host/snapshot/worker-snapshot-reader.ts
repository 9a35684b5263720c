import * as z from 'zod/mini';
import { MachineSnapshotSchema } from '../../../src-shared/model/machine-snapshot-schema.js';
import { BLOCKING_SNAPSHOT_READER } from './blocking-snapshot-reader.js';
import type { SnapshotFileReader } from './load-snapshot.js';

/**
 * The snapshot schema compiled whole (`z.compile`: one generated parser for the object, its
 * records and unions, made with `new Function` on first use). A snapshot it does not accept is
 * parsed again by zod's own parser, so a failure has the same issues and messages; an accepted
 * one the same value. Once compiled it validates a 250 KB snapshot in about half the time
 * (measured: 0.32 against 0.60 ms a snapshot, warm); compiling costs once, so only a reader of
 * hundreds of snapshots uses it (`check` keeps the plain schema, and its one-shot `jitless`).
 */
let compiled: typeof MachineSnapshotSchema | undefined;
function compiledSnapshotSchema(): typeof MachineSnapshotSchema {
  return (compiled ??= z.compile(MachineSnapshotSchema));
}

/**
 * For a worker thread that reads hundreds of snapshots one after another and has nothing else to
 * do (office-observer-pool.ts): blocking reads, where the five hand-offs of the promise API cost
 * more than the reading; the bytes parsed in pieces, which pays once its code is warm (for one
 * snapshot, cold, it costs ≈25 ms more than one JSON.parse: `check` keeps the string); and the
 * schema compiled.
 */
export const WORKER_READER: SnapshotFileReader = {
  ...BLOCKING_SNAPSHOT_READER,
  inPieces: true,
  get schema() {
    return compiledSnapshotSchema();
  },
};
