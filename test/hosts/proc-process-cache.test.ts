import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProcProcesses, type ProcessReadCache } from '../../src-main/host/posix/proc-processes.js';
import { fakeProc } from './support/fake-proc.js';

// A listing reads a known process again only when its stat line says it is another one.
describe('listing /proc again', () => {
  it('keeps what it read of a process whose stat line is unchanged, and reads again one that ran another program or whose pid was reused', async () => {
    const proc = fakeProc();
    const cache: ProcessReadCache = new Map();
    proc.put(100, { name: 'sleep', startTicks: 500 });
    proc.put(200, { name: 'bash', startTicks: 600 });
    const first = await readProcProcesses(proc.root, proc.passwd, cache);
    expect(first.map((p) => [p.pid, p.name, p.user])).toEqual([[100, 'sleep', 'bookkeeper'], [200, 'bash', 'bookkeeper']]);

    // Unchanged stat line: the other files are not read again (a changed user goes unseen).
    writeFileSync(join(proc.root, '100', 'status'), 'Name:\tsleep\nUid:\t0\t0\t0\t0\n');
    expect((await readProcProcesses(proc.root, proc.passwd, cache)).find((p) => p.pid === 100)?.user).toBe('bookkeeper');

    // bash ran the Sync App (exec: same pid and start time, another name); pid 100 was reused.
    proc.put(200, { name: 'AutoEntry.SyncApp', startTicks: 600 });
    proc.put(100, { name: 'python3', startTicks: 900 });
    const again = await readProcProcesses(proc.root, proc.passwd, cache);
    expect(again.map((p) => [p.pid, p.name])).toEqual([[100, 'python3'], [200, 'AutoEntry.SyncApp']]);
    proc.remove();
  });
});
