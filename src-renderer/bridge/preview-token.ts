import { PREVIEW_TOKEN_FRAGMENT } from '../../src-shared/ipc/preview-protocol.js';

/** What reading the token needs of the browser; tests pass fakes. */
export interface TokenWindow {
  location: { hash: string; pathname: string; search: string };
  sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
  history: Pick<History, 'replaceState'>;
}

const STORAGE_KEY = 'sync-doctor-preview-token';
const TOKEN_IN_FRAGMENT = new RegExp(`(?:^#|&)${PREVIEW_TOKEN_FRAGMENT}=([A-Za-z0-9_-]+)`);

/**
 * The preview token: taken from the printed address's fragment once (then wiped from the address
 * bar and history), kept in this tab's sessionStorage, which no page on another port can read.
 */
export function takePreviewToken(win: TokenWindow): string | undefined {
  const given = TOKEN_IN_FRAGMENT.exec(win.location.hash)?.[1];
  if (given !== undefined) {
    try {
      win.sessionStorage.setItem(STORAGE_KEY, given);
    } catch {
      // Storage refused (a locked-down browser): the token still works until the tab reloads.
    }
    win.history.replaceState(null, '', `${win.location.pathname}${win.location.search}`);
    return given;
  }
  try {
    return win.sessionStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}
