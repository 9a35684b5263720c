import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSnapshotText } from '../../../src-main/host/snapshot/load-snapshot.js';
import type { MachineSnapshot } from '../../../src-shared/model/machine-snapshot-schema.js';

/**
 * An example machine from test/fixtures/machines, read by file path: under jsdom the global
 * `URL` is jsdom's, which Node's fs refuses, so test/support's URL-based `machine()` cannot be used.
 */
export function exampleMachine(name: string): MachineSnapshot {
  const path = join(import.meta.dirname, '..', '..', 'fixtures', 'machines', `${name}.json`);
  const loaded = parseSnapshotText(readFileSync(path, 'utf8'), name);
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.snapshot;
}
