import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src-shared/settings/settings-schema.js';
import { createAppActions } from '../../src-main/actions/app-actions.js';
import { startSyncApp } from '../../src-main/actions/start-sync-app.js';
import { findSyncAppExecutable, installRoots, isOnLocalDrive, type ExecutableLookup } from '../../src-main/actions/sync-app-executable.js';
import { createIpcHandlers } from '../../src-main/app/ipc-handlers.js';
import { isAllowedExternalUrl } from '../../src-main/app/window-policy.js';
import { createPreviewDesktop } from '../../src-main/preview/preview-desktop.js';
import { fakeDeps, makeReport, SYNC_APP_STOPPED } from './fakes.js';

const ENV = { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\jane\\AppData\\Local' };
const ROOTS = installRoots(ENV);
const LOCAL = 'C:\\Program Files\\AutoEntry Sync';
const SYNC_APP = `${LOCAL}\\AutoEntry.SyncApp.exe`;

type Running = { kind: 'process' | 'service'; name: string; path?: string; thisSession: boolean };
function reportWith(installs: Array<{ displayName: string; installLocation?: string }>, drives: Array<{ letter: string; kind: string; remote?: string }> = [], running: Running[] = []) {
  return makeReport('error', [SYNC_APP_STOPPED], { inventory: { drives, syncApp: { running, stoppedServices: [], installed: installs } } });
}

/** Every path asked about is a file, so only the rules decide. */
function everywhere(): ExecutableLookup & { asked: string[] } {
  const asked: string[] = [];
  return { asked, isFile: async (path) => (asked.push(path), true) };
}

describe('which program "Start the Sync App" may run', () => {
  it('runs the Sync App\'s own program in an install folder under Program Files the probes found', async () => {
    const report = reportWith([{ displayName: 'AutoEntry Desktop Sync', installLocation: `${LOCAL}\\` }], [{ letter: 'C:', kind: 'fixed' }]);
    expect(await findSyncAppExecutable(report, ROOTS, everywhere())).toEqual({ found: 'one', executable: SYNC_APP });
    expect(ROOTS).toEqual(['C:\\Program Files', 'C:\\Program Files (x86)', 'C:\\Users\\jane\\AppData\\Local\\Programs']);
  });

  it('runs the program of the Sync App process the probes saw (another session\'s), when it has the Sync App\'s name', async () => {
    const seen = 'D:\\Apps\\AutoEntry\\AutoEntry.SyncApp.exe';
    const report = reportWith([], [], [{ kind: 'process', name: 'AutoEntry.SyncApp.exe', path: seen, thisSession: false }]);
    expect(await findSyncAppExecutable(report, ROOTS, everywhere())).toEqual({ found: 'one', executable: seen });
  });

  it('never starts what the patterns name: saving ["Git", "git-bash"] does not make Git\'s git-bash.exe the Sync App', async () => {
    const git = 'C:\\Program Files\\Git';
    const report = reportWith([{ displayName: 'Git', installLocation: git }], [], [{ kind: 'process', name: 'git-bash.exe', path: `${git}\\git-bash.exe`, thisSession: false }]);
    const lookup = everywhere();
    expect(await findSyncAppExecutable(report, ROOTS, lookup)).toEqual({ found: 'one', executable: `${git}\\AutoEntry.SyncApp.exe` });
    expect(lookup.asked.every((path) => path.endsWith('\\AutoEntry.SyncApp.exe'))).toBe(true);
    const noSuchFile: ExecutableLookup = { isFile: async (path) => path.endsWith('git-bash.exe') };
    expect(await findSyncAppExecutable(report, ROOTS, noSuchFile)).toEqual({ found: 'none' });
  });

  it('never runs a planted "AutoEntry Helper.exe" beside it, or anything whose name only contains a pattern', async () => {
    const files = new Set([`${LOCAL}\\AutoEntry Helper.exe`, `${LOCAL}\\AutoEntry.exe`]);
    const report = reportWith([{ displayName: 'AutoEntry Sync', installLocation: LOCAL }], [], [{ kind: 'process', name: 'AutoEntry Helper.exe', path: `${LOCAL}\\AutoEntry Helper.exe`, thisSession: false }]);
    expect(await findSyncAppExecutable(report, ROOTS, { isFile: async (path) => files.has(path) })).toEqual({ found: 'none' });
  });

  it('an Uninstall entry (HKCU\'s are the user\'s to write) points nowhere outside Program Files and %LOCALAPPDATA%\\Programs', async () => {
    for (const installLocation of ['C:\\Users\\Public\\AutoEntry', 'C:\\', 'C:\\Program Files', 'C:\\Program Files Evil\\AutoEntry', 'C:\\Users\\jane\\AppData\\Local\\AutoEntry', 'C:\\Windows\\Temp']) {
      const report = reportWith([{ displayName: 'AutoEntry Sync', installLocation }]);
      const lookup = everywhere();
      expect(await findSyncAppExecutable(report, ROOTS, lookup), installLocation).toEqual({ found: 'none' });
      expect(lookup.asked).toEqual([]);
    }
    const perUser = 'C:\\Users\\jane\\AppData\\Local\\Programs\\AutoEntry';
    expect(await findSyncAppExecutable(reportWith([{ displayName: 'AutoEntry Sync', installLocation: perUser }]), ROOTS, everywhere())).toEqual({ found: 'one', executable: `${perUser}\\AutoEntry.SyncApp.exe` });
  });

  it('refuses when more than one different program could be the Sync App', async () => {
    const report = reportWith([
      { displayName: 'AutoEntry Sync', installLocation: LOCAL },
      { displayName: 'AutoEntry Sync (old)', installLocation: 'C:\\Program Files (x86)\\AutoEntry' },
      { displayName: 'AutoEntry Sync again', installLocation: 'c:\\program files\\autoentry sync' },
    ]);
    expect(await findSyncAppExecutable(report, ROOTS, everywhere())).toEqual({ found: 'several', executables: [SYNC_APP, 'C:\\Program Files (x86)\\AutoEntry\\AutoEntry.SyncApp.exe'] });
    const spawnDetached = vi.fn(async () => ({ ok: true as const }));
    const outcome = await startSyncApp({ report, settings: DEFAULT_SETTINGS, recheck: async () => report }, { lookup: everywhere(), roots: ROOTS, spawnDetached, wait: async () => {} });
    expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/more than one Sync App program/) });
    expect(spawnDetached).not.toHaveBeenCalled();
  });

  it('never runs anything from a UNC path, a mapped network drive, a path with steps up or one Windows would read otherwise', async () => {
    const lookup = everywhere();
    const network = [{ letter: 'S:', kind: 'network', remote: '\\\\FILESRV\\Apps' }];
    for (const path of ['\\\\FILESRV\\Apps\\AutoEntry.SyncApp.exe', 'S:\\Apps\\AutoEntry.SyncApp.exe', 'C:\\Program Files\\AutoEntry\\..\\..\\Users\\Public\\AutoEntry.SyncApp.exe', '\\\\?\\C:\\AutoEntry\\AutoEntry.SyncApp.exe', 'C:\\Users\\Public\\x.\\AutoEntry.SyncApp.exe']) {
      const report = reportWith([], network, [{ kind: 'process', name: 'AutoEntry.SyncApp.exe', path, thisSession: false }]);
      expect(await findSyncAppExecutable(report, ROOTS, lookup), path).toEqual({ found: 'none' });
    }
    for (const installLocation of ['C:\\Program Files\\AutoEntry\\..\\..\\Users\\Public', 'C:\\Program Files\\AutoEntry.']) {
      expect(await findSyncAppExecutable(reportWith([{ displayName: 'AutoEntry Sync', installLocation }]), ROOTS, lookup), installLocation).toEqual({ found: 'none' });
    }
    expect(lookup.asked).toEqual([]);
    expect(installRoots({ ProgramFiles: '\\\\FILESRV\\Programs', 'ProgramFiles(x86)': 'relative', LOCALAPPDATA: 'C:\\Users\\jane.\\AppData' })).toEqual([]);
    expect(isOnLocalDrive('D:\\Apps', makeReport('ok', [], { inventory: { drives: [{ letter: 'D:', kind: 'removable' }] } }))).toBe(false);
    expect(isOnLocalDrive('D:\\Apps', undefined)).toBe(true);
  });

  it('ignores an executable in the settings, even when one is set', async () => {
    const spawnDetached = vi.fn(async () => ({ ok: true as const }));
    const settings = { ...DEFAULT_SETTINGS, syncAppExecutable: 'C:\\Windows\\System32\\calc.exe' };
    const outcome = await startSyncApp({ report: makeReport('error', [SYNC_APP_STOPPED]), settings, recheck: async () => makeReport('error') }, { lookup: everywhere(), roots: ROOTS, spawnDetached, wait: async () => {} });
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(/Start menu/);
    expect(spawnDetached).not.toHaveBeenCalled();
  });

  it('through the preview: saving a program in settings and pressing Start runs nothing', async () => {
    const spawn = vi.fn(() => ({ on: () => undefined, unref: () => undefined }));
    const desktop = createPreviewDesktop({ thisPc: () => true, platform: 'win32', env: {}, spawn });
    const fakes = fakeDeps({ actions: createAppActions(desktop, isAllowedExternalUrl) });
    fakes.reports.publish(makeReport('error', [SYNC_APP_STOPPED]));
    const handlers = createIpcHandlers(fakes.deps);
    // A key the settings no longer have (an older app's, or a hostile page's): dropped on save.
    const saved = { ...DEFAULT_SETTINGS, syncAppExecutable: '\\\\attacker\\share\\payload.exe' };
    await handlers['settings-save'](saved);
    const outcome = await handlers['syncapp-start']({});
    expect(outcome.ok).toBe(false);
    expect(spawn).not.toHaveBeenCalled();
  });
});
