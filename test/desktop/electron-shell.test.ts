import { beforeEach, describe, expect, it, vi } from 'vitest';
import { shell } from 'electron';
// `electron` is aliased to this stub in tests: the same module, with its test helpers typed.
import * as stub from '../support/electron-stub.js';
import { IPC_CHANNELS } from '../../src-shared/ipc/contract.js';
import { DEFAULT_SETTINGS } from '../../src-shared/settings/settings-schema.js';
import { createIpcHandlers } from '../../src-main/app/ipc-handlers.js';
import { TrustedSenders } from '../../src-main/app/trusted-senders.js';
import { APP_ENTRY_URL } from '../../src-main/app/window-policy.js';
import { registerIpcHandlers } from '../../src-main/electron/ipc-main.js';
import { createMainWindow } from '../../src-main/electron/window.js';
import { fakeDeps } from './fakes.js';


beforeEach(() => stub.resetElectronStub());

describe('IPC registration in main', () => {
  const senders = new TrustedSenders();
  senders.add(41);
  const trusted = { sender: { id: 41 }, senderFrame: { url: APP_ENTRY_URL } };

  it('registers exactly one handler per contract channel, and removes them all', () => {
    const remove = registerIpcHandlers(createIpcHandlers(fakeDeps().deps), senders, () => {});
    expect([...stub.ipcMain.handlers.keys()].sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
    remove();
    expect(stub.ipcMain.handlers.size).toBe(0);
  });

  it('answers a trusted sender through the contract', async () => {
    registerIpcHandlers(createIpcHandlers(fakeDeps().deps), senders, () => {});
    const answer = await stub.ipcMain.handlers.get('settings-get')!(trusted, {});
    expect(answer).toEqual({ ok: true, value: { settings: DEFAULT_SETTINGS } });
  });

  it('refuses senders that are not our windows or not our pages, and logs it', async () => {
    const refused: string[] = [];
    const { deps } = fakeDeps();
    registerIpcHandlers(createIpcHandlers(deps), senders, (m) => refused.push(m));
    const call = stub.ipcMain.handlers.get('open-folder')!;
    expect(await call({ sender: { id: 99 }, senderFrame: { url: APP_ENTRY_URL } }, { path: 'C:\\' })).toMatchObject({ ok: false });
    expect(await call({ sender: { id: 41 }, senderFrame: { url: 'https://evil.example/' } }, { path: 'C:\\' })).toMatchObject({ ok: false });
    expect(await call({ sender: { id: 41 }, senderFrame: null }, { path: 'C:\\' })).toMatchObject({ ok: false });
    expect(deps.actions.openFolder).not.toHaveBeenCalled();
    expect(refused).toHaveLength(3);
  });

  it('refuses a request that breaks the schema before any handler runs', async () => {
    const { deps } = fakeDeps();
    registerIpcHandlers(createIpcHandlers(deps), senders, () => {});
    const answer = await stub.ipcMain.handlers.get('open-external')!(trusted, { url: 'file:///C:/Windows/System32/cmd.exe' });
    expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(/Invalid request/) });
    expect(deps.actions.openExternal).not.toHaveBeenCalled();
  });
});

describe('the main window', () => {
  function open(quitting = false) {
    const senders = new TrustedSenders();
    const blocked: string[] = [];
    const window = createMainWindow({ preload: '/p.cjs', icon: '/i.png', senders, showWhenReady: true, isQuitting: () => quitting, onBlocked: (m) => blocked.push(m) });
    const fake = window as unknown as InstanceType<typeof stub.BrowserWindow>;
    return { fake, senders, blocked };
  }

  it('is created with the hardened options, loads our page and trusts its WebContents', () => {
    const { fake, senders } = open();
    expect(fake.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } });
    expect(fake.loadURL).toHaveBeenCalledWith(APP_ENTRY_URL);
    expect(senders.isTrusted({ webContentsId: fake.webContents.id, frameUrl: APP_ENTRY_URL })).toBe(true);
    fake.webContents.emit('destroyed');
    expect(senders.isTrusted({ webContentsId: fake.webContents.id, frameUrl: APP_ENTRY_URL })).toBe(false);
  });

  it('stays on our pages; AutoEntry links go to the browser; everything else is blocked', () => {
    const { fake, blocked } = open();
    expect(fake.webContents.navigate('will-navigate', 'app://sync-doctor/index.html#/history')).toBe(false);
    expect(fake.webContents.navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fake.webContents.navigate('will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(fake.webContents.navigate('will-navigate', 'https://app.autoentry.com/')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://app.autoentry.com/');
    expect(fake.webContents.windowOpenHandler!({ url: 'https://support.autoentry.com/hc' })).toEqual({ action: 'deny' });
    expect(fake.webContents.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledTimes(2);
    expect(blocked).toHaveLength(3);
  });

  it('hides to the tray on close, and closes for real when quitting', () => {
    const { fake } = open();
    expect(fake.tryClose()).toBe(true);
    expect(fake.hide).toHaveBeenCalled();
    expect(open(true).fake.tryClose()).toBe(false);
  });
});

describe('the preload bridge', () => {
  it('exposes exactly the contract as window.syncDoctor', async () => {
    const { BRIDGE_CHANNELS } = await import('../../src-main/electron/preload.cjs');
    expect([...BRIDGE_CHANNELS].sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
    const bridge = stub.contextBridge.exposed['syncDoctor'] as { invoke: Function; onReportChanged: Function };
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onReportChanged']);
  });

  it('unwraps answers, turns refusals into errors, and never sends an unknown channel', async () => {
    const { bridge } = await import('../../src-main/electron/preload.cjs');
    vi.mocked(stub.ipcRenderer.invoke).mockResolvedValueOnce({ ok: true, value: { lines: ['a'] } });
    expect(await bridge.invoke('logs-recent', { lines: 1 })).toEqual({ lines: ['a'] });
    vi.mocked(stub.ipcRenderer.invoke).mockResolvedValueOnce({ ok: false, error: 'Refused' });
    await expect(bridge.invoke('report-get', {})).rejects.toThrow('Refused');
    await expect(bridge.invoke('shell-exec' as never, {} as never)).rejects.toThrow(/Unknown channel/);
    expect(stub.ipcRenderer.invoke).toHaveBeenCalledTimes(2);
  });

  it('subscribes to report changes and unsubscribes', async () => {
    const { bridge } = await import('../../src-main/electron/preload.cjs');
    const listener = vi.fn();
    const off = bridge.onReportChanged(listener);
    const [event, handler] = vi.mocked(stub.ipcRenderer.on).mock.calls.at(-1)!;
    expect(event).toBe('report-changed');
    (handler as (e: unknown, r: unknown) => void)({}, { status: 'ok' });
    expect(listener).toHaveBeenCalledWith({ status: 'ok' });
    off();
    expect(stub.ipcRenderer.removeListener).toHaveBeenCalledWith('report-changed', handler);
  });
});

describe('the tray icon', () => {
  it('changes icon, tooltip and menu with the report, and sends menu commands', async () => {
    const { createAppTray } = await import('../../src-main/electron/tray.js');
    const { makeReport, SYNC_APP_STOPPED } = await import('./fakes.js');
    const commands: string[] = [];
    const appTray = createAppTray('/assets/tray', (c) => commands.push(c));
    const tray = stub.Tray.created[0]!;
    expect(tray.image).toEqual({ path: '/assets/tray/tray-checking.png' });
    appTray.show(makeReport('error', [SYNC_APP_STOPPED]), false);
    expect(tray.image).toEqual({ path: '/assets/tray/tray-error.png' });
    expect(tray.toolTip).toBe('Sync Doctor – 1 problem: The Sync App is not running');
    const start = tray.contextMenu!.items.find((i) => i.label === 'Start Sync App')!;
    expect(start.enabled).toBe(true);
    start.click();
    tray.emit('click');
    expect(commands).toEqual(['start-sync-app', 'open']);
  });
});

describe('launch mode', () => {
  it('runs the CLI for --cli (sync-doctor.cmd), with the arguments after it', async () => {
    const { launchMode } = await import('../../src-main/app/launch-mode.js');
    expect(launchMode(['C:\\Sync Doctor\\Sync Doctor.exe', '--cli', 'check', '--json'])).toEqual({ kind: 'cli', args: ['check', '--json'] });
    expect(launchMode(['electron', '.', '--hidden'])).toEqual({ kind: 'desktop', hidden: true, demo: false });
    expect(launchMode(['electron', '.', '--demo'])).toEqual({ kind: 'desktop', hidden: false, demo: true });
  });
});
