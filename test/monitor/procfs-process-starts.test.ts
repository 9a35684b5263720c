import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { followThisComputer } from '../../src-main/monitor/monitor-sources.js';
import { procNewestPid } from '../../src-main/host/posix/proc-file.js';
import { procfsProcessStarts } from '../../src-main/monitor/procfs-process-starts.js';

describe('noticing a new Sync App process from /proc', () => {
  let proc: string;
  const addProcess = (pid: number, comm: string, argv0 = comm, ...args: string[]): void => {
    mkdirSync(join(proc, String(pid)), { recursive: true });
    writeFileSync(join(proc, String(pid), 'comm'), `${comm}\n`);
    writeFileSync(join(proc, String(pid), 'cmdline'), `${[argv0, ...(args.length > 0 ? args : ['--flag'])].join('\0')}\0`);
  };
  beforeEach(() => {
    proc = mkdtempSync(join(tmpdir(), 'sd-proc-'));
    writeFileSync(join(proc, 'stat'), 'cpu 0');
    addProcess(1, 'systemd');
  });
  afterEach(() => rmSync(proc, { recursive: true, force: true }));

  it('says no on the first look (nothing is new yet), even when the Sync App already runs', async () => {
    addProcess(50, 'AutoEntry.SyncA');
    expect(await procfsProcessStarts(['AutoEntry'], proc)()).toBe(false);
  });

  it('learns what already runs when it is made: a Sync App started before its first question is new to it', async () => {
    // The monitor makes it before its first check and first asks it beside that check: a check
    // that ends first, and a Sync App that starts then, must not make the app "already running".
    const probe = procfsProcessStarts(['AutoEntry'], proc);
    addProcess(60, 'AutoEntry.SyncA');
    expect(await probe()).toBe(true);
    expect(await probe()).toBe(false);
  });

  it('says yes once for a new matching process, by name or by first argument, case-insensitively', async () => {
    const probe = procfsProcessStarts(['autoentry'], proc);
    await probe();
    addProcess(200, 'bash');
    expect(await probe()).toBe(false);
    addProcess(201, 'mono', '/opt/AutoEntry/AutoEntry.DesktopSync.exe');
    expect(await probe()).toBe(true);
    expect(await probe()).toBe(false);
  });

  it('does not list /proc while the newest pid (/proc/loadavg) has not moved, and lists it again once it has', async () => {
    const newest = (pid: number) => writeFileSync(join(proc, 'loadavg'), `0.20 0.18 0.12 1/80 ${pid}\n`);
    newest(1);
    const probe = procfsProcessStarts(['AutoEntry'], proc);
    await probe();
    addProcess(400, 'AutoEntry.SyncA'); // planted without a new "newest pid": not looked for
    expect(await probe()).toBe(false);
    newest(400);
    expect(await probe()).toBe(true);
    expect(await probe()).toBe(false);
  });

  it('still gives a young pid its second look when no other process has started since', async () => {
    writeFileSync(join(proc, 'loadavg'), '0.20 0.18 0.12 1/80 1\n');
    const probe = procfsProcessStarts(['AutoEntry'], proc);
    await probe();
    addProcess(500, 'node');
    writeFileSync(join(proc, 'loadavg'), '0.20 0.18 0.12 1/80 500\n');
    expect(await probe()).toBe(false);
    addProcess(500, 'AutoEntry.SyncA'); // it execs the Sync App; the newest pid stays 500
    expect(await probe()).toBe(true);
  });

  it.runIf(process.platform === 'linux')('reads the newest pid from the real /proc: a process started since has moved it', async () => {
    const newestPid = procNewestPid('/proc');
    const before = newestPid();
    expect(Number.isInteger(before)).toBe(true);
    const child = spawn('true');
    await once(child, 'exit');
    expect(newestPid()).not.toBe(before);
  });

  it('looks at a new pid once more, for a fork that execs the Sync App a moment later', async () => {
    const probe = procfsProcessStarts(['AutoEntry'], proc);
    await probe();
    addProcess(300, 'node');
    expect(await probe()).toBe(false);
    addProcess(300, 'AutoEntry.SyncA');
    expect(await probe()).toBe(true);
  });

  it('looks at a new pid twice at most: a process that is still something else on its second look is left to the full checks', async () => {
    const probe = procfsProcessStarts(['AutoEntry'], proc);
    await probe();
    addProcess(300, 'node');
    expect(await probe()).toBe(false);
    expect(await probe()).toBe(false);
    addProcess(300, 'AutoEntry.SyncA');
    expect(await probe()).toBe(false);
  });

  it('says yes when one of several new processes is the Sync App', async () => {
    const probe = procfsProcessStarts(['AutoEntry'], proc);
    await probe();
    addProcess(400, 'bash');
    addProcess(401, 'AutoEntry.SyncA');
    addProcess(402, 'cron');
    expect(await probe()).toBe(true);
  });

  it('matches on the program, not on what it was asked to open', async () => {
    const probe = procfsProcessStarts(['AutoEntry'], proc);
    await probe();
    addProcess(500, 'less', '/usr/bin/less', '/home/u/AutoEntry-notes.txt');
    expect(await probe()).toBe(false);
    addProcess(501, 'mono', 'AutoEntry.DesktopSync.exe', '--minimised');
    expect(await probe()).toBe(true);
  });

  it('matches on the program the exe link names, even when comm and the arguments say otherwise', async () => {
    const probe = procfsProcessStarts(['AutoEntry'], proc);
    await probe();
    addProcess(600, 'wine-preloader', 'C:\\windows\\start.exe');
    symlinkSync('/opt/AutoEntry/bin/sync-app', join(proc, '600', 'exe'));
    expect(await probe()).toBe(true);
  });

  it('matches on the process name alone when there are no arguments to read (a process that cleared them, a thread)', async () => {
    const probe = procfsProcessStarts(['AutoEntry'], proc);
    await probe();
    mkdirSync(join(proc, '700'));
    writeFileSync(join(proc, '700', 'comm'), 'AutoEntry.SyncA\n');
    writeFileSync(join(proc, '700', 'cmdline'), '');
    expect(await probe()).toBe(true);
    // Nothing readable at all (it ended before the look): no match, no error.
    mkdirSync(join(proc, '701'));
    expect(await probe()).toBe(false);
  });

  it.runIf(existsSync('/proc/self/stat'))('reads the system\'s /proc unless told otherwise', async () => {
    const probe = procfsProcessStarts(['no process is called this'], undefined);
    expect(await probe()).toBe(false);
    expect(await probe()).toBe(false);
  });

  it('reads only the numbered entries of /proc: a folder of another name is no process', async () => {
    rmSync(join(proc, 'stat'));
    const probe = procfsProcessStarts(['AutoEntry'], proc);
    await probe();
    for (const name of ['AutoEntry7', '7AutoEntry', 'NaN', 'net']) {
      mkdirSync(join(proc, name), { recursive: true });
      writeFileSync(join(proc, name, 'comm'), 'AutoEntry.SyncA\n');
    }
    expect(await probe()).toBe(false);
  });

  it('is used only where there is a /proc to ask', () => {
    expect(followThisComputer(['AutoEntry'], proc)).toEqual({});
    addProcess(7, 'self-ish');
    mkdirSync(join(proc, 'self'));
    writeFileSync(join(proc, 'self', 'stat'), '7 (node) S');
    expect(typeof followThisComputer(['AutoEntry'], proc).processStarts).toBe('function');
  });
});
