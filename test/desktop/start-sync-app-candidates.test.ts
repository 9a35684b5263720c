import { describe, expect, it } from 'vitest';
import { findSyncAppExecutable, installRoots, isOnLocalDrive, type ExecutableLookup } from '../../src-main/actions/sync-app-executable.js';
import { makeReport, SYNC_APP_STOPPED } from './fakes.js';

// Which program "Start the Sync App" would run: only the Sync App's own program file, in an
// install folder under an install root or as the program of a Sync App process the probes saw —
// never an uninstaller, updater or crash helper beside it, never one that is not a file.
const ROOTS = ['C:\\Program Files', 'C:\\Program Files (x86)'];
const LOCAL = 'C:\\Program Files\\AutoEntry Sync';
const PROGRAM = 'AutoEntry.SyncApp.exe';

const withInstalls = (installed: Array<{ displayName: string; installLocation?: string }>, drives: unknown[] = [], running: unknown[] = []) =>
  makeReport('error', [SYNC_APP_STOPPED], { inventory: { drives, syncApp: { running, stoppedServices: [], installed } } });
const files = (paths: string[]): ExecutableLookup => ({ isFile: async (path) => paths.includes(path) });
const everythingIsAFile: ExecutableLookup = { isFile: async () => true };
const entry = { displayName: 'AutoEntry Desktop Sync', installLocation: LOCAL };
const seenProcess = (path: string) => ({ kind: 'process', name: 'AutoEntry', pid: 4242, path });

describe('the Sync App program among the files of its install folder', () => {
  it('never an uninstaller, updater or crash helper, even when it is the only program there', async () => {
    for (const helper of ['unins000.exe', 'Uninstall AutoEntry.exe', 'Update.exe', 'Squirrel.exe', 'crashpad_handler.exe', 'createdump.exe', 'UNINS001.EXE']) {
      expect(await findSyncAppExecutable(withInstalls([entry]), ROOTS, files([`${LOCAL}\\${helper}`])), helper).toEqual({ found: 'none' });
      // Not even as the program of a process the probes saw.
      expect(await findSyncAppExecutable(withInstalls([], [], [seenProcess(`${LOCAL}\\${helper}`)]), ROOTS, everythingIsAFile), helper).toEqual({ found: 'none' });
    }
  });

  it('the Sync App\'s own program, in any case; not a library, a config file or a name with more in it', async () => {
    expect(await findSyncAppExecutable(withInstalls([entry]), ROOTS, files([`${LOCAL}\\${PROGRAM}`]))).toEqual({ found: 'one', executable: `${LOCAL}\\${PROGRAM}` });
    const upper = `${LOCAL}\\AUTOENTRY.SYNCAPP.EXE`;
    expect(await findSyncAppExecutable(withInstalls([], [], [seenProcess(upper)]), ROOTS, files([upper]))).toEqual({ found: 'one', executable: upper });
    for (const name of ['AutoEntry.SyncApp.dll', 'AutoEntry.SyncApp.exe.config', 'My AutoEntry.SyncApp.exe', 'AutoEntry.exe']) {
      expect(await findSyncAppExecutable(withInstalls([], [], [seenProcess(`${LOCAL}\\${name}`)]), ROOTS, everythingIsAFile), name).toEqual({ found: 'none' });
    }
  });

  it('a candidate that is not a file is not run; the next install is looked at', async () => {
    const second = 'C:\\Program Files (x86)\\AutoEntry';
    const report = withInstalls([entry, { displayName: 'AutoEntry Sync', installLocation: `  ${second}  ` }]);
    expect(await findSyncAppExecutable(report, ROOTS, files([`${second}\\${PROGRAM}`]))).toEqual({ found: 'one', executable: `${second}\\${PROGRAM}` });
    // Both present: two different programs, a refusal rather than a guess.
    expect(await findSyncAppExecutable(report, ROOTS, files([`${LOCAL}\\${PROGRAM}`, `${second}\\${PROGRAM}`]))).toEqual({
      found: 'several',
      executables: [`${LOCAL}\\${PROGRAM}`, `${second}\\${PROGRAM}`],
    });
  });

  it('an install without a folder, with a blank one, or outside the install roots, is skipped', async () => {
    const skipped = withInstalls([{ displayName: 'AutoEntry Sync' }, { displayName: 'AutoEntry Sync', installLocation: '   ' }, { displayName: 'AutoEntry Sync', installLocation: 'C:\\Tools\\AutoEntry' }]);
    expect(await findSyncAppExecutable(skipped, ROOTS, everythingIsAFile)).toEqual({ found: 'none' });
    expect(await findSyncAppExecutable(undefined, ROOTS, everythingIsAFile)).toEqual({ found: 'none' });
    const withGood = withInstalls([{ displayName: 'AutoEntry Sync' }, { displayName: 'AutoEntry Sync', installLocation: '   ' }, entry]);
    expect(await findSyncAppExecutable(withGood, ROOTS, everythingIsAFile)).toEqual({ found: 'one', executable: `${LOCAL}\\${PROGRAM}` });
  });

  it('install roots are %ProgramFiles%, %ProgramFiles(x86)% and %LOCALAPPDATA%\\Programs, trimmed; never a root that is not a full drive path', () => {
    expect(installRoots({ ProgramFiles: ' C:\\Program Files\\ ', 'ProgramFiles(x86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\bk\\AppData\\Local\\' })).toEqual([
      'C:\\Program Files',
      'C:\\Program Files (x86)',
      'C:\\Users\\bk\\AppData\\Local\\Programs',
    ]);
    expect(installRoots({ ProgramFiles: '\\\\SRV\\Apps', 'ProgramFiles(x86)': 'Program Files', LOCALAPPDATA: '  ' })).toEqual([]);
    expect(installRoots({})).toEqual([]);
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
