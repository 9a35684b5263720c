/**
 * Stand-in for the `electron` package in tests: the real one downloads its runtime on first
 * load, which cannot happen here. Each export is a small fake with vi.fn() methods that tests
 * inspect; `resetElectronStub()` clears what they recorded.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

let nextWebContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | undefined;
  setWindowOpenHandler = vi.fn((handler: NonNullable<FakeWebContents['windowOpenHandler']>) => {
    this.windowOpenHandler = handler;
  });
  send = vi.fn();
  /** Emits a navigation event the way Electron does; returns whether it was prevented. */
  navigate(event: 'will-navigate' | 'will-redirect', url: string): boolean {
    let prevented = false;
    this.emit(event, { preventDefault: () => (prevented = true) }, url);
    return prevented;
  }
}

export class BrowserWindow extends EventEmitter {
  static created: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  visible = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.created.push(this);
  }
  loadURL = vi.fn(async (_url: string) => {});
  show = vi.fn(() => void (this.visible = true));
  hide = vi.fn(() => void (this.visible = false));
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = vi.fn(() => false);
  isDestroyed = vi.fn(() => false);
  /** Emits "close" as the user closing the window would; returns whether it was prevented. */
  tryClose(): boolean {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    return prevented;
  }
}

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;
export const ipcMain = {
  handlers: new Map<string, InvokeHandler>(),
  /** electron-store listens for its renderer's request for the app's folders. */
  on: vi.fn(),
  handle: vi.fn((channel: string, handler: InvokeHandler) => {
    if (ipcMain.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcMain.handlers.set(channel, handler);
  }),
  removeHandler: vi.fn((channel: string) => void ipcMain.handlers.delete(channel)),
};

export const ipcRenderer = { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() };
export const contextBridge = {
  exposed: {} as Record<string, unknown>,
  exposeInMainWorld: vi.fn((key: string, api: unknown) => void (contextBridge.exposed[key] = api)),
};

export const shell = { openExternal: vi.fn(async (_url: string) => {}), openPath: vi.fn(async (_path: string) => ''), showItemInFolder: vi.fn((_path: string) => {}) };
export const clipboard = { writeText: vi.fn() };
export const dialog = { showOpenDialog: vi.fn(async (_options: unknown) => ({ canceled: true, filePaths: [] as string[] })) };
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
/** The app object: records what main asks of it; `emit` fires its events in tests. */
export const app = Object.assign(new EventEmitter(), {
  logsPath: '',
  requestSingleInstanceLock: vi.fn(() => true),
  whenReady: vi.fn(async () => {}),
  getVersion: vi.fn(() => '0.0.0-test'),
  setAppLogsPath: vi.fn((path: string) => void (app.logsPath = path)),
  getPath: vi.fn((name: string) => (name === 'logs' ? app.logsPath : `/tmp/electron-stub/${name}`)),
  setLoginItemSettings: vi.fn(),
  quit: vi.fn(),
  exit: vi.fn(),
});

export const session = { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } };

export class Notification {
  static shown: Array<{ title: string; body: string }> = [];
  static isSupported = vi.fn(() => true);
  constructor(readonly options: { title: string; body: string }) {}
  show = vi.fn(() => void Notification.shown.push(this.options));
}

export const webContents = {
  fromId: vi.fn((id: number) => BrowserWindow.created.find((w) => w.webContents.id === id)?.webContents),
};

export const nativeImage = { createFromPath: vi.fn((path: string) => ({ path })) };
export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ items: template })),
  setApplicationMenu: vi.fn(),
};
export class Tray extends EventEmitter {
  static created: Tray[] = [];
  image: unknown;
  toolTip = '';
  contextMenu: { items: Array<{ label: string; enabled: boolean; click(): void }> } | undefined;
  constructor(image: unknown) {
    super();
    this.image = image;
    Tray.created.push(this);
  }
  setImage = vi.fn((image: unknown) => void (this.image = image));
  setToolTip = vi.fn((text: string) => void (this.toolTip = text));
  setContextMenu = vi.fn((menu: Tray['contextMenu']) => void (this.contextMenu = menu));
  destroy = vi.fn();
}

export function resetElectronStub(): void {
  BrowserWindow.created = [];
  Tray.created = [];
  Notification.shown = [];
  ipcMain.handlers.clear();
  contextBridge.exposed = {};
  vi.clearAllMocks();
}

export default { app, BrowserWindow, ipcMain, ipcRenderer, contextBridge, shell, clipboard, protocol, nativeImage, Menu, Tray, session, Notification, webContents };
