/**
 * The loopback preview's credential: the token travels in the printed address's fragment
 * (`http://127.0.0.1:<port>/#token=…`, never sent to any server), the page keeps it in its own
 * sessionStorage, and sends it in this header on every API call and on the event stream.
 * No cookie: cookies are shared by every port of 127.0.0.1, headers are not.
 */
export const PREVIEW_TOKEN_HEADER = 'X-Sync-Doctor-Token';

/** The fragment that carries the token in the printed address. */
export const PREVIEW_TOKEN_FRAGMENT = 'token';
