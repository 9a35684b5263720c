import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliDeps } from '../../src-main/cli/cli-deps.js';
import type { CliIo } from '../../src-main/cli/cli-io.js';
import { openElectronSettingsStore } from '../../src-main/electron/electron-settings-store.js';
import { loadSettingsForCli, openSettingsStore } from '../../src-main/settings/settings-store.js';
import { DEFAULT_SETTINGS } from '../../src-shared/settings/settings-schema.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sd-electron-settings-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const harbourCafe = {
  ...DEFAULT_SETTINGS,
  companies: [{ id: 'a', name: 'Harbour Cafe', software: 'quickbooks' as const, path: 'C:\\QB\\Harbour Cafe.QBW' }],
  syncAppPatterns: ['AutoEntry', 'AE Sync'],
  timeoutMs: 8000,
  logLevel: 'debug' as const,
};

function cliIo(env: Record<string, string | undefined>): CliIo {
  return { stdout: () => undefined, stderr: () => undefined, isTTY: false, stderrIsTTY: false, env, stopSignal: new AbortController().signal };
}

describe('the desktop app keeps its settings with electron-store, in the file the CLI reads with conf', () => {
  it('what the app saves, the CLI reads: one config.json, versioned by the settings format, not the app', async () => {
    const app = openElectronSettingsStore({ directory: dir });
    expect(app.path).toBe(join(dir, 'config.json'));
    app.save(harbourCafe);
    expect(readdirSync(dir)).toEqual(['config.json']);
    const onDisk = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));
    expect(onDisk.__internal__.migrations.version).toBe('1.0.0');
    expect(onDisk.companies[0].name).toBe('Harbour Cafe');
    expect(openSettingsStore({ directory: dir }).get()).toEqual(harbourCafe);
    expect(await loadSettingsForCli({ directory: dir })).toEqual(harbourCafe);
    expect(await cliDeps(cliIo({ SYNC_DOCTOR_CONFIG_DIR: dir })).loadSettings()).toEqual(harbourCafe);
  });

  it('what the CLI’s preview saved with conf, the app reads', () => {
    openSettingsStore({ directory: dir }).save(harbourCafe);
    expect(openElectronSettingsStore({ directory: dir }).get()).toEqual(harbourCafe);
  });

  it('migrates an old single-path file the same way conf does', () => {
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ autoentryPath: 'S:\\Accounts\\Company.000', syncAppName: 'AutoEntry Sync' }));
    const app = openElectronSettingsStore({ directory: dir });
    expect(app.get()).toMatchObject({ companies: [{ path: 'S:\\Accounts\\Company.000' }], syncAppPatterns: ['AutoEntry Sync'] });
    expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')).__internal__.migrations.version).toBe('1.0.0');
  });

  it('sets a corrupt file aside, as the conf store does', () => {
    writeFileSync(join(dir, 'config.json'), '{"companies": [');
    const app = openElectronSettingsStore({ directory: dir, now: () => new Date('2026-11-21T10:00:00.000Z') });
    expect(app.get()).toEqual(DEFAULT_SETTINGS);
    expect(app.notice).toContain('config.corrupt-2026-11-21T10-00-00-000Z.json');
  });

  it('the CLI never creates the file: a check on a new PC reads the defaults and writes nothing', async () => {
    expect(await cliDeps(cliIo({ SYNC_DOCTOR_CONFIG_DIR: dir })).loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(existsSync(join(dir, 'config.json'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
