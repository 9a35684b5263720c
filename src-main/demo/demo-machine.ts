import * as z from 'zod/mini';
import type { MachineSnapshot } from '../../src-shared/model/machine-snapshot-schema.js';
import { readWholeFile } from '../host/node/callback-fs.js';
import { loadSnapshotFile } from '../host/snapshot/load-snapshot.js';
import { bundledFile } from '../package-root.js';
import '../../src-shared/zod-mini-english.js';

/**
 * The bundled demo machine: a PC where Sage was upgraded to 2025 but AutoEntry still points at
 * 2024, and a QuickBooks file that moved to a server. Shown (clearly labelled) when someone
 * wants to see what Sync Doctor does without a real problem at hand.
 */
export const demoMachineFile = (): string => bundledFile('assets', 'demo', 'demo-machine.json');
const demoInputsFile = (): string => bundledFile('assets', 'demo', 'demo-inputs.json');

/** How the demo labels itself wherever the report says what was checked. */
export const DEMO_DESCRIPTION = 'DEMO machine (example data, not this PC)';

// zod/mini, as the snapshot schema: built at every start of a check, and no zod classic on that path.
const DemoInputsSchema = z.object({ autoentryPaths: z.array(z.string()), syncAppLocation: z.optional(z.string()) });

export interface DemoMachine {
  snapshot: MachineSnapshot;
  file: string;
  autoentryPaths: string[];
  syncAppLocation?: string;
}

export async function loadDemoMachine(): Promise<DemoMachine> {
  const loaded = await loadSnapshotFile(demoMachineFile());
  if (!loaded.ok) throw new Error(`The bundled demo machine is damaged: ${loaded.message}`);
  const inputs = DemoInputsSchema.parse(JSON.parse((await readWholeFile(demoInputsFile())).toString('utf8')));
  return { snapshot: loaded.snapshot, file: demoMachineFile(), ...inputs };
}
