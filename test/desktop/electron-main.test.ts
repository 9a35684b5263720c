import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../src-shared/ipc/contract.js';
import { DEFAULT_SETTINGS } from '../../src-shared/settings/settings-schema.js';
import { APP_ENTRY_URL } from '../../src-main/app/window-policy.js';
import * as electron from '../support/electron-stub.js';
import { PATIENT } from '../support/eventually.js';

// Electron's main process, started against the stub with --demo, so it shows the bundled demo
// machine (whose Sage path is stale: status error) whatever this computer holds.
const dir = mkdtempSync(join(tmpdir(), 'sd-main-'));
const saved = { ...process.env };
const savedArgv = [...process.argv];
beforeAll(async () => {
  process.argv = [...savedArgv, '--demo'];
  process.env['SYNC_DOCTOR_CONFIG_DIR'] = join(dir, 'config');
  process.env['SYNC_DOCTOR_LOG_DIR'] = join(dir, 'logs');
  electron.resetElectronStub();
  await import('../../src-main/electron/main.js');
  await vi.waitFor(() => expect(electron.Tray.created[0]?.image).toEqual({ path: expect.stringMatching(/tray-error\.png$/) }), PATIENT);
});
afterAll(() => {
  process.env = saved;
  process.argv = savedArgv;
  rmSync(dir, { recursive: true, force: true });
});

const trusted = () => ({ sender: { id: electron.BrowserWindow.created[0]!.webContents.id }, senderFrame: { url: APP_ENTRY_URL } });

describe('Electron main process', () => {
  it('takes the single-instance lock and registers the app:// scheme', () => {
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([expect.objectContaining({ scheme: 'app' })]);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('denies every permission request', () => {
    const [handler] = electron.session.defaultSession.setPermissionRequestHandler.mock.calls[0]!;
    const callback = vi.fn();
    (handler as (wc: unknown, permission: string, cb: (ok: boolean) => void) => void)({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('opens one hardened window on our page, and answers it on every contract channel', async () => {
    expect(electron.BrowserWindow.created).toHaveLength(1);
    const window = electron.BrowserWindow.created[0]!;
    expect(window.options).toMatchObject({ webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, preload: expect.stringMatching(/preload\.cjs$/) } });
    expect(window.loadURL).toHaveBeenCalledWith(APP_ENTRY_URL);
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
    const info = await electron.ipcMain.handlers.get('app-info')!(trusted(), {});
    expect(info).toMatchObject({ ok: true, value: { mode: 'electron', demo: true } });
  });

  it('shows the status in the tray, tells the user it is wrong, and pushes it to the window', () => {
    expect(electron.Tray.created[0]!.toolTip).toMatch(/^Sync Doctor \(demo\) – \d+ problems?: /);
    expect(electron.Notification.shown[0]?.title).toBe('AutoEntry cannot sync');
    expect(electron.BrowserWindow.created[0]!.webContents.send).toHaveBeenCalledWith('report-changed', expect.objectContaining({ status: 'error' }));
  });

  it('applies start at login from the settings, now and when saved', async () => {
    expect(electron.app.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: false, args: ['--hidden'] });
    await electron.ipcMain.handlers.get('settings-save')!(trusted(), { ...DEFAULT_SETTINGS, startAtLogin: true });
    expect(electron.app.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: true, args: ['--hidden'] });
  });

  it('hides the window on close, and quits gracefully from the tray', async () => {
    expect(electron.BrowserWindow.created[0]!.tryClose()).toBe(true);
    electron.Tray.created[0]!.contextMenu!.items.find((i) => i.label === 'Quit')!.click();
    expect(electron.app.quit).toHaveBeenCalled();
    let prevented = false;
    electron.app.emit('before-quit', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledTimes(2), PATIENT);
    expect(electron.Tray.created[0]!.destroy).toHaveBeenCalled();
    expect(electron.BrowserWindow.created[0]!.tryClose()).toBe(false);
  });
});
