import { SNAPSHOT_LOOKUP_TOPICS, type SnapshotLookupFailure } from '../../src-shared/model/machine-snapshot-schema.js';
import type { LookupProblem } from '../../src-shared/model/observations.js';

const RECORDED_TOPICS: ReadonlySet<string> = new Set(SNAPSHOT_LOOKUP_TOPICS);
const isRecordedKind = (kind: LookupProblem['kind']): kind is SnapshotLookupFailure['kind'] => kind === 'timeout' || kind === 'error' || kind === 'denied';

/**
 * The whole-computer look-ups of a collect's check that failed (the process, service or drive
 * list, the registry, the environment, the names), one per topic, as a bundle records them; a
 * registry answer that was partial records each root it could not read (with `path`).
 * A failed path is not here: `denied`, `shares` and `slow` already record those.
 */
export function lookupFailuresOf(problems: readonly LookupProblem[]): SnapshotLookupFailure[] {
  const failures = new Map<string, SnapshotLookupFailure>();
  for (const problem of problems) {
    if (!RECORDED_TOPICS.has(problem.topic) || !isRecordedKind(problem.kind)) continue;
    const root = problem.topic === 'registry' ? problem.path : undefined;
    const id = root === undefined ? problem.topic : `${problem.topic}|${root.toLowerCase()}`;
    if (failures.has(id)) continue;
    const failure: SnapshotLookupFailure = { topic: problem.topic as SnapshotLookupFailure['topic'], what: problem.what, kind: problem.kind, message: problem.message };
    if (root !== undefined) failure.path = root;
    failures.set(id, failure);
  }
  return [...failures.values()];
}
