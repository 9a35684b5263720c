import type { SyncDoctorBridge } from '../../src-shared/ipc/contract.js';
import { withContractChecks } from './contract-checked-bridge.js';
import { openFetchEventStream } from './fetch-event-stream.js';
import { createHttpBridge } from './http-bridge.js';
import { takePreviewToken, type TokenWindow } from './preview-token.js';

interface BridgeWindow extends TokenWindow {
  syncDoctor?: SyncDoctorBridge;
  fetch: typeof fetch;
}

/**
 * Electron's preload puts `window.syncDoctor` in place; in a browser the preview server's
 * HTTP protocol stands in, with the token the printed address gave this tab. Either way
 * every call and pushed report is checked against the contract.
 */
export function pickBridge(win: BridgeWindow): SyncDoctorBridge {
  return withContractChecks(win.syncDoctor ?? browserBridge(win));
}

function browserBridge(win: BridgeWindow): SyncDoctorBridge {
  const token = takePreviewToken(win);
  const fetchOf = ((input, init) => win.fetch(input, init)) as typeof fetch;
  return createHttpBridge({
    fetch: fetchOf,
    openEvents: (url, headers, onEnd) => openFetchEventStream(url, { fetch: fetchOf, headers, onEnd }),
    ...(token !== undefined && { token }),
  });
}
