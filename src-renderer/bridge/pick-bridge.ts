import type { SyncDoctorBridge } from '../../src-shared/ipc/contract.js';
import { createHttpBridge } from './http-bridge.js';

interface BridgeWindow {
  syncDoctor?: SyncDoctorBridge;
  fetch: typeof fetch;
  EventSource: typeof EventSource;
}

/** Electron's preload puts `window.syncDoctor` in place; in a browser the preview server's HTTP protocol stands in. */
export function pickBridge(win: BridgeWindow): SyncDoctorBridge {
  if (win.syncDoctor) return win.syncDoctor;
  return createHttpBridge({
    fetch: (input, init) => win.fetch(input, init),
    openEvents: (url) => new win.EventSource(url, { withCredentials: true }),
  });
}
