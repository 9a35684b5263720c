import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src-shared/settings/settings-schema.js';
import { createAppActions, NOT_HERE, type DesktopIntegration } from '../../src-main/actions/app-actions.js';
import { nodeExecutableLookup, nodeLocate, pathFlavourOf, spawnDetachedWith, waitMs } from '../../src-main/actions/node-desktop.js';
import { dialogForSoftware } from '../../src-main/actions/path-dialog.js';
import { openWithSystem, showFileWithSystem, systemOpenCommand, type Spawner } from '../../src-main/actions/system-opener.js';
import { isAllowedExternalUrl } from '../../src-main/app/window-policy.js';
import { makeReport } from './fakes.js';

// What the actions do on the desktop they run on: which program opens a folder, how a file is
// shown without being opened, how the Sync App is launched on its own, what counts as a folder
// here — each as the user (or the PC) sees it.
const root = mkdtempSync(join(tmpdir(), 'sd-actions-'));
mkdirSync(join(root, 'Books'));
writeFileSync(join(root, 'Books', 'Harbour.QBW'), 'company');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A spawner whose child fails to start with `error` (after `errorAfterMs`), or starts. */
function recordingSpawner(error?: Error) {
  const child = Object.assign(new EventEmitter(), { unref: vi.fn() });
  const spawn = vi.fn((..._args: Parameters<Spawner>) => {
    if (error) setTimeout(() => child.emit('error', error), 5);
    return child;
  });
  return { spawn, child };
}

describe('the program that opens things with the desktop', () => {
  it('is explorer.exe on Windows, open on macOS, xdg-open on Linux only with an X or Wayland display', () => {
    expect(systemOpenCommand('win32', {})).toBe('explorer.exe');
    expect(systemOpenCommand('darwin', {})).toBe('open');
    expect(systemOpenCommand('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe('xdg-open');
    expect(systemOpenCommand('linux', { DISPLAY: ':1' })).toBe('xdg-open');
    expect(systemOpenCommand('linux', { DISPLAY: '', WAYLAND_DISPLAY: '' })).toBeUndefined();
  });

  it('opens a folder detached, with no shell and no verbatim arguments, and says when it could not start', async () => {
    const { spawn, child } = recordingSpawner();
    expect(await openWithSystem('/home/jane/Books', { platform: 'linux', env: { DISPLAY: ':0' }, spawn })).toEqual({ ok: true });
    expect(spawn).toHaveBeenCalledWith('xdg-open', ['/home/jane/Books'], { detached: true, stdio: 'ignore', shell: false, windowsHide: false, windowsVerbatimArguments: false });
    expect(child.unref).toHaveBeenCalled();
    const failing = recordingSpawner(new Error('spawn xdg-open ENOENT'));
    expect(await openWithSystem('/home/jane/Books', { platform: 'linux', env: { DISPLAY: ':0' }, spawn: failing.spawn })).toEqual({ ok: false, message: 'spawn xdg-open ENOENT' });
  });

  it('refuses a target a program could read as an option or a second line', async () => {
    const { spawn } = recordingSpawner();
    for (const target of ['-n', '/select,C:\\x', 'C:\\a\nC:\\b', 'C:\\a\rb', 'C:\\a\0b']) {
      expect(await openWithSystem(target, { platform: 'win32', env: {}, spawn }), JSON.stringify(target)).toEqual({ ok: false, message: 'That path cannot be opened.' });
    }
    expect(spawn).not.toHaveBeenCalled();
    // A POSIX absolute path is a path on macOS, not an Explorer switch.
    expect((await openWithSystem('/Users/jane', { platform: 'darwin', env: {}, spawn })).ok).toBe(true);
  });

  it('shows a file selected, never opening it: explorer /select on Windows, open -R on macOS, its folder on Linux', async () => {
    const win = recordingSpawner();
    expect(await showFileWithSystem('D:\\QB\\Harbour.QBW', { platform: 'win32', env: {}, spawn: win.spawn })).toEqual({ ok: true });
    expect(win.spawn).toHaveBeenCalledWith('explorer.exe', ['/select,"D:\\QB\\Harbour.QBW"'], expect.objectContaining({ shell: false, windowsVerbatimArguments: true }));
    const mac = recordingSpawner();
    await showFileWithSystem('/Users/jane/Harbour.QBW', { platform: 'darwin', env: {}, spawn: mac.spawn });
    expect(mac.spawn).toHaveBeenCalledWith('open', ['-R', '/Users/jane/Harbour.QBW'], expect.objectContaining({ windowsVerbatimArguments: false }));
    const linux = recordingSpawner();
    await showFileWithSystem('/home/jane/QB/Harbour.QBW', { platform: 'linux', env: { DISPLAY: ':0' }, spawn: linux.spawn });
    expect(linux.spawn).toHaveBeenCalledWith('xdg-open', ['/home/jane/QB'], expect.objectContaining({ windowsVerbatimArguments: false }));
  });

  it('refuses to show a file whose name could break out of its quotes, or with no desktop', async () => {
    const { spawn } = recordingSpawner();
    for (const file of ['D:\\QB\\a" /e,"C:\\', '-x', 'D:\\a\nb', 'D:\\a\rb', 'D:\\a\0b']) {
      expect(await showFileWithSystem(file, { platform: 'win32', env: {}, spawn }), JSON.stringify(file)).toEqual({ ok: false, message: 'That path cannot be opened.' });
    }
    expect(await showFileWithSystem('/home/x.QBW', { platform: 'linux', env: {}, spawn })).toEqual({ ok: false, message: 'This computer has no desktop to open it with.' });
    expect(await openWithSystem('/home', { platform: 'linux', env: {}, spawn })).toEqual({ ok: false, message: 'This computer has no desktop to open it with.' });
    expect(spawn).not.toHaveBeenCalled();
  });
});

describe('this PC, through node:fs', () => {
  it('tells a folder from a file from nothing', async () => {
    const locate = nodeLocate();
    expect(await locate(join(root, 'Books'))).toBe('folder');
    expect(await locate(join(root, 'Books', 'Harbour.QBW'))).toBe('file');
    expect(await locate(join(root, 'Gone'))).toBe('missing');
    expect(await locate('/dev/null')).toBe('missing');
  });

  it('finds program files, and treats what cannot be read as nothing', async () => {
    expect(await nodeExecutableLookup.isFile(join(root, 'Books', 'Harbour.QBW'))).toBe(true);
    expect(await nodeExecutableLookup.isFile(join(root, 'Books'))).toBe(false);
    expect(await nodeExecutableLookup.isFile(join(root, 'Gone.exe'))).toBe(false);
    expect(await nodeExecutableLookup.isFile('/dev/null')).toBe(false);
    expect(await nodeExecutableLookup.isFile(join(root, 'Books', 'Harbour.QBW', 'inside.exe'))).toBe(false);
  });

  it('launches the Sync App on its own, in its folder, without a shell; a failed start is reported with its reason', async () => {
    const { spawn, child } = recordingSpawner();
    expect(await spawnDetachedWith(spawn)('/opt/AutoEntry/AutoEntry.exe')).toEqual({ ok: true });
    expect(spawn).toHaveBeenCalledWith('/opt/AutoEntry/AutoEntry.exe', [], { detached: true, stdio: 'ignore', shell: false, cwd: '/opt/AutoEntry' });
    expect(child.unref).toHaveBeenCalled();
    const failing = recordingSpawner(new Error('spawn EACCES'));
    expect(await spawnDetachedWith(failing.spawn)('/opt/AutoEntry/AutoEntry.exe')).toEqual({ ok: false, message: 'spawn EACCES' });
  });

  it('waits as long as asked', async () => {
    vi.useFakeTimers();
    try {
      let done = false;
      void waitMs(2000).then(() => (done = true));
      await vi.advanceTimersByTimeAsync(1999);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('knows Windows paths on Windows only', () => {
    expect(pathFlavourOf('win32')).toBe('windows');
    expect(pathFlavourOf('linux')).toBe('posix');
    expect(pathFlavourOf('darwin')).toBe('posix');
  });
});

describe('the dialog that picks a path', () => {
  it('asks for a .QBW company file for QuickBooks, a dataset folder otherwise, each with its title', () => {
    expect(dialogForSoftware('quickbooks')).toEqual({ title: 'Choose the QuickBooks company file', properties: ['openFile'], filters: [{ name: 'QuickBooks company files', extensions: ['qbw'] }] });
    expect(dialogForSoftware('sage')).toEqual({ title: 'Choose the Sage 50 company data folder (such as Company.000)', properties: ['openDirectory'] });
  });
});

describe('the actions over a desktop', () => {
  function desktop(overrides: Partial<DesktopIntegration> = {}): DesktopIntegration {
    return {
      pathFlavour: 'windows',
      locate: vi.fn(async () => 'folder' as const),
      openFolder: vi.fn(async () => ({ ok: true })),
      showFile: vi.fn(async () => ({ ok: true })),
      openUrl: vi.fn(async () => ({ ok: true, message: 'opened' })),
      copyText: vi.fn(async () => ({ ok: true, message: 'copied' })),
      startSyncApp: vi.fn(async () => ({ ok: true, message: 'started' })),
      choosePath: vi.fn(async () => ({ supported: true, path: 'D:\\QB\\Harbour.QBW' })),
      ...overrides,
    };
  }

  it('passes copy, start and the path dialog to the desktop, and answers with what it says', async () => {
    const d = desktop();
    const actions = createAppActions(d, isAllowedExternalUrl);
    expect(await actions.copyText('S:\\Sage')).toEqual({ ok: true, message: 'copied' });
    expect(d.copyText).toHaveBeenCalledWith('S:\\Sage');
    const request = { report: undefined, settings: DEFAULT_SETTINGS, recheck: async () => makeReport('ok') };
    expect(await actions.startSyncApp(request)).toEqual({ ok: true, message: 'started' });
    expect(d.startSyncApp).toHaveBeenCalledWith(request);
    expect(await actions.choosePath('quickbooks')).toEqual({ supported: true, path: 'D:\\QB\\Harbour.QBW' });
    expect(d.choosePath).toHaveBeenCalledWith('quickbooks');
    expect(await actions.openExternal('https://app.autoentry.com/')).toEqual({ ok: true, message: 'opened' });
    expect(await actions.openExternal('https://evil.example/')).toEqual({ ok: false, message: 'Sync Doctor opens only AutoEntry addresses.' });
  });

  it('asks for a folder where the desktop has a dialog for it, and says it cannot where it has none', async () => {
    const withDialog = desktop({ chooseFolder: vi.fn(async () => ({ supported: true, path: 'D:\\Snapshots' })) });
    expect(await createAppActions(withDialog, isAllowedExternalUrl).chooseFolder!('Choose the snapshots folder')).toEqual({ supported: true, path: 'D:\\Snapshots' });
    expect(withDialog.chooseFolder).toHaveBeenCalledWith('Choose the snapshots folder');
    expect(await createAppActions(desktop(), isAllowedExternalUrl).chooseFolder!('x')).toEqual({ supported: false });
  });

  it('says where a folder is not: on the machine in the report, or not there', async () => {
    const report = makeReport('error', [{ code: 'path.missing', severity: 'error', configuredPath: 'S:\\Sage\\Company.000' }]);
    const elsewhere = createAppActions(desktop({ locate: async () => 'elsewhere' }), isAllowedExternalUrl);
    expect(await elsewhere.openFolder({ path: 'S:\\Sage\\Company.000', report, settings: DEFAULT_SETTINGS })).toEqual({ ok: false, message: NOT_HERE });
    expect(NOT_HERE).toBe('That is on the machine in the report, not on this computer.');
    const missing = createAppActions(desktop({ locate: async () => 'missing' }), isAllowedExternalUrl);
    expect(await missing.openFolder({ path: 'S:\\Sage\\Company.000', report, settings: DEFAULT_SETTINGS })).toEqual({
      ok: false,
      message: 'That folder is not there, or its server did not answer. Check the drive or server is on, then try again.',
    });
  });
});
