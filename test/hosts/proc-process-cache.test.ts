import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProcProcesses, type ProcessReadCache } from '../../src-main/host/posix/proc-processes.js';

// A made-up /proc: a listing reads a known process again only when its stat line says it is another one.
function fakeProc() {
  const root = mkdtempSync(join(tmpdir(), 'sd-fakeproc-'));
  writeFileSync(join(root, 'stat'), 'cpu 1 2 3\nbtime 1764000000\n');
  const passwd = join(root, 'passwd');
  writeFileSync(passwd, 'bookkeeper:x:1000:1000::/home/b:/bin/sh\n');
  const put = (pid: number, name: string, startTicks: number) => {
    const dir = join(root, String(pid));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'stat'), `${pid} (${name}) S 1 ${Array.from({ length: 17 }, () => '0').join(' ')} ${startTicks} 0 0\n`);
    writeFileSync(join(dir, 'comm'), `${name}\n`);
    writeFileSync(join(dir, 'cmdline'), `/opt/${name}\0--run\0`);
    writeFileSync(join(dir, 'status'), 'Name:\tx\nUid:\t1000\t1000\t1000\t1000\n');
    try {
      symlinkSync(`/opt/${name}`, join(dir, 'exe'));
    } catch {
      // already linked
    }
  };
  return { root, passwd, put };
}

describe('listing /proc again', () => {
  it('keeps what it read of a process whose stat line is unchanged, and reads again one that ran another program or whose pid was reused', async () => {
    const proc = fakeProc();
    const cache: ProcessReadCache = new Map();
    proc.put(100, 'sleep', 500);
    proc.put(200, 'bash', 600);
    const first = await readProcProcesses(proc.root, proc.passwd, cache);
    expect(first.map((p) => [p.pid, p.name, p.user])).toEqual([[100, 'sleep', 'bookkeeper'], [200, 'bash', 'bookkeeper']]);

    // Unchanged stat line: the other files are not read again (a changed comm file goes unseen).
    writeFileSync(join(proc.root, '100', 'comm'), 'renamed\n');
    expect((await readProcProcesses(proc.root, proc.passwd, cache)).find((p) => p.pid === 100)?.name).toBe('sleep');

    // bash ran the Sync App (exec: same pid and start time, another name); pid 100 was reused.
    proc.put(200, 'AutoEntry.SyncApp', 600);
    proc.put(100, 'python3', 900);
    const again = await readProcProcesses(proc.root, proc.passwd, cache);
    expect(again.map((p) => [p.pid, p.name])).toEqual([[100, 'python3'], [200, 'AutoEntry.SyncApp']]);
  });
});
