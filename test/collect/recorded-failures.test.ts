import { describe, expect, it } from 'vitest';
import { MachineSnapshotSchema } from '../../src-shared/model/machine-snapshot-schema.js';
import { collectSnapshot } from '../../src-main/collect/collect-snapshot.js';
import { createSnapshotHost } from '../../src-main/host/snapshot/snapshot-host.js';
import { checkSnapshot, machine } from '../support/check-machine.js';
import { verdict } from './support.js';

/** A PC whose AutoEntry paths lead to an offline NAS, a folder closed to the user and a stalling share. */
function troubledPc() {
  const pc = machine('sage-healthy');
  pc.shares = { '\\\\OLDNAS\\sage': { reachable: false } };
  pc.denied = ['C:\\Locked'];
  pc.slow = { '\\\\SLOWNAS\\sage': 60_000 };
  pc.files['C:\\Locked\\Company.000\\ACCDATA\\SETUP.DTA'] = { size: 10 };
  return pc;
}

describe('collect records failures as what they were', () => {
  const inputs = {
    autoentryPaths: ['\\\\OLDNAS\\sage\\Company.000', 'C:\\Locked\\Company.000', '\\\\SLOWNAS\\sage\\Company.000'],
    syncAppPatterns: ['AutoEntry'],
  };

  it('keeps the unreachable share, the denied folder and the stall, and diagnoses the same', async () => {
    const collected = await collectSnapshot(createSnapshotHost(troubledPc()), inputs, { timeoutMs: 300, redact: false });
    expect(collected.shares).toEqual({ '\\\\OLDNAS\\sage': { reachable: false } });
    expect(collected.denied).toContain('C:\\Locked\\Company.000');
    expect(collected.slow).toEqual({ '\\\\SLOWNAS\\sage': 60_000 });
    expect(Object.keys(collected.files).some((p) => p.startsWith('C:\\Locked'))).toBe(false);
    const before = await checkSnapshot(troubledPc(), inputs, 300);
    const after = await checkSnapshot(MachineSnapshotSchema.parse(collected), inputs, 300);
    expect(verdict(after)).toEqual(verdict(before));
    expect(verdict(before).map((f) => f.code)).toEqual(expect.arrayContaining(['path.unreachable']));
  });
});
