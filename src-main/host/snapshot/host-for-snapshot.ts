import type { MachineSnapshot } from '../../../src-shared/model/machine-snapshot-schema.js';
import type { Host } from '../host.js';
import { createPosixSnapshotHost } from '../posix/posix-snapshot-host.js';
import { loadSnapshotFile, type SnapshotFileReader } from './load-snapshot.js';
import { createSnapshotHost, type SnapshotHostOptions } from './snapshot-host.js';

/** A snapshot collected on Linux or macOS is read with POSIX path rules. */
export function hostForSnapshot(snapshot: MachineSnapshot, description?: string, options: SnapshotHostOptions = {}): Host {
  return snapshot.pathFlavour === 'posix' ? createPosixSnapshotHost(snapshot, description) : createSnapshotHost(snapshot, description, options);
}

/** Reads a snapshot file (through `reader`, by default without blocking) and opens it as a Host; a failure is one clear sentence. */
export async function loadSnapshotHost(path: string, reader?: SnapshotFileReader): Promise<{ ok: true; host: Host; snapshot: MachineSnapshot } | { ok: false; message: string }> {
  const loaded = await loadSnapshotFile(path, reader);
  return loaded.ok ? { ok: true, host: hostForSnapshot(loaded.snapshot), snapshot: loaded.snapshot } : loaded;
}
