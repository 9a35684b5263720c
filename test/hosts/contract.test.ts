import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as posixJoin, win32 } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Host } from '../../src-main/host/host.js';
import { createPosixHost } from '../../src-main/host/posix/posix-host.js';
import { createWindowsHost } from '../../src-main/host/windows/windows-host.js';
import { createSnapshotHost } from '../../src-main/host/snapshot/snapshot-host.js';
import { createPosixSnapshotHost } from '../../src-main/host/posix/posix-snapshot-host.js';
import { MACHINE_FORMAT, type MachineSnapshot } from '../../src-shared/model/machine-snapshot-schema.js';
import { recordedRunner, replay } from './support/recorded-runner.js';
import { startFakeSyncApp } from './support/autoentry-process.js';

/**
 * The same expectations over every Host adapter, so they cannot drift apart. Each subject
 * builds one small world: a Sage dataset (`Company.000\ACCDATA\SETUP.DTA`, 4096 bytes, written
 * 2026-11-20 09:10 UTC), a `COMPANY` list beside it, and a running AutoEntry process.
 */
interface ContractWorld {
  host: Host;
  join: (...parts: string[]) => string;
  root: string;
  syncAppPid: number;
  /** Ends the AutoEntry process, where the adapter can see a process end (a snapshot cannot). */
  stopSyncApp?: () => Promise<void>;
  dispose: () => Promise<void>;
}

const COMPANY_TEXT = 'Company.000\r\n';
const SETUP_MTIME = '2026-11-20T09:10:00.000Z';

function buildTempTree(): string {
  const root = mkdtempSync(posixJoin(tmpdir(), 'sd-contract-'));
  const accdata = posixJoin(root, 'Company.000', 'ACCDATA');
  mkdirSync(accdata, { recursive: true });
  writeFileSync(posixJoin(accdata, 'SETUP.DTA'), Buffer.alloc(4096));
  const mtime = new Date(SETUP_MTIME);
  utimesSync(posixJoin(accdata, 'SETUP.DTA'), mtime, mtime);
  writeFileSync(posixJoin(root, 'COMPANY'), COMPANY_TEXT);
  return root;
}

/** The same world as a machine snapshot, rooted at `root` and spelled with `join`. */
function snapshotWorld(root: string, join: (...parts: string[]) => string): MachineSnapshot {
  return {
    format: MACHINE_FORMAT,
    capturedAt: '2026-11-20T09:30:00Z',
    host: { computerName: 'OFFICE-PC1', userName: 'jane', sessionId: 1 },
    env: {},
    drives: { 'C:': { kind: 'fixed' } },
    files: {
      [join(root, 'Company.000', 'ACCDATA', 'SETUP.DTA')]: { size: 4096, mtime: SETUP_MTIME },
      [join(root, 'COMPANY')]: { text: COMPANY_TEXT },
    },
    processes: [{ pid: 5230, name: 'AutoEntry.SyncApp.exe', sessionId: 1 }],
    services: [],
    registry: {},
  };
}

const contractSubjects: Array<{ name: string; build: () => Promise<ContractWorld> }> = [
  {
    name: 'POSIX host (temp tree, real process)',
    async build() {
      const root = buildTempTree();
      const app = await startFakeSyncApp();
      return {
        host: createPosixHost(),
        join: posixJoin,
        root,
        syncAppPid: app.pid,
        stopSyncApp: () => app.stop(),
        dispose: async () => {
          await app.stop();
          rmSync(root, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: 'Windows host (recorded PowerShell output, temp tree)',
    async build() {
      const root = buildTempTree();
      const alive = new Set([5230, 4120, 4, 6100]);
      const kill = (pid: number) => {
        if (!alive.has(pid)) throw Object.assign(new Error('ESRCH'), { code: 'ESRCH' });
        return true;
      };
      const host = createWindowsHost({ runner: recordedRunner({ 'powershell.exe': replay('powershell-en.json') }), env: {}, kill });
      return {
        host,
        join: posixJoin,
        root,
        syncAppPid: 5230,
        stopSyncApp: async () => void alive.delete(5230),
        dispose: async () => rmSync(root, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 'snapshot host (Windows paths)',
    async build() {
      const root = 'C:\\Data';
      return { host: createSnapshotHost(snapshotWorld(root, win32.join)), join: win32.join, root, syncAppPid: 5230, dispose: async () => undefined };
    },
  },
  {
    name: 'POSIX snapshot host (a bundle collected on Linux)',
    async build() {
      const root = '/srv/accounts';
      return { host: createPosixSnapshotHost(snapshotWorld(root, posixJoin)), join: posixJoin, root, syncAppPid: 5230, dispose: async () => undefined };
    },
  },
];

describe.each(contractSubjects)('Host contract: $name', ({ build }) => {
  let world: ContractWorld | undefined;
  afterEach(async () => {
    await world?.dispose();
    world = undefined;
  });
  const setup = async () => (world = await build());

  it('stats a file that exists as a file with its size and time', async () => {
    const { host, join, root } = await setup();
    expect(await host.stat(join(root, 'Company.000', 'ACCDATA', 'SETUP.DTA'))).toEqual({ ok: true, value: { kind: 'file', size: 4096, mtime: SETUP_MTIME } });
    expect(await host.stat(join(root, 'Company.000'))).toMatchObject({ ok: true, value: { kind: 'dir' } });
  });

  it('says a path that does not exist is missing', async () => {
    const { host, join, root } = await setup();
    expect(await host.stat(join(root, 'Company.001', 'ACCDATA'))).toMatchObject({ ok: false, error: { kind: 'missing' } });
    expect(await host.readFile(join(root, 'NOPE'), 100)).toMatchObject({ ok: false, error: { kind: 'missing' } });
    expect(await host.list(join(root, 'Company.001'))).toMatchObject({ ok: false, error: { kind: 'missing' } });
  });

  it('lists names with their kinds', async () => {
    const { host, join, root } = await setup();
    const listed = await host.list(root);
    expect(listed.ok && [...listed.value].sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: 'COMPANY', kind: 'file' },
      { name: 'Company.000', kind: 'dir' },
    ]);
    expect(await host.list(join(root, 'Company.000', 'ACCDATA'))).toEqual({ ok: true, value: [{ name: 'SETUP.DTA', kind: 'file' }] });
  });

  it('reads a small file and honours maxBytes', async () => {
    const { host, join, root } = await setup();
    const read = await host.readFile(join(root, 'COMPANY'), 1024);
    expect(read.ok && Buffer.from(read.value).toString('utf8')).toBe(COMPANY_TEXT);
    expect(await host.readFile(join(root, 'COMPANY'), 4)).toMatchObject({ ok: false, error: { kind: 'too-large' } });
  });

  it('lists the running AutoEntry process and sees it alive', async () => {
    const { host, syncAppPid } = await setup();
    const processes = await host.processes();
    const syncApp = processes.ok ? processes.value.find((p) => p.pid === syncAppPid) : undefined;
    expect(syncApp?.name).toMatch(/AutoEntry/i);
    expect(await host.processAlive(syncAppPid)).toEqual({ ok: true, value: true });
  });

  it('sees the process gone once it has stopped, and a pid nobody uses as not alive', async () => {
    const current = await setup();
    expect(await current.host.processAlive(2_000_000_000)).toEqual({ ok: true, value: false });
    if (current.stopSyncApp === undefined) return;
    await current.stopSyncApp();
    expect(await current.host.processAlive(current.syncAppPid)).toEqual({ ok: true, value: false });
  });
});
