import { describe, expect, it } from 'vitest';
import { MACHINE_FORMAT, type MachineSnapshot } from '../../src-shared/model/machine-snapshot-schema.js';
import { recordHost } from '../../src-main/collect/recording-host.js';
import { createSnapshotHost } from '../../src-main/host/snapshot/snapshot-host.js';

const everything = { isRelevantProcess: () => true, isRelevantService: () => true, isRelevantRegistryKey: () => true };

function pc(): MachineSnapshot {
  return {
    format: MACHINE_FORMAT,
    capturedAt: '2026-11-20T09:30:00Z',
    host: { computerName: 'OFFICE-PC1', userName: 'jane', sessionId: 1 },
    env: { ProgramData: 'C:\\ProgramData', Path: 'C:\\Windows', GITHUB_TOKEN: 'secret' },
    drives: { 'C:': { kind: 'fixed' } },
    files: {
      'C:\\Data\\COMPANY': { text: 'C:\\Data\\Company.000\r\n', mtime: '2026-01-01T00:00:00Z' },
      'C:\\Data\\Company.000\\ACCDATA\\SETUP.DTA': { size: 65536, mtime: '2026-11-20T09:10:00Z' },
      'C:\\Data\\Company.000\\ACCDATA\\SALES.DTA': { size: 4096, mtime: '2026-11-20T09:11:00Z' },
      'C:\\Data\\Readme.txt': { text: 'private notes' },
    },
    dirs: ['C:\\Data\\Empty Folder'],
    processes: [{ pid: 1, name: 'AutoEntry.SyncApp.exe' }, { pid: 2, name: 'notepad.exe' }],
    services: [],
    registry: {},
  };
}

describe('recording what a probe run saw', () => {
  it('keeps content only of the parsed files, size and time of every other file seen, and empty folders', async () => {
    const recorder = recordHost(createSnapshotHost(pc()));
    await recorder.host.list('C:\\Data');
    await recorder.host.list('C:\\Data\\Company.000\\ACCDATA');
    await recorder.host.readFile('C:\\Data\\COMPANY', 4096);
    await recorder.host.readFile('C:\\Data\\Readme.txt', 4096);
    await recorder.host.stat('C:\\Data\\Nope');
    await recorder.host.environment();
    const snapshot = await recorder.toSnapshot(everything);
    expect(snapshot.files).toEqual({
      'C:\\Data\\COMPANY': { text: 'C:\\Data\\Company.000\r\n', size: 21, mtime: '2026-01-01T00:00:00Z' },
      'C:\\Data\\Company.000\\ACCDATA\\SALES.DTA': { size: 4096, mtime: '2026-11-20T09:11:00Z' },
      'C:\\Data\\Company.000\\ACCDATA\\SETUP.DTA': { size: 65536, mtime: '2026-11-20T09:10:00Z' },
      'C:\\Data\\Readme.txt': { size: 13, mtime: '2026-11-20T09:30:00Z' },
    });
    expect(snapshot.dirs).toEqual(['C:\\Data\\Empty Folder']);
    expect(snapshot.env).toEqual({ ProgramData: 'C:\\ProgramData' });
    expect(snapshot.capturedAt).toBe('2026-11-20T09:30:00.000Z');
  });

  it('keeps only the processes the relevance rule accepts', async () => {
    const recorder = recordHost(createSnapshotHost(pc()));
    await recorder.host.processes();
    const snapshot = await recorder.toSnapshot({ ...everything, isRelevantProcess: (p) => p.name.includes('AutoEntry') });
    expect(snapshot.processes).toEqual([{ pid: 1, name: 'AutoEntry.SyncApp.exe' }]);
  });
});
