import { describe, expect, it } from 'vitest';
import { MachineSnapshotSchema } from '../../src-shared/model/machine-snapshot-schema.js';
import { DEFAULT_SYNC_APP_PATTERNS } from '../../src-main/check/check-inputs.js';
import { collectSnapshot } from '../../src-main/collect/collect-snapshot.js';
import { createSnapshotHost } from '../../src-main/host/snapshot/snapshot-host.js';
import { checkSnapshot, machine } from '../support/check-machine.js';
import { fixtureMachinesWithInputs, verdict } from './support.js';

/**
 * Collecting from a (snapshot-backed) Windows PC and checking the collected bundle gives the
 * same diagnosis as checking the PC itself — plain and redacted.
 */
describe.each(fixtureMachinesWithInputs())('collect round trip on $name', ({ name, autoentryPaths, syncAppLocation }) => {
  const inputs = { autoentryPaths, syncAppPatterns: [...DEFAULT_SYNC_APP_PATTERNS], ...(syncAppLocation !== undefined ? { syncAppLocation } : {}) };

  it('diagnoses the collected snapshot as it diagnoses the PC', async () => {
    const original = machine(name);
    const collected = await collectSnapshot(createSnapshotHost(original), inputs, { timeoutMs: 5000, redact: false });
    expect(MachineSnapshotSchema.safeParse(collected).success).toBe(true);
    const before = await checkSnapshot(original, inputs);
    const after = await checkSnapshot(MachineSnapshotSchema.parse(collected), inputs);
    expect(verdict(after)).toEqual(verdict(before));
    expect(after.status).toBe(before.status);
  });

  it('diagnoses the redacted snapshot the same, with the redacted inputs', async () => {
    const original = machine(name);
    const collected = await collectSnapshot(createSnapshotHost(original), inputs, { timeoutMs: 5000, redact: true });
    const before = await checkSnapshot(original, inputs);
    const { syncAppPatterns: _patterns, ...redactedInputs } = collected.checkInputs;
    const after = await checkSnapshot(MachineSnapshotSchema.parse(collected), redactedInputs);
    expect(verdict(after)).toEqual(verdict(before));
    const text = JSON.stringify(collected);
    expect(text).not.toContain(original.host.userName);
    expect(text.toLowerCase()).not.toContain(original.host.computerName.toLowerCase());
  });

  it('keeps content only for the small text files and never for .DTA or .QBW', async () => {
    const collected = await collectSnapshot(createSnapshotHost(machine(name)), inputs, { timeoutMs: 5000, redact: false });
    for (const [path, file] of Object.entries(collected.files)) {
      if (/\.(dta|qbw)$/i.test(path)) {
        expect(file.text ?? file.base64, path).toBeUndefined();
        expect(file.size, path).toBeTypeOf('number');
        expect(file.mtime, path).toBeTypeOf('string');
      }
      if (file.text !== undefined || file.base64 !== undefined) expect(path).toMatch(/(\\COMPANY|\.ND|QBWUSER\.INI)$/i);
    }
  });
});
