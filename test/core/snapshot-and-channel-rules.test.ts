import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, isIpcChannel } from '../../src-shared/ipc/contract.js';
import { MachineSnapshotSchema } from '../../src-shared/model/machine-snapshot-schema.js';

const minimal = { format: 'sync-doctor/machine@1', capturedAt: '2026-11-20T09:30:00Z', host: { computerName: 'PC', userName: 'jane' } };

describe('what a machine snapshot may hold', () => {
  it('a capture time that is not a time is refused', () => {
    expect(MachineSnapshotSchema.safeParse(minimal).success).toBe(true);
    const bad = MachineSnapshotSchema.safeParse({ ...minimal, capturedAt: 'last Tuesday' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('is not an ISO 8601 time');
  });

  it('a file carries its text or its bytes, not both', () => {
    expect(MachineSnapshotSchema.safeParse({ ...minimal, files: { 'C:\\a': { text: 'x' } } }).success).toBe(true);
    expect(MachineSnapshotSchema.safeParse({ ...minimal, files: { 'C:\\a': { base64: 'eA==' } } }).success).toBe(true);
    expect(MachineSnapshotSchema.safeParse({ ...minimal, files: { 'C:\\a': {} } }).success).toBe(true);
    const both = MachineSnapshotSchema.safeParse({ ...minimal, files: { 'C:\\a': { text: 'x', base64: 'eA==' } } });
    expect(both.success).toBe(false);
    expect(both.error?.issues[0]?.message).toContain('has both "text" and "base64"');
  });

  it('a file\'s modification time must be a time too', () => {
    expect(MachineSnapshotSchema.safeParse({ ...minimal, files: { 'C:\\a': { text: 'x', mtime: '2026-11-01T08:00:00Z' } } }).success).toBe(true);
    expect(MachineSnapshotSchema.safeParse({ ...minimal, files: { 'C:\\a': { text: 'x', mtime: 'soon' } } }).success).toBe(false);
  });
});

describe('the channels between the window and the main side', () => {
  it('only the contract\'s channels are channels, not names an object inherits', () => {
    for (const name of Object.keys(IPC_CHANNELS)) expect(isIpcChannel(name), name).toBe(true);
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'report', '']) expect(isIpcChannel(name), name).toBe(false);
  });
});
