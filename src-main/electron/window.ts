import { BrowserWindow, shell } from 'electron';
import type { TrustedSenders } from '../app/trusted-senders.js';
import { APP_ENTRY_URL, mainWindowOptions, navigationDecision } from '../app/window-policy.js';

export interface MainWindowOptions {
  preload: string;
  icon: string;
  senders: TrustedSenders;
  /** Show it once loaded (false when started at login: it stays in the tray). */
  showWhenReady: boolean;
  /** True once the user chose Quit: closing the window then really closes it. */
  isQuitting: () => boolean;
  onBlocked: (message: string) => void;
}

/** The main window: hardened, guarded against navigation, hidden to the tray on close. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions({ preload: options.preload, icon: options.icon }));
  const contents = window.webContents;
  const id = contents.id;
  options.senders.add(id);
  contents.once('destroyed', () => options.senders.remove(id));

  const guard = (event: { preventDefault(): void }, url: string) => {
    const decision = navigationDecision(url);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-externally') void shell.openExternal(url);
    else options.onBlocked(`Navigation to ${url} blocked`);
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (navigationDecision(url) === 'open-externally') void shell.openExternal(url);
    else options.onBlocked(`New window for ${url} blocked`);
    return { action: 'deny' };
  });

  window.on('close', (event) => {
    if (options.isQuitting()) return;
    event.preventDefault();
    window.hide();
  });
  if (options.showWhenReady) window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
