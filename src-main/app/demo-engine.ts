import { createSnapshotHost } from '../host/snapshot/snapshot-host.js';
import { loadSnapshotFile } from '../host/snapshot/load-snapshot.js';
import type { CheckEngine } from './check-engine.js';
import { createHostCheckEngine, type InputOverrides } from './host-check-engine.js';

/** A check engine over a snapshot file (`--machine`, or the bundled demo machine, labelled as such). */
export async function loadSnapshotEngine(path: string, options: { demo: boolean; overrides?: InputOverrides }): Promise<CheckEngine> {
  const loaded = await loadSnapshotFile(path);
  if (!loaded.ok) throw new Error(options.demo ? `The demo machine could not be loaded: ${loaded.message}` : loaded.message);
  const host = createSnapshotHost(loaded.snapshot, options.demo ? `demo machine (${loaded.snapshot.host.computerName})` : undefined);
  return createHostCheckEngine(host, options);
}
