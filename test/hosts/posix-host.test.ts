import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPosixHost } from '../../src-main/host/posix/posix-host.js';
import type { CommandRunner } from '../../src-main/host/node/command-runner.js';
import { startFakeSyncApp, type RunningFakeSyncApp } from './support/autoentry-process.js';

describe('POSIX host on a real temp tree', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'sd-posix-'));
    mkdirSync(join(root, 'Company.000', 'ACCDATA'), { recursive: true });
    writeFileSync(join(root, 'Company.000', 'ACCDATA', 'SETUP.DTA'), Buffer.alloc(4096));
    writeFileSync(join(root, 'COMPANY'), `${root}/Company.000\r\n`);
    symlinkSync(join(root, 'Company.000'), join(root, 'Linked'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const host = createPosixHost();

  it('stats a dataset file with its size and time, and a folder as a folder', async () => {
    const file = await host.stat(join(root, 'Company.000', 'ACCDATA', 'SETUP.DTA'));
    expect(file).toMatchObject({ ok: true, value: { kind: 'file', size: 4096 } });
    expect(file.ok && Date.parse(file.value.mtime)).toBeGreaterThan(Date.now() - 60_000);
    expect(await host.stat(join(root, 'Company.000'))).toMatchObject({ ok: true, value: { kind: 'dir' } });
  });

  it('says a missing path is missing, and a path through a file is the wrong kind', async () => {
    expect(await host.stat(join(root, 'Company.001'))).toMatchObject({ ok: false, error: { kind: 'missing' } });
    expect(await host.stat(join(root, 'COMPANY', 'x'))).toMatchObject({ ok: false, error: { kind: 'wrong-kind' } });
  });

  it('lists names with their kinds, following links to folders', async () => {
    const listed = await host.list(root);
    expect(listed.ok && [...listed.value].sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: 'COMPANY', kind: 'file' },
      { name: 'Company.000', kind: 'dir' },
      { name: 'Linked', kind: 'dir' },
    ]);
  });

  it('reads a small file whole and refuses one above the limit', async () => {
    const read = await host.readFile(join(root, 'COMPANY'), 1024);
    expect(read.ok && Buffer.from(read.value).toString('utf8')).toBe(`${root}/Company.000\r\n`);
    expect(await host.readFile(join(root, 'Company.000', 'ACCDATA', 'SETUP.DTA'), 100)).toMatchObject({ ok: false, error: { kind: 'too-large' } });
    expect(await host.readFile(join(root, 'Company.000'), 100)).toMatchObject({ ok: false, error: { kind: 'wrong-kind' } });
  });

  it('resolves links to the real path', async () => {
    expect(await host.realPath(join(root, 'Linked', 'ACCDATA'))).toEqual({ ok: true, value: join(root, 'Company.000', 'ACCDATA') });
  });

  it.skipIf(process.getuid?.() === 0)('says a folder this user may not read is denied', async () => {
    const locked = join(root, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o000);
    try {
      expect(await host.list(locked)).toMatchObject({ ok: false, error: { kind: 'denied' } });
    } finally {
      chmodSync(locked, 0o755);
    }
  });

  it('has no registry and no drive letters', async () => {
    expect(await host.registry(['HKLM\\SOFTWARE'])).toMatchObject({ ok: false, error: { kind: 'unsupported' } });
    expect(await host.drives()).toEqual({ ok: true, value: [] });
    expect(host.flavour).toBe('posix');
  });

  it('names this computer and user', async () => {
    const identity = await host.identity();
    expect(identity.ok && identity.value.computerName.length).toBeGreaterThan(0);
    expect(identity.ok && identity.value.sessionId).toBe(1);
  });
});

describe('POSIX host on real processes', () => {
  let app: RunningFakeSyncApp | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
  });

  it('lists a running AutoEntry process with its full name, path, user and start time', async () => {
    app = await startFakeSyncApp();
    const listed = await createPosixHost().processes();
    const mine = listed.ok ? listed.value.find((p) => p.pid === app!.pid) : undefined;
    expect(mine).toMatchObject({ name: 'AutoEntry.SyncApp', path: app.executable, sessionId: 1 });
    expect(mine?.user).toBe((await import('node:os')).userInfo().username);
    expect(Math.abs(Date.parse(mine!.startedAt!) - Date.now())).toBeLessThan(120_000);
  });

  it('sees the process alive until it is stopped', async () => {
    app = await startFakeSyncApp();
    const host = createPosixHost();
    expect(await host.processAlive(app.pid)).toEqual({ ok: true, value: true });
    await app.stop();
    expect(await host.processAlive(app.pid)).toEqual({ ok: true, value: false });
    app = undefined;
  });

  it('falls back to ps where there is no /proc', async () => {
    const runner: CommandRunner = async (request) => {
      expect(request).toMatchObject({ command: 'ps', args: ['-A', '-o', 'pid=,user=,comm='] });
      const text = '    1 root     /sbin/launchd\n  812 jane     /Applications/AutoEntry Sync.app/Contents/MacOS/AutoEntry Sync\n';
      return { ran: true, stdout: Buffer.from(text), stderr: new Uint8Array(), exitCode: 0 };
    };
    const listed = await createPosixHost({ procRoot: '/nonexistent-proc', runner }).processes();
    expect(listed).toEqual({
      ok: true,
      value: [
        { pid: 1, name: 'launchd', user: 'root', path: '/sbin/launchd' },
        { pid: 812, name: 'AutoEntry Sync', user: 'jane', path: '/Applications/AutoEntry Sync.app/Contents/MacOS/AutoEntry Sync' },
      ],
    });
  });
});
