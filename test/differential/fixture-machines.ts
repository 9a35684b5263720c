import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DEFAULT_SYNC_APP_PATTERNS, type CheckInputs } from '../../src-main/check/check-inputs.js';
import { parseSnapshotText } from '../../src-main/host/snapshot/load-snapshot.js';
import type { MachineSnapshot } from '../../src-shared/model/machine-snapshot-schema.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export interface FixtureMachine {
  /** Its path under test/fixtures. */
  name: string;
  snapshot: MachineSnapshot;
  inputs: CheckInputs;
}

function* jsonFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* jsonFiles(path);
    else if (entry.endsWith('.json') && !entry.endsWith('.expect.json')) yield path;
  }
}

/** `--autoentry-path` and `--sync-app-location` from a machine's `.expect.json` arguments. */
function inputsFromExpect(path: string): Partial<CheckInputs> {
  const expect = path.replace(/\.json$/, '.expect.json');
  if (!existsSync(expect)) return {};
  const args = (JSON.parse(readFileSync(expect, 'utf8')) as { args?: string[] }).args ?? [];
  const inputs: Partial<CheckInputs> = { autoentryPaths: [] };
  args.forEach((arg, i) => {
    if (arg === '--autoentry-path' && args[i + 1] !== undefined) inputs.autoentryPaths!.push(args[i + 1]!);
    if (arg === '--sync-app-location' && args[i + 1] !== undefined) inputs.syncAppLocation = args[i + 1]!;
  });
  return inputs;
}

/**
 * Every `sync-doctor/machine@1` snapshot under test/fixtures (the example machines, which are
 * ../shared/machines copied byte for byte, and every office's PCs), with the inputs its
 * `.expect.json` or its own `checkInputs` give.
 */
export function fixtureMachines(): FixtureMachine[] {
  const machines: FixtureMachine[] = [];
  for (const path of jsonFiles(FIXTURES)) {
    const text = readFileSync(path, 'utf8');
    if (!text.includes('"sync-doctor/machine@1"')) continue;
    const loaded = parseSnapshotText(text, path);
    if (!loaded.ok) continue; // an office's deliberately broken file
    const snapshot = loaded.snapshot;
    const fromExpect = inputsFromExpect(path);
    machines.push({
      name: relative(FIXTURES, path),
      snapshot,
      inputs: {
        autoentryPaths: fromExpect.autoentryPaths ?? snapshot.checkInputs?.autoentryPaths ?? [],
        syncAppPatterns: snapshot.checkInputs?.syncAppPatterns ?? DEFAULT_SYNC_APP_PATTERNS,
        ...((fromExpect.syncAppLocation ?? snapshot.checkInputs?.syncAppLocation) !== undefined && { syncAppLocation: fromExpect.syncAppLocation ?? snapshot.checkInputs!.syncAppLocation! }),
      },
    });
  }
  return machines;
}
