import { EXTERNAL_URL_ALLOWLIST } from '../../src-shared/ipc/contract.js';

/** The renderer is served from `app://sync-doctor/…` (packaged files), never from the network. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'sync-doctor';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** A page of ours: the only thing the window may show or navigate to. */
export function isOurPage(url: string): boolean {
  const parsed = parse(url);
  return parsed !== undefined && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}

/**
 * May this address be opened in the user's browser? Only https pages of the allowlisted sites
 * (the AutoEntry web app and help centre), with no credentials or odd ports in the address.
 */
export function isAllowedExternalUrl(url: string): boolean {
  const parsed = parse(url);
  if (!parsed || parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return false;
  return EXTERNAL_URL_ALLOWLIST.some((allowed) => new URL(allowed).host === parsed.host);
}

/** What to do when the page tries to go somewhere: stay (ours), open in the browser (allowlisted), or nothing. */
export function navigationDecision(url: string): 'allow' | 'open-externally' | 'deny' {
  if (isOurPage(url)) return 'allow';
  return isAllowedExternalUrl(url) ? 'open-externally' : 'deny';
}

/** The hardened options of the main window (Electron's BrowserWindowConstructorOptions). */
export function mainWindowOptions(paths: { preload: string; icon: string }) {
  return {
    width: 1040,
    height: 760,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Sync Doctor',
    icon: paths.icon,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: paths.preload,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: true,
    },
  } as const;
}
