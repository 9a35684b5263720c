import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src-shared/settings/settings-schema.js';
import { ReportSchema } from '../../src-shared/model/report-schema.js';
import { createLiveHost } from '../../src-main/host/live-host.js';
import { runCliCaptured } from '../support/cli-harness.js';
import { startFakeSyncApp, type RunningFakeSyncApp } from './support/autoentry-process.js';

/** `sync-doctor check` against this Linux machine itself, through the live host. */
describe('check on the live host of this machine', () => {
  let root: string;
  let app: RunningFakeSyncApp | undefined;
  const appName = `AutoEntry.Live-${process.pid}`;
  const deps = { createLiveHost, loadSettings: async () => ({ ...DEFAULT_SETTINGS, syncAppPatterns: [appName] }) };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'sd-live-'));
    mkdirSync(join(root, 'Company.000', 'ACCDATA'), { recursive: true });
    writeFileSync(join(root, 'Company.000', 'ACCDATA', 'SETUP.DTA'), Buffer.alloc(1024));
  });
  afterEach(async () => {
    await app?.stop();
    app = undefined;
    rmSync(root, { recursive: true, force: true });
  });

  it('picks the POSIX host here', async () => {
    expect((await createLiveHost()).flavour).toBe(process.platform === 'win32' ? 'windows' : 'posix');
    expect((await createLiveHost({ platform: 'win32' })).flavour).toBe('windows');
    expect((await createLiveHost({ platform: 'darwin' })).flavour).toBe('posix');
  });

  it('finds the dataset AutoEntry points at and the running Sync App', async () => {
    app = await startFakeSyncApp(appName);
    const run = await runCliCaptured(['check', '--json', '--autoentry-path', join(root, 'Company.000', 'ACCDATA')], { deps });
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    const codes = report.findings.map((f) => f.code);
    expect(codes).toContain('path.match');
    expect(codes).toContain('syncapp.running');
    expect(run.code).toBe(0);
  });

  it('says the Sync App is not running once it has stopped, and a wrong path is missing', async () => {
    const run = await runCliCaptured(['check', '--json', '--autoentry-path', join(root, 'Company.001')], { deps });
    const codes = ReportSchema.parse(JSON.parse(run.stdout)).findings.map((f) => f.code);
    expect(codes).not.toContain('syncapp.running');
    expect(codes).toContain('path.missing');
    expect(run.code).toBe(2);
  });
});
