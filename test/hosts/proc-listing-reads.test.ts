import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readProcProcesses, type ProcessReadCache } from '../../src-main/host/posix/proc-processes.js';
import { fakeProc, KERNEL_THREAD_FLAGS } from './support/fake-proc.js';

// What a listing opens and follows, counted through node:fs: the files read decide its cost.
const reads = vi.hoisted(() => ({ opened: [] as string[], linksRead: [] as string[], promisesTouched: 0 }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    openSync: (...args: Parameters<typeof fs.openSync>) => {
      reads.opened.push(String(args[0]));
      return fs.openSync(...args);
    },
    readlinkSync: (...args: Parameters<typeof fs.readlinkSync>) => {
      reads.linksRead.push(String(args[0]));
      return fs.readlinkSync(...args);
    },
    get promises() {
      reads.promisesTouched++;
      return fs.promises;
    },
  };
});

/** The files of process `pid` the listing opened or followed, by name (`stat`, `exe`, …), in order. */
const touched = (root: string, pid: number) =>
  [...reads.opened, ...reads.linksRead].filter((path) => path.startsWith(`${root}/${pid}/`)).map((path) => path.slice(`${root}/${pid}/`.length)).sort();

describe('what a one-shot listing of /proc reads', () => {
  beforeEach(() => {
    reads.opened.length = 0;
    reads.linksRead.length = 0;
    reads.promisesTouched = 0;
  });

  it('takes the name from the stat line and the long name from the executable: stat, exe and status read, never comm or cmdline', async () => {
    const proc = fakeProc();
    // comm and cmdline would each change the answer if they were read.
    proc.put(100, { name: 'AutoEntry.SyncA', exe: '/opt/ae/AutoEntry.SyncApp', comm: 'renamed\n', cmdline: '/tmp/AutoEntry.SyncA-other\0' });
    const [listed] = await readProcProcesses(proc.root, proc.passwd);
    expect(listed).toEqual({ pid: 100, name: 'AutoEntry.SyncApp', path: '/opt/ae/AutoEntry.SyncApp', user: 'bookkeeper', sessionId: 1, startedAt: new Date((1764000000 + 5) * 1000).toISOString() });
    expect(touched(proc.root, 100)).toEqual(['exe', 'stat', 'status']);
    proc.remove();
  });

  it('reads cmdline when the executable cannot give the name: another user’s process (no exe link) or a program that renamed itself', async () => {
    const proc = fakeProc();
    proc.put(200, { name: 'systemd-journal', exe: null, cmdline: '/lib/systemd/systemd-journald\0', uid: 0 });
    proc.put(201, { name: 'Sync Doctor', exe: '/opt/electron/electron', cmdline: '/opt/Sync Doctor Helper\0--type=gpu\0' });
    proc.put(202, { name: 'bash', exe: null, cmdline: '-bash\0' });
    const listed = await readProcProcesses(proc.root, proc.passwd);
    expect(listed.map((p) => [p.pid, p.name, p.path, p.user])).toEqual([
      [200, 'systemd-journald', undefined, 'root'],
      [201, 'Sync Doctor Helper', '/opt/electron/electron', 'bookkeeper'],
      [202, 'bash', undefined, 'bookkeeper'],
    ]);
    for (const pid of [200, 201, 202]) expect(touched(proc.root, pid)).toContain('cmdline');
    expect(touched(proc.root, 200)).not.toContain('comm');
    proc.remove();
  });

  it('names many such processes right, each from its own cmdline, though their reads share buffers (more than are read at once)', async () => {
    const proc = fakeProc();
    const pids = Array.from({ length: 70 }, (_, i) => 300 + i);
    // Long and short first arguments, some without the closing NUL: a shorter one must not show the rest of a longer one read before it.
    for (const pid of pids) proc.put(pid, { name: `w${pid}`, exe: null, cmdline: pid % 2 === 0 ? `/usr/lib/w${pid}-${'x'.repeat(pid % 7 * 40)}\0--a\0` : `w${pid}y` });
    const listed = await readProcProcesses(proc.root, proc.passwd);
    expect(listed.map((p) => p.name)).toEqual(pids.map((pid) => (pid % 2 === 0 ? `w${pid}-${'x'.repeat(pid % 7 * 40)}` : `w${pid}y`)));
    proc.remove();
  });

  it('reads neither exe nor cmdline of a kernel thread (it has neither), and still its user', async () => {
    const proc = fakeProc();
    proc.put(2, { name: 'kthreadd', flags: KERNEL_THREAD_FLAGS, exe: null, cmdline: '', uid: 0 });
    proc.put(40, { name: 'kworker/0:1-events', flags: KERNEL_THREAD_FLAGS, exe: null, cmdline: 'not-read\0', uid: 0 });
    const listed = await readProcProcesses(proc.root, proc.passwd);
    expect(listed.map((p) => [p.pid, p.name, p.path, p.user])).toEqual([[2, 'kthreadd', undefined, 'root'], [40, 'kworker/0:1-events', undefined, 'root']]);
    expect(touched(proc.root, 40)).toEqual(['stat', 'status']);
    proc.remove();
  });

  it('leaves out zombies and a process that ended while it was read, and reads comm where there is no stat line', async () => {
    const proc = fakeProc();
    proc.put(500, { name: 'defunct', state: 'Z' });
    proc.put(501, { name: 'gone', uid: null }); // its status went with it after its stat line was read
    proc.put(502, { name: 'nostat', stat: false, comm: 'nostat\n' });
    const listed = await readProcProcesses(proc.root, proc.passwd);
    expect(listed).toEqual([{ pid: 502, name: 'nostat', path: '/opt/nostat', user: 'bookkeeper', sessionId: 1 }]);
    proc.remove();
  });

  it('reads one file per known process when it lists again (the watch), and never loads fs.promises', async () => {
    const proc = fakeProc();
    const cache: ProcessReadCache = new Map();
    proc.put(600, { name: 'sleep' });
    proc.put(601, { name: 'renamed-self', exe: '/usr/bin/python3' });
    const first = await readProcProcesses(proc.root, proc.passwd, cache);
    reads.opened.length = 0;
    reads.linksRead.length = 0;
    expect(await readProcProcesses(proc.root, proc.passwd, cache)).toEqual(first);
    expect([touched(proc.root, 600), touched(proc.root, 601)]).toEqual([['stat'], ['stat']]);
    expect(reads.promisesTouched).toBe(0);
    proc.remove();
  });
});
