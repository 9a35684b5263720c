import type { MachineSnapshot } from '../../src-shared/model/machine-snapshot-schema.js';
import type { Observations } from '../../src-shared/model/observations.js';
import type { UnreadableBundle } from '../../src-shared/office/office-machine.js';
import type { SnapshotLoad } from '../host/snapshot/load-snapshot.js';
import { hostForSnapshot } from '../host/snapshot/host-for-snapshot.js';
import { DEFAULT_SYNC_APP_PATTERNS } from './check-inputs.js';
import { observe } from './observe.js';

/** What the office keeps of one readable snapshot once it has been observed: the snapshot itself is let go. */
export interface OfficeSighting {
  computerName: string;
  capturedAt: string;
  file: string;
  checkInputs: MachineSnapshot['checkInputs'];
  links: MachineSnapshot['links'];
  patterns: string[];
  /** The AutoEntry paths it was observed with: the office's own, unless the inputs settled on others. */
  observedWith: string[];
  observations: Observations;
}

/**
 * Observes one PC's snapshot with the given paths and the Sync App patterns its bundle was
 * collected with. The snapshot is the office's to give: it is observed once and let go, so the
 * host answers from it without copying it (`handedOver`).
 */
export function observeOfficeSnapshot(snapshot: MachineSnapshot, patterns: string[], autoentryPaths: string[], timeoutMs: number): Promise<Observations> {
  return observe(hostForSnapshot(snapshot, undefined, { handedOver: true }), { autoentryPaths, syncAppPatterns: patterns }, { timeoutMs });
}

/**
 * One file of the office, read: observed with the paths given, else those its own bundle was
 * collected with (one office's bundles carry the same); or why it is not a readable snapshot.
 * The same work whether it runs on the main thread or in a worker (office-observer-pool.ts).
 */
export async function sightingOf(file: string, load: SnapshotLoad, givenPaths: readonly string[], timeoutMs: number): Promise<OfficeSighting | UnreadableBundle> {
  if (!load.ok) return { file, message: load.message };
  const { snapshot } = load;
  const patterns = snapshot.checkInputs?.syncAppPatterns ?? DEFAULT_SYNC_APP_PATTERNS;
  const observedWith = givenPaths.length > 0 ? [...givenPaths] : (snapshot.checkInputs?.autoentryPaths ?? []);
  return {
    computerName: snapshot.host.computerName,
    capturedAt: snapshot.capturedAt,
    file,
    checkInputs: snapshot.checkInputs,
    links: snapshot.links,
    patterns,
    observedWith,
    observations: await observeOfficeSnapshot(snapshot, patterns, observedWith, timeoutMs),
  };
}

export function isSighting(outcome: OfficeSighting | UnreadableBundle): outcome is OfficeSighting {
  return 'observations' in outcome;
}
