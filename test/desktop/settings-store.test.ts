import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src-shared/settings/settings-schema.js';
import { loadSettingsForCli, openSettingsStore } from '../../src-main/settings/settings-store.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sd-settings-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const fixedNow = () => new Date('2026-11-21T10:00:00.000Z');
const configFile = () => join(dir, 'config.json');

describe('settings store', () => {
  it('starts with the defaults and no notice on a new PC', () => {
    const store = openSettingsStore({ directory: dir });
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.notice).toBeUndefined();
    expect(store.path).toBe(configFile());
  });

  it('keeps what the bookkeeper saved, for the app and the CLI alike', async () => {
    const store = openSettingsStore({ directory: dir });
    const saved = store.save({
      ...DEFAULT_SETTINGS,
      companies: [{ id: 'a', name: 'Harbour Cafe', software: 'quickbooks', path: 'C:\\QB\\Harbour Cafe.QBW' }],
      syncAppLocation: 'OFFICE-PC1',
      checkIntervalSeconds: 120,
    });
    expect(saved.companies[0]?.name).toBe('Harbour Cafe');
    expect(openSettingsStore({ directory: dir }).get()).toEqual(saved);
    expect(await loadSettingsForCli({ directory: dir })).toEqual(saved);
  });

  it('refuses to save settings that break the schema, leaving the file as it was', () => {
    const store = openSettingsStore({ directory: dir });
    store.save({ ...DEFAULT_SETTINGS, checkIntervalSeconds: 30 });
    const before = readFileSync(configFile(), 'utf8');
    expect(() => store.save({ ...DEFAULT_SETTINGS, checkIntervalSeconds: 1 })).toThrow();
    expect(readFileSync(configFile(), 'utf8')).toBe(before);
    expect(store.get().checkIntervalSeconds).toBe(30);
  });

  it('writes atomically: the file is replaced by a rename, no temporary file is left', () => {
    const store = openSettingsStore({ directory: dir });
    store.save({ ...DEFAULT_SETTINGS, timeoutMs: 3000 });
    const inodeBefore = statSync(configFile()).ino;
    store.save({ ...DEFAULT_SETTINGS, timeoutMs: 4000 });
    expect(statSync(configFile()).ino).not.toBe(inodeBefore);
    expect(readdirSync(dir)).toEqual(['config.json']);
  });

  it('migrates a v0 file (one path, one Sync App name) to v1 companies and patterns', () => {
    writeFileSync(configFile(), JSON.stringify({ autoentryPath: 'S:\\Accounts\\Company.000', syncAppName: 'AutoEntry Sync', notifications: false }));
    const store = openSettingsStore({ directory: dir });
    expect(store.notice).toBeUndefined();
    expect(store.get()).toMatchObject({
      companies: [{ id: 'company-1', software: 'unknown', path: 'S:\\Accounts\\Company.000' }],
      syncAppPatterns: ['AutoEntry Sync'],
      notifications: false,
    });
    const onDisk = JSON.parse(readFileSync(configFile(), 'utf8'));
    expect(onDisk.autoentryPath).toBeUndefined();
    expect(onDisk.__internal__.migrations.version).toBe('1.0.0');
  });

  it('does not run the v1 migration again on a v1 file', () => {
    writeFileSync(
      configFile(),
      JSON.stringify({ companies: [], autoentryPath: 'kept by a newer writer', __internal__: { migrations: { version: '1.0.0' } } }),
    );
    openSettingsStore({ directory: dir });
    expect(JSON.parse(readFileSync(configFile(), 'utf8')).autoentryPath).toBe('kept by a newer writer');
  });

  it.each([
    ['bad JSON', '{"companies": [ {"name": "Harbour'],
    ['not an object', '[1, 2, 3]'],
    ['a value the schema refuses', JSON.stringify({ checkIntervalSeconds: 'often', __internal__: { migrations: { version: '1.0.0' } } })],
  ])('moves a corrupt file (%s) aside, keeps it, loads defaults and tells the user', (_case, text) => {
    writeFileSync(configFile(), text);
    const store = openSettingsStore({ directory: dir, now: fixedNow });
    const keptAs = join(dir, 'config.corrupt-2026-11-21T10-00-00-000Z.json');
    expect(readFileSync(keptAs, 'utf8')).toBe(text);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.notice).toContain(keptAs);
    expect(store.notice).toMatch(/could not be read/);
    store.save({ ...DEFAULT_SETTINGS, logLevel: 'debug' });
    expect(readFileSync(keptAs, 'utf8')).toBe(text);
    expect(openSettingsStore({ directory: dir }).notice).toBeUndefined();
  });

  it('tells the settings library’s own failure, not a missing file, when a file set aside cannot be replaced', () => {
    writeFileSync(configFile(), '{ "companies": [ damaged');
    const refused = Object.assign(new Error('EACCES: permission denied, open config.json'), { code: 'EACCES' });
    const openFile = () => {
      throw refused;
    };
    expect(() => openSettingsStore({ directory: dir, now: fixedNow, openFile })).toThrow(refused);
    // The damaged file is kept, under its set-aside name, and nothing else was moved.
    expect(readdirSync(dir)).toEqual(['config.corrupt-2026-11-21T10-00-00-000Z.json']);
  });

  it('uses SYNC_DOCTOR_CONFIG_DIR when no folder is given', async () => {
    openSettingsStore({ directory: dir }).save({ ...DEFAULT_SETTINGS, syncAppLocation: 'SERVER' });
    expect((await loadSettingsForCli({ env: { SYNC_DOCTOR_CONFIG_DIR: dir } })).syncAppLocation).toBe('SERVER');
  });
});
