import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src-shared/settings/default-settings.js';
import { SettingsSchema } from '../../src-shared/settings/settings-schema.js';
import { readCurrentSettingsFile } from '../../src-main/settings/current-settings-file.js';
import { openSettingsStore } from '../../src-main/settings/settings-store.js';
import { cliDeps } from '../../src-main/cli/cli-deps.js';
import type { CliIo } from '../../src-main/cli/cli-io.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sd-settings-read-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const configFile = () => join(dir, 'config.json');
const current = { __internal__: { migrations: { version: '1.0.0' } } };
const harbourCafe = { companies: [{ id: 'a', name: 'Harbour Cafe', software: 'sage', path: 'S:\\Sage\\Company.000' }], syncAppLocation: 'OFFICE-PC1', timeoutMs: 8000 };
const io = (): CliIo => ({ stdout: () => undefined, stderr: () => undefined, isTTY: false, stderrIsTTY: false, env: { SYNC_DOCTOR_CONFIG_DIR: dir }, stopSignal: new AbortController().signal });

describe('the default settings, written out', () => {
  it('are what the schema gives for an empty file', () => {
    expect(DEFAULT_SETTINGS).toEqual(SettingsSchema.parse({}));
  });
});

describe('a settings file in today’s format, read without the settings store', () => {
  it('gives what the store gives: the values, validated, with the schema’s defaults filled in, and conf’s own key left out', () => {
    writeFileSync(configFile(), JSON.stringify({ ...harbourCafe, ...current }));
    const read = readCurrentSettingsFile(configFile());
    expect(read).toEqual(openSettingsStore({ directory: dir }).get());
    expect(read).toEqual({ ...DEFAULT_SETTINGS, ...harbourCafe });
  });

  it.each([
    ['an older format (no version: conf must migrate it)', JSON.stringify({ autoentryPath: 'S:\\Accounts\\Company.000', syncAppName: 'AutoEntry Sync' })],
    ['another version', JSON.stringify({ ...harbourCafe, __internal__: { migrations: { version: '0.9.0' } } })],
    ['bad JSON', '{"companies": [ {"name": "Harbour'],
    ['not an object', '[1, 2, 3]'],
    ['a value the schema refuses', JSON.stringify({ checkIntervalSeconds: 'often', ...current })],
  ])('leaves %s to the store (undefined)', (_case, text) => {
    writeFileSync(configFile(), text);
    expect(readCurrentSettingsFile(configFile())).toBeUndefined();
  });

  it('the command line reads such a file without writing anything', async () => {
    const text = JSON.stringify({ ...harbourCafe, ...current });
    writeFileSync(configFile(), text);
    expect(await cliDeps(io()).loadSettings()).toEqual({ ...DEFAULT_SETTINGS, ...harbourCafe });
    expect(readFileSync(configFile(), 'utf8')).toBe(text);
    expect(readdirSync(dir)).toEqual(['config.json']);
  });

  it('the command line still migrates an older file and sets a damaged one aside (through the store)', async () => {
    writeFileSync(configFile(), JSON.stringify({ autoentryPath: 'S:\\Accounts\\Company.000', syncAppName: 'AutoEntry Sync' }));
    expect((await cliDeps(io()).loadSettings()).syncAppPatterns).toEqual(['AutoEntry Sync']);
    expect(JSON.parse(readFileSync(configFile(), 'utf8')).__internal__.migrations.version).toBe('1.0.0');

    writeFileSync(configFile(), JSON.stringify({ checkIntervalSeconds: 'often', ...current }));
    expect(await cliDeps(io()).loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(readdirSync(dir).some((name) => name.startsWith('config.corrupt-'))).toBe(true);
  });

  it('the command line gives the defaults, and writes nothing, where there is no file', async () => {
    expect(await cliDeps(io()).loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(existsSync(configFile())).toBe(false);
  });
});
