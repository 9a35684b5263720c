import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src-shared/settings/settings-schema.js';
import { createAppActions, type DesktopIntegration } from '../../src-main/actions/app-actions.js';
import { spawnDetachedWith } from '../../src-main/actions/node-desktop.js';
import { startSyncApp } from '../../src-main/actions/start-sync-app.js';
import { findSyncAppExecutable, installRoots, type ExecutableLookup } from '../../src-main/actions/sync-app-executable.js';
import { openWithSystem, systemOpenCommand } from '../../src-main/actions/system-opener.js';
import { isAllowedExternalUrl } from '../../src-main/app/window-policy.js';
import { makeReport, SYNC_APP_STOPPED } from './fakes.js';

const INSTALL = 'C:\\Program Files (x86)\\AutoEntry Sync';
const stoppedReport = makeReport('error', [SYNC_APP_STOPPED], {
  inventory: { syncApp: { running: [], stoppedServices: [], installed: [{ displayName: 'AutoEntry Desktop Sync', installLocation: INSTALL }] } },
});
const lookup = (files: Record<string, string[]>): ExecutableLookup => ({
  isFile: async (p) => Object.entries(files).some(([dir, names]) => names.some((n) => `${dir}\\${n}` === p)),
});
const roots = installRoots({ ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\jane\\AppData\\Local' });

describe('finding the Sync App program', () => {
  it('takes the Sync App\'s own program in the install folder from the Uninstall entry, nothing else there', async () => {
    const files = lookup({ [INSTALL]: ['unins000.exe', 'AutoEntry.SyncApp.exe', 'AutoEntry Helper.exe', 'AutoEntry.dll'] });
    expect(await findSyncAppExecutable(stoppedReport, roots, files)).toEqual({ found: 'one', executable: `${INSTALL}\\AutoEntry.SyncApp.exe` });
  });

  it('finds nothing when the folder does not hold the Sync App\'s program', async () => {
    const files = lookup({ [INSTALL]: ['unins000.exe', 'AutoEntry.exe', 'other.exe'] });
    expect(await findSyncAppExecutable(stoppedReport, roots, files)).toEqual({ found: 'none' });
    expect(await findSyncAppExecutable(undefined, roots, files)).toEqual({ found: 'none' });
  });
});

describe('starting the Sync App', () => {
  const files = lookup({ [INSTALL]: ['AutoEntry.SyncApp.exe'] });

  it('launches it detached and says it came up once a re-check sees it running', async () => {
    const spawnDetached = vi.fn(async () => ({ ok: true as const }));
    const recheck = vi.fn().mockResolvedValueOnce(stoppedReport).mockResolvedValueOnce(makeReport('ok', [{}]));
    const outcome = await startSyncApp({ report: stoppedReport, settings: DEFAULT_SETTINGS, recheck }, { lookup: files, roots, spawnDetached, wait: async () => {} });
    expect(spawnDetached).toHaveBeenCalledWith(`${INSTALL}\\AutoEntry.SyncApp.exe`);
    expect(outcome).toEqual({ ok: true, message: 'The Sync App is running now.' });
    expect(recheck).toHaveBeenCalledTimes(2);
  });

  it('says so when it was started but never came up', async () => {
    const outcome = await startSyncApp(
      { report: stoppedReport, settings: DEFAULT_SETTINGS, recheck: async () => stoppedReport },
      { lookup: files, roots, spawnDetached: async () => ({ ok: true }), wait: async () => {}, attempts: 3 },
    );
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(/not running yet/);
  });

  it('says where to look when the program cannot be found or fails to start', async () => {
    const spawnDetached = vi.fn(async () => ({ ok: false as const, message: 'ENOENT' }));
    const none = await startSyncApp({ report: makeReport('error'), settings: DEFAULT_SETTINGS, recheck: async () => stoppedReport }, { lookup: files, roots, spawnDetached, wait: async () => {} });
    expect(none.message).toMatch(/could not find/);
    expect(spawnDetached).not.toHaveBeenCalled();
    const failed = await startSyncApp({ report: stoppedReport, settings: DEFAULT_SETTINGS, recheck: async () => stoppedReport }, { lookup: files, roots, spawnDetached, wait: async () => {} });
    expect(failed).toEqual({ ok: false, message: 'The Sync App could not be started (ENOENT).' });
  });

  it('spawns detached, without a shell, in the program folder', async () => {
    const child = Object.assign(new EventEmitter(), { unref: vi.fn() });
    const spawner = vi.fn(() => child);
    expect(await spawnDetachedWith(spawner)('/opt/sync/AutoEntry.exe')).toEqual({ ok: true });
    expect(spawner).toHaveBeenCalledWith('/opt/sync/AutoEntry.exe', [], expect.objectContaining({ detached: true, shell: false, cwd: '/opt/sync' }));
    expect(child.unref).toHaveBeenCalled();
  });
});

describe('opening folders and pages', () => {
  it('uses explorer.exe on Windows and xdg-open only where there is a display', () => {
    expect(systemOpenCommand('win32', {})).toBe('explorer.exe');
    expect(systemOpenCommand('linux', { DISPLAY: ':0' })).toBe('xdg-open');
    expect(systemOpenCommand('linux', {})).toBeUndefined();
  });

  it('passes the target as one argument without a shell, and refuses option-like targets', async () => {
    const child = Object.assign(new EventEmitter(), { unref: vi.fn() });
    const spawn = vi.fn(() => child);
    expect(await openWithSystem('C:\\Sage\\ACCDATA', { platform: 'win32', env: {}, spawn })).toEqual({ ok: true });
    expect(spawn).toHaveBeenCalledWith('explorer.exe', ['C:\\Sage\\ACCDATA'], expect.objectContaining({ shell: false }));
    expect((await openWithSystem('--help', { platform: 'win32', env: {}, spawn })).ok).toBe(false);
    expect((await openWithSystem('/e,C:\\', { platform: 'win32', env: {}, spawn })).ok).toBe(false);
    expect((await openWithSystem('/home', { platform: 'linux', env: {}, spawn })).message).toMatch(/no desktop/);
    expect(spawn).toHaveBeenCalledOnce();
  });

  it('refuses the action, without throwing, when the opener cannot be started (spawn throws EPERM)', async () => {
    const spawn = vi.fn(() => {
      throw Object.assign(new Error('spawn EPERM'), { code: 'EPERM' });
    });
    const opened = await openWithSystem('C:\\Sage\\ACCDATA', { platform: 'win32', env: {}, spawn });
    expect(opened).toEqual({ ok: false, message: expect.stringMatching(/explorer\.exe could not be started: spawn EPERM/) });
  });

  it('opens only allowlisted addresses, and no empty folder', async () => {
    const desktop: DesktopIntegration = {
      pathFlavour: 'windows',
      locate: vi.fn(async () => 'folder' as const),
      showFile: vi.fn(async () => ({ ok: true })),
      openFolder: vi.fn(async () => ({ ok: true })),
      openUrl: vi.fn(async () => ({ ok: true })),
      copyText: vi.fn(async () => ({ ok: true })),
      startSyncApp: vi.fn(async () => ({ ok: true })),
      choosePath: vi.fn(async () => ({ supported: false })),
    };
    const actions = createAppActions(desktop, isAllowedExternalUrl);
    expect((await actions.openExternal('https://evil.example/')).ok).toBe(false);
    expect((await actions.openExternal('https://app.autoentry.com/')).ok).toBe(true);
    expect(desktop.openUrl).toHaveBeenCalledTimes(1);
    expect((await actions.openFolder({ path: '  ', report: undefined, settings: DEFAULT_SETTINGS })).ok).toBe(false);
    expect(desktop.openFolder).not.toHaveBeenCalled();
  });
});

describe('choosing a path in the system dialog', () => {
  it('asks for a folder for Sage (and when unsure) and for a .QBW file for QuickBooks', async () => {
    const { dialogForSoftware } = await import('../../src-main/actions/path-dialog.js');
    expect(dialogForSoftware('sage').properties).toEqual(['openDirectory']);
    expect(dialogForSoftware('unknown').properties).toEqual(['openDirectory']);
    expect(dialogForSoftware('quickbooks')).toMatchObject({ properties: ['openFile'], filters: [{ extensions: ['qbw'] }] });
  });

  it('in Electron, answers the chosen path, or none when cancelled', async () => {
    const electron = await import('../support/electron-stub.js');
    const { createElectronDesktop } = await import('../../src-main/electron/electron-desktop.js');
    const desktop = createElectronDesktop(() => true);
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['D:\\QB\\Harbour Cafe.QBW'] });
    expect(await desktop.choosePath('quickbooks')).toEqual({ supported: true, path: 'D:\\QB\\Harbour Cafe.QBW' });
    expect(electron.dialog.showOpenDialog).toHaveBeenLastCalledWith(expect.objectContaining({ properties: ['openFile'] }));
    expect(await desktop.choosePath('sage')).toEqual({ supported: true });
  });

  it('in the browser preview, says it cannot', async () => {
    const { createPreviewDesktop } = await import('../../src-main/preview/preview-desktop.js');
    expect(await createPreviewDesktop({ thisPc: () => true }).choosePath('sage')).toEqual({ supported: false });
  });
});
