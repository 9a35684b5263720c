import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SETTINGS_FORMAT_VERSION } from '../../src-main/settings/settings-migrations.js';
import { loadSettingsForCli, openSettingsStore } from '../../src-main/settings/settings-store.js';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'sd-settings-retired-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const configFile = () => join(dir, 'config.json');
const onDisk = () => JSON.parse(readFileSync(configFile(), 'utf8')) as Record<string, unknown>;

/** A settings file an older Sync Doctor wrote, when the Sync App's program could be set by hand. */
const OLD_FILE = {
  __internal__: { migrations: { version: SETTINGS_FORMAT_VERSION } },
  companies: [{ id: 'a', name: 'Harbour Cafe', software: 'quickbooks', path: 'C:\\QB\\Harbour Cafe.QBW' }],
  syncAppPatterns: ['AutoEntry'],
  syncAppExecutable: 'C:\\Program Files (x86)\\AutoEntry\\Sync App\\AutoEntry.SyncApp.exe',
  timeoutMs: 7000,
};

describe('a settings file with syncAppExecutable (no longer used)', () => {
  it('loads without a notice, keeping everything else, for the app and the CLI', async () => {
    writeFileSync(configFile(), JSON.stringify(OLD_FILE));
    const store = openSettingsStore({ directory: dir });
    expect(store.notice).toBeUndefined();
    expect(store.get()).toMatchObject({ timeoutMs: 7000, companies: [{ name: 'Harbour Cafe' }] });
    expect(store.get()).not.toHaveProperty('syncAppExecutable');
    expect(await loadSettingsForCli({ directory: dir })).toMatchObject({ timeoutMs: 7000 });
    expect(readdirSync(dir)).toEqual(['config.json']);
  });

  it('is gone from the file after the next save, and is not written back when given', () => {
    writeFileSync(configFile(), JSON.stringify(OLD_FILE));
    const store = openSettingsStore({ directory: dir });
    store.save({ ...store.get(), timeoutMs: 8000 });
    expect(onDisk()).not.toHaveProperty('syncAppExecutable');
    expect(onDisk()).toMatchObject({ timeoutMs: 8000 });
    const withOldKey = { ...store.get(), syncAppExecutable: 'C:\\Windows\\System32\\calc.exe' };
    expect(store.save(withOldKey)).not.toHaveProperty('syncAppExecutable');
    expect(onDisk()).not.toHaveProperty('syncAppExecutable');
  });
});

