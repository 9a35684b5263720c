import { REPORT_CHANGED_EVENT, type IpcChannel, type IpcRequest, type IpcResponse, type SyncDoctorBridge } from '../../src-shared/ipc/contract.js';
import type { Report } from '../../src-shared/model/report-schema.js';
import { PREVIEW_TOKEN_HEADER } from '../../src-shared/ipc/preview-protocol.js';

/** What the HTTP bridge needs from the browser; tests pass fakes. */
export interface HttpBridgeDeps {
  fetch: typeof fetch;
  /** Opens the server-sent event stream, sending these headers (the token) with it; `onEnd` when it ends by itself. */
  openEvents: (url: string, headers: Record<string, string>, onEnd: () => void) => EventSourceLike;
  /** The preview's token, sent as a header on every call; no cookie is used. */
  token?: string;
  /** Prefix of every address, '' for the page's own origin. */
  base?: string;
}

export interface EventSourceLike {
  addEventListener(type: string, listener: (event: MessageEvent) => void): void;
  close(): void;
}

/** What the page says, and every call answers, once the preview server is gone. */
export const PREVIEW_STOPPED_MESSAGE = 'Sync Doctor stopped — open the address it prints again.';

/** The preview server said no, or could not be reached. */
export class BridgeError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'BridgeError';
  }
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const body: unknown = await response.json();
    if (body && typeof body === 'object' && typeof (body as { error?: unknown }).error === 'string') {
      return (body as { error: string }).error;
    }
  } catch {
    // Not JSON: fall through to the status line.
  }
  return `The preview server answered ${response.status} ${response.statusText}`.trim();
}

/**
 * The transport over the loopback preview server's protocol: `POST /api/<channel>` with the
 * token header for each call, and server-sent events on `/api/events` (with the same header)
 * for new reports. The
 * contract's schemas are applied around it by withContractChecks, as for Electron's preload.
 *
 * Once the server is gone — the event stream ended, a call could not reach it, or it no longer
 * knows the token — the bridge stops for good: no call leaves the page again (a program that
 * takes the freed port would receive the token and could answer with a fake report), and every
 * call and `onStopped` say PREVIEW_STOPPED_MESSAGE.
 */
export function createHttpBridge(deps: HttpBridgeDeps): SyncDoctorBridge {
  const base = deps.base ?? '';
  const tokenHeaders: Record<string, string> = deps.token === undefined ? {} : { [PREVIEW_TOKEN_HEADER]: deps.token };
  const listeners = new Set<(report: Report) => void>();
  const stopListeners = new Set<(message: string) => void>();
  let events: EventSourceLike | undefined;
  let stopped = false;

  function stop(): BridgeError {
    if (!stopped) {
      stopped = true;
      events?.close();
      events = undefined;
      for (const listener of stopListeners) listener(PREVIEW_STOPPED_MESSAGE);
    }
    return new BridgeError(PREVIEW_STOPPED_MESSAGE);
  }

  function ensureEvents(): void {
    if (events || stopped) return;
    events = deps.openEvents(`${base}/api/events`, tokenHeaders, () => void stop());
    events.addEventListener(REPORT_CHANGED_EVENT, (event) => {
      let data: unknown;
      try {
        data = JSON.parse(String(event.data));
      } catch {
        return;
      }
      for (const listener of listeners) listener(data as Report);
    });
  }

  return {
    async invoke<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>> {
      if (stopped) throw new BridgeError(PREVIEW_STOPPED_MESSAGE);
      let response: Response;
      try {
        response = await deps.fetch(`${base}/api/${channel}`, {
          method: 'POST',
          credentials: 'omit',
          headers: { 'content-type': 'application/json', ...tokenHeaders },
          body: JSON.stringify(request),
        });
      } catch {
        throw stop();
      }
      // Only the server that printed the address knows this tab's token.
      if (response.status === 401) throw stop();
      if (!response.ok) throw new BridgeError(await errorMessage(response), response.status);
      try {
        return (await response.json()) as IpcResponse<C>;
      } catch {
        throw new BridgeError(`The answer to ${channel} was not JSON.`);
      }
    },
    onStopped(listener) {
      stopListeners.add(listener);
      if (stopped) listener(PREVIEW_STOPPED_MESSAGE);
      return () => void stopListeners.delete(listener);
    },
    onReportChanged(listener) {
      listeners.add(listener);
      ensureEvents();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && events) {
          events.close();
          events = undefined;
        }
      };
    },
  };
}
