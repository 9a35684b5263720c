import type { EventSourceLike } from './http-bridge.js';

export interface FetchEventStreamOptions {
  fetch: typeof fetch;
  headers: Record<string, string>;
  /** Called once when the stream ends, fails or is refused (not when closed here): the server is gone. */
  onEnd?: () => void;
}

/** Splits server-sent-event text into complete blocks, returning what is left over. */
export function parseEventBlocks(buffer: string, emit: (type: string, data: string) => void): string {
  const text = buffer.replace(/\r\n?/g, '\n');
  let rest = text;
  let end: number;
  while ((end = rest.indexOf('\n\n')) >= 0) {
    const block = rest.slice(0, end);
    rest = rest.slice(end + 2);
    let type = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') type = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length > 0) emit(type, data.join('\n'));
  }
  return rest;
}

/**
 * Server-sent events over fetch, so the stream can carry the preview's token header (the
 * browser's EventSource cannot send headers). Unlike EventSource it never reconnects: the
 * preview runs on this PC, so a stream that ends means Sync Doctor stopped, and whatever takes
 * its port next must not receive the token. It says so once, through `onEnd`.
 */
export function openFetchEventStream(url: string, options: FetchEventStreamOptions): EventSourceLike {
  const listeners = new Map<string, Set<(event: MessageEvent) => void>>();
  let closed = false;
  const abort = new AbortController();

  const emit = (type: string, data: string) => {
    for (const listener of listeners.get(type) ?? []) listener({ data } as MessageEvent);
  };

  async function connect(): Promise<void> {
    try {
      const response = await options.fetch(url, { headers: options.headers, credentials: 'omit', cache: 'no-store', signal: abort.signal });
      if (response.ok && response.body) {
        const reader = response.body.getReader();
        const decoder = new TextDecoder();
        let buffer = '';
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          buffer = parseEventBlocks(buffer + decoder.decode(value, { stream: true }), emit);
        }
      }
    } catch {
      // Dropped, refused or aborted: the same as an end.
    }
    if (!closed) options.onEnd?.();
  }

  void connect();
  return {
    addEventListener(type, listener) {
      const set = listeners.get(type) ?? new Set();
      set.add(listener);
      listeners.set(type, set);
    },
    close() {
      closed = true;
      abort.abort();
    },
  };
}
