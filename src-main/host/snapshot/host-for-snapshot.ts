import type { MachineSnapshot } from '../../../src-shared/model/machine-snapshot-schema.js';
import type { Host } from '../host.js';
import { createPosixSnapshotHost } from '../posix/posix-snapshot-host.js';
import { createSnapshotHost } from './snapshot-host.js';

/** A snapshot collected on Linux or macOS is read with POSIX path rules. */
export function hostForSnapshot(snapshot: MachineSnapshot, description?: string): Host {
  return snapshot.pathFlavour === 'posix' ? createPosixSnapshotHost(snapshot, description) : createSnapshotHost(snapshot, description);
}
