import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src-shared/settings/settings-schema.js';
import { findSyncAppExecutable, installLocations, isOnLocalDrive, type ExecutableLookup } from '../../src-main/actions/sync-app-executable.js';
import { makeReport, SYNC_APP_STOPPED } from './fakes.js';

// Which program "Start the Sync App" would run, among the files of the install folders the
// probes found: never an uninstaller, updater or crash helper, never one that is not a file.
const PATTERNS = DEFAULT_SETTINGS.syncAppPatterns;
const LOCAL = 'C:\\Program Files\\AutoEntry Sync';

const withInstalls = (installed: Array<{ displayName: string; installLocation?: string }>, drives: unknown[] = []) =>
  makeReport('error', [SYNC_APP_STOPPED], { inventory: { drives, syncApp: { running: [], stoppedServices: [], installed } } });
const folders = (files: Record<string, string[]>, notFiles: string[] = []): ExecutableLookup => ({
  list: async (folder) => files[folder] ?? [],
  isFile: async (path) => !notFiles.includes(path) && Object.entries(files).some(([dir, names]) => names.some((n) => `${dir}\\${n}` === path)),
});
const entry = { displayName: 'AutoEntry Desktop Sync', installLocation: LOCAL };

describe('the Sync App program among the files of its install folder', () => {
  it('never an uninstaller, updater or crash helper, even when it is the only program there', async () => {
    for (const helper of ['unins000.exe', 'Uninstall AutoEntry.exe', 'Update.exe', 'Squirrel.exe', 'crashpad_handler.exe', 'createdump.exe', 'UNINS001.EXE']) {
      expect(await findSyncAppExecutable(withInstalls([entry]), PATTERNS, folders({ [LOCAL]: [helper] })), helper).toBeUndefined();
    }
  });

  it('the only program of a matching install, in any case of .exe; not a library or a name with a folder in it', async () => {
    expect(await findSyncAppExecutable(withInstalls([entry]), PATTERNS, folders({ [LOCAL]: ['Sync.EXE', 'Sync.dll', 'readme.txt'] }))).toBe(`${LOCAL}\\Sync.EXE`);
    expect(await findSyncAppExecutable(withInstalls([entry]), PATTERNS, folders({ [LOCAL]: ['sub\\AutoEntry.exe'] }))).toBeUndefined();
    // Only a name that starts as a helper's is a helper.
    expect(await findSyncAppExecutable(withInstalls([entry]), PATTERNS, folders({ [LOCAL]: ['Sync with auto-update.exe'] }))).toBe(`${LOCAL}\\Sync with auto-update.exe`);
    expect(await findSyncAppExecutable(withInstalls([entry]), PATTERNS, folders({ [LOCAL]: ['AutoEntry.exe.config'] }))).toBeUndefined();
  });

  it('a listed name that is not a file is not run; the next install is looked at', async () => {
    const second = 'D:\\Apps\\AutoEntry';
    const report = withInstalls([entry, { displayName: 'AutoEntry Sync', installLocation: `  ${second}  ` }], [{ letter: 'D:', kind: 'fixed' }]);
    const lookup = folders({ [LOCAL]: ['AutoEntry.exe'], [second]: ['AutoEntry.exe'] }, [`${LOCAL}\\AutoEntry.exe`]);
    expect(await findSyncAppExecutable(report, PATTERNS, lookup)).toBe(`${second}\\AutoEntry.exe`);
  });

  it('an install without a folder, or with a blank one, is skipped', async () => {
    const report = withInstalls([{ displayName: 'AutoEntry Sync' }, { displayName: 'AutoEntry Sync', installLocation: '   ' }, entry]);
    expect(await findSyncAppExecutable(report, PATTERNS, folders({ [LOCAL]: ['AutoEntry.exe'] }))).toBe(`${LOCAL}\\AutoEntry.exe`);
    expect(installLocations(report)).toEqual([LOCAL]);
    expect(installLocations(undefined)).toEqual([]);
  });

  it('patterns are trimmed, and one or two letters never pick a program', async () => {
    const report = withInstalls([{ displayName: 'Harbour Tools', installLocation: 'C:\\Tools' }]);
    const lookup = folders({ 'C:\\Tools': ['ht.exe', 'other.exe'] });
    expect(await findSyncAppExecutable(report, ['  Harbour  '], folders({ 'C:\\Tools': ['ht.exe'] }))).toBe('C:\\Tools\\ht.exe');
    expect(await findSyncAppExecutable(report, ['ht'], lookup)).toBeUndefined();
    expect(await findSyncAppExecutable(report, ['Har'], folders({ 'C:\\Tools': ['ht.exe'] }))).toBe('C:\\Tools\\ht.exe');
  });
});

describe('a folder on a drive of this PC', () => {
  it('a drive path on a fixed or unlisted drive; never UNC, network, removable, with device or step names, or with characters no path has', () => {
    const report = makeReport('ok', [], { inventory: { drives: [{ letter: 'c:', kind: 'fixed' }, { letter: 'N:', kind: 'network' }, { letter: 'E:', kind: 'removable' }] } });
    expect(isOnLocalDrive('C:\\Program Files\\AutoEntry', report)).toBe(true);
    expect(isOnLocalDrive('c:\\Program Files\\AutoEntry', report)).toBe(true);
    expect(isOnLocalDrive('F:\\Apps', report)).toBe(true);
    for (const path of ['N:\\Apps', 'E:\\Apps', '\\\\SRV\\Apps', 'C:Apps', 'C:\\\\Apps', 'C:\\Apps\\..', 'C:\\Apps\\.\\x', 'C:\\a"b', 'C:\\a<b', 'C:\\a|b', 'C:\\a*b', 'C:\\a?b', 'C:\\a\u0001b', 'AB:\\x']) {
      expect(isOnLocalDrive(path, report), path).toBe(false);
    }
    expect(isOnLocalDrive('C:\\Apps\\..x', report)).toBe(true);
  });
});
