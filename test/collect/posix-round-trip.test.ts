import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../src-main/check/run-check.js';
import { collectSnapshot } from '../../src-main/collect/collect-snapshot.js';
import { createPosixHost } from '../../src-main/host/posix/posix-host.js';
import { createPosixSnapshotHost } from '../../src-main/host/posix/posix-snapshot-host.js';
import { startFakeSyncApp, type RunningFakeSyncApp } from '../hosts/support/autoentry-process.js';
import { verdict } from './support.js';

/**
 * On this Linux machine: `check` on the live POSIX host and `check` on a snapshot collected
 * from it say the same, for a file server holding a Sage dataset and a QuickBooks company file,
 * with the Sync App running and then stopped.
 */
describe('collect round trip on the live POSIX host', () => {
  let root: string;
  let app: RunningFakeSyncApp | undefined;
  // Other programs on this machine may run processes named AutoEntry too: this test's own name.
  const appName = `AutoEntry.SyncApp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'sd-roundtrip-'));
    const accdata = join(root, 'Accounts', 'Smith Plumbing', 'Company.000', 'ACCDATA');
    mkdirSync(accdata, { recursive: true });
    writeFileSync(join(accdata, 'SETUP.DTA'), Buffer.alloc(8192, 1));
    writeFileSync(join(accdata, 'SALES.DTA'), Buffer.alloc(2048, 2));
    const qb = join(root, 'QuickBooks', 'Jones Ltd');
    mkdirSync(qb, { recursive: true });
    writeFileSync(join(qb, 'Jones Ltd.QBW'), Buffer.alloc(16384, 3));
    writeFileSync(join(qb, 'Jones Ltd.QBW.ND'), '[NetConnect]\r\nServerIp=192.168.1.20\r\nEngineName=QB_FILESRV_34\r\nServerPort=55378\r\nServerMode=1\r\n');
  });
  afterEach(async () => {
    await app?.stop();
    app = undefined;
    rmSync(root, { recursive: true, force: true });
  });

  const inputsFor = () => ({
    autoentryPaths: [
      join(root, 'Accounts', 'Smith Plumbing', 'Company.000'),
      join(root, 'QuickBooks', 'Jones Ltd', 'Jones Ltd.QBW'),
      join(root, 'Accounts', 'Gone Ltd', 'Company.000'),
    ],
    syncAppPatterns: [appName],
  });

  async function bothWays(redact: boolean) {
    const inputs = inputsFor();
    const live = await runCheck(createPosixHost(), inputs, { timeoutMs: 5000 });
    const collected = await collectSnapshot(createPosixHost(), inputs, { timeoutMs: 5000, redact });
    expect(collected.pathFlavour).toBe('posix');
    // As `check --machine` does: the inputs the bundle was collected with (redacted with it).
    const replayInputs = { ...inputs, autoentryPaths: collected.checkInputs.autoentryPaths, syncAppPatterns: collected.checkInputs.syncAppPatterns };
    const replayed = await runCheck(createPosixSnapshotHost(collected), replayInputs, { timeoutMs: 5000 });
    return { live, replayed, collected };
  }

  it('says the same with the Sync App running', async () => {
    app = await startFakeSyncApp(appName);
    const { live, replayed, collected } = await bothWays(false);
    expect(verdict(live).map((f) => f.code)).toContain('syncapp.running');
    expect(verdict(replayed)).toEqual(verdict(live));
    expect(replayed.status).toBe(live.status);
    expect(collected.processes.map((p) => p.name)).toEqual([appName]);
    const setup = Object.entries(collected.files).find(([p]) => p.endsWith('SETUP.DTA'))?.[1];
    expect(setup).toEqual({ size: 8192, mtime: expect.any(String) });
    const nd = Object.entries(collected.files).find(([p]) => p.endsWith('.ND'))?.[1];
    expect(nd?.text).toContain('EngineName=QB_FILESRV_34');
  });

  it('says the same with the Sync App stopped', async () => {
    const { live, replayed } = await bothWays(false);
    expect(verdict(live).map((f) => f.code)).not.toContain('syncapp.running');
    expect(verdict(replayed)).toEqual(verdict(live));
  });

  it('says the same from the redacted bundle, which names no client', async () => {
    app = await startFakeSyncApp(appName);
    const { live, replayed, collected } = await bothWays(true);
    expect(verdict(replayed)).toEqual(verdict(live));
    const text = JSON.stringify(collected);
    for (const secret of ['Smith Plumbing', 'Jones Ltd', 'Gone Ltd', '192.168.1.20', 'FILESRV']) expect(text).not.toContain(secret);
  });
});
