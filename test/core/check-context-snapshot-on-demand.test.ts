import { describe, expect, it, vi } from 'vitest';
import { resolveCheckContext } from '../../src-main/check/check-context.js';
import type { Host } from '../../src-main/host/host.js';
import { DEFAULT_SETTINGS } from '../../src-shared/settings/default-settings.js';

// A check of this PC (`check` with no path: the saved settings) never reads a snapshot, so it must
// not pay for building the snapshot schema (zod) nor evaluating the snapshot host: those modules
// are imported when a `--machine` or `--demo` check asks for them. Each is counted when first
// imported (vitest evaluates a mocked module's factory on its first import).
const imported = vi.hoisted(() => [] as string[]);
vi.mock('../../src-shared/model/machine-snapshot-schema.js', async (importOriginal) => {
  imported.push('machine-snapshot-schema');
  return importOriginal();
});
vi.mock('../../src-main/host/snapshot/host-for-snapshot.js', async (importOriginal) => {
  imported.push('host-for-snapshot');
  return importOriginal();
});
vi.mock('../../src-main/demo/demo-machine.js', async (importOriginal) => {
  imported.push('demo-machine');
  return importOriginal();
});

const machine = new URL('../fixtures/machines/sage-healthy.json', import.meta.url).pathname;
const thisPc = { flavour: 'windows', description: 'this PC (stand-in)' } as unknown as Host;
const deps = { createLiveHost: () => thisPc, loadSettings: async () => DEFAULT_SETTINGS };

describe('the check context loads the snapshot code only for a snapshot', () => {
  it('opens this PC without importing the snapshot schema, the snapshot host or the demo; a --machine check imports them, and reads the file', async () => {
    const live = await resolveCheckContext({ demo: false, autoentryPaths: [] }, deps);
    expect(live.host).toBe(thisPc);
    expect(imported).toEqual([]);

    const fromFile = await resolveCheckContext({ demo: false, machine, autoentryPaths: [] }, deps);
    expect(fromFile.host.description).toContain('OFFICE-PC1');
    expect(fromFile.machineFile).toBe(machine);
    expect(imported).toEqual(expect.arrayContaining(['host-for-snapshot', 'machine-snapshot-schema']));
    expect(imported).not.toContain('demo-machine');

    const demo = await resolveCheckContext({ demo: true, autoentryPaths: [] }, deps);
    expect(demo.demo).toBe(true);
    expect(imported).toContain('demo-machine');
  });
});
