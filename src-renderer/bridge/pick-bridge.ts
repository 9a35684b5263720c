import type { SyncDoctorBridge } from '../../src-shared/ipc/contract.js';
import { withContractChecks } from './contract-checked-bridge.js';
import { createHttpBridge } from './http-bridge.js';

interface BridgeWindow {
  syncDoctor?: SyncDoctorBridge;
  fetch: typeof fetch;
  EventSource: typeof EventSource;
}

/**
 * Electron's preload puts `window.syncDoctor` in place; in a browser the preview server's
 * HTTP protocol stands in. Either way every call and pushed report is checked against the contract.
 */
export function pickBridge(win: BridgeWindow): SyncDoctorBridge {
  const transport =
    win.syncDoctor ??
    createHttpBridge({
      fetch: (input, init) => win.fetch(input, init),
      openEvents: (url) => new win.EventSource(url, { withCredentials: true }),
    });
  return withContractChecks(transport);
}
