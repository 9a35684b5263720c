import { describe, expect, it } from 'vitest';
import { openFetchEventStream, parseEventBlocks } from '../../src-renderer/bridge/fetch-event-stream.js';
import { pickBridge } from '../../src-renderer/bridge/pick-bridge.js';
import { takePreviewToken, type TokenWindow } from '../../src-renderer/bridge/preview-token.js';

function fakeWindow(hash: string, stored: Record<string, string> = {}) {
  const replaced: string[] = [];
  const win: TokenWindow = {
    location: { hash, pathname: '/', search: '' },
    sessionStorage: { getItem: (k) => stored[k] ?? null, setItem: (k, v) => void (stored[k] = v) },
    history: { replaceState: (_s, _t, url) => void replaced.push(String(url)) },
  };
  return { win, stored, replaced };
}

describe('the preview token in the browser', () => {
  it('takes the token from the fragment, keeps it in sessionStorage and wipes it from the address', () => {
    const { win, stored, replaced } = fakeWindow('#token=abc_DEF-123');
    expect(takePreviewToken(win)).toBe('abc_DEF-123');
    expect(Object.values(stored)).toEqual(['abc_DEF-123']);
    expect(replaced).toEqual(['/']);
  });

  it('finds it again after a reload (sessionStorage), and has none without either', () => {
    const { win, stored } = fakeWindow('#token=kept');
    takePreviewToken(win);
    expect(takePreviewToken(fakeWindow('', stored).win)).toBe('kept');
    expect(takePreviewToken(fakeWindow('').win)).toBeUndefined();
    expect(takePreviewToken(fakeWindow('#other=1').win)).toBeUndefined();
  });

  it('sends it as a header from the bridge pickBridge builds, with no cookie', async () => {
    const { win } = fakeWindow('#token=t0k3n');
    const calls: RequestInit[] = [];
    const bridge = pickBridge({
      ...win,
      fetch: (async (_url: string, init: RequestInit) => (calls.push(init), new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } }))) as typeof fetch,
    });
    await bridge.invoke('syncapp-start', {});
    expect(calls[0]!.headers).toMatchObject({ 'X-Sync-Doctor-Token': 't0k3n' });
    expect(calls[0]!.credentials).toBe('omit');
  });
});

describe('server-sent events over fetch', () => {
  it('parses blocks split anywhere, with CRLF, comments and multi-line data', () => {
    const got: Array<[string, string]> = [];
    const emit = (t: string, d: string) => void got.push([t, d]);
    let rest = parseEventBlocks(': connected\n\nevent: report-changed\ndata: {"a"', emit);
    rest = parseEventBlocks(`${rest}:1}\n\nevent: x\r\ndata: one\r\ndata: two\r\n\r\ndata: plain\n\n`, emit);
    expect(got).toEqual([['report-changed', '{"a":1}'], ['x', 'one\ntwo'], ['message', 'plain']]);
    expect(rest).toBe('');
  });

  it('streams with the headers and, once the stream ends, never connects again (whatever holds the port next gets no token)', async () => {
    const seen: Array<HeadersInit | undefined> = [];
    const got: string[] = [];
    let ended = 0;
    let done: () => void = () => undefined;
    const finished = new Promise<void>((r) => (done = r));
    const stream = openFetchEventStream('/api/events', {
      headers: { 'X-Sync-Doctor-Token': 'k' },
      fetch: (async (_url: string, init: RequestInit) => {
        seen.push(init.headers);
        return new Response(`event: report-changed\ndata: ${seen.length}\n\n`, { status: 200 });
      }) as typeof fetch,
      onEnd: () => {
        ended += 1;
        done();
      },
    });
    stream.addEventListener('report-changed', (e) => got.push(String(e.data)));
    await finished;
    // Give a reconnect every chance to happen: none may.
    for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
    expect(got).toEqual(['1']);
    expect(seen).toEqual([{ 'X-Sync-Doctor-Token': 'k' }]);
    expect(ended).toBe(1);
    stream.close();
  });

  it('says nothing of an end it caused itself by closing', async () => {
    let ended = 0;
    const stream = openFetchEventStream('/api/events', {
      headers: {},
      fetch: ((_url: string, init: RequestInit) => new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as typeof fetch,
      onEnd: () => void (ended += 1),
    });
    stream.close();
    for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
    expect(ended).toBe(0);
  });
});
