import { describe, expect, it } from 'vitest';
import { withContractChecks } from '../../src-renderer/bridge/contract-checked-bridge.js';
import { createHttpBridge as httpTransport, PREVIEW_STOPPED_MESSAGE, type EventSourceLike, type HttpBridgeDeps } from '../../src-renderer/bridge/http-bridge.js';
import { DEFAULT_SETTINGS } from '../../src-shared/settings/settings-schema.js';
import { pickBridge } from '../../src-renderer/bridge/pick-bridge.js';
import type { SyncDoctorBridge } from '../../src-shared/ipc/contract.js';
import { healthyReport, staleAfterUpgradeReport } from './support/reports.js';

function fakeEvents() {
  const handlers = new Map<string, (e: MessageEvent) => void>();
  let closed = false;
  const source: EventSourceLike = {
    addEventListener: (type, l) => handlers.set(type, l),
    close: () => {
      closed = true;
    },
  };
  return {
    source,
    emit: (type: string, data: string) => handlers.get(type)?.({ data } as MessageEvent),
    get closed() {
      return closed;
    },
  };
}

/** The browser's bridge as pickBridge builds it: the HTTP transport inside the contract checks. */
const createHttpBridge = (deps: HttpBridgeDeps) => withContractChecks(httpTransport(deps));

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('the browser bridge over the preview protocol', () => {
  it('posts each channel to /api/<channel> with the token header, no cookie, and returns the checked answer', async () => {
    const seen: Array<{ url: string; init: RequestInit | undefined }> = [];
    const bridge = createHttpBridge({
      fetch: async (url, init) => {
        seen.push({ url: String(url), init });
        return json(200, { finding: { code: 'path.match', severity: 'ok', title: 'Same', detail: '', guidance: [] } });
      },
      openEvents: () => fakeEvents().source,
      token: 'tok-1',
    });
    const answer = await bridge.invoke('path-validate', { path: 'C:\\Data' });
    expect(answer.finding.code).toBe('path.match');
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe('/api/path-validate');
    expect(seen[0]!.init?.method).toBe('POST');
    expect(seen[0]!.init?.credentials).toBe('omit');
    expect(seen[0]!.init?.headers).toMatchObject({ 'X-Sync-Doctor-Token': 'tok-1' });
    expect(JSON.parse(String(seen[0]!.init?.body))).toEqual({ path: 'C:\\Data' });
  });

  it('refuses an answer that breaks the contract', async () => {
    const bridge = createHttpBridge({ fetch: async () => json(200, { format: 'something else' }), openEvents: () => fakeEvents().source });
    await expect(bridge.invoke('report-get', {})).rejects.toThrow(/expected shape/);
  });

  it('passes on the server’s error message and status', async () => {
    const bridge = createHttpBridge({ fetch: async () => json(403, { error: 'Open the address with its token first.' }), openEvents: () => fakeEvents().source });
    await expect(bridge.invoke('report-get', {})).rejects.toMatchObject({ message: 'Open the address with its token first.', status: 403 });
  });

  it('once a call cannot reach the server, says Sync Doctor stopped and never calls again', async () => {
    let calls = 0;
    const bridge = createHttpBridge({
      fetch: async () => {
        calls += 1;
        throw new TypeError('Failed to fetch');
      },
      openEvents: () => fakeEvents().source,
    });
    const said: string[] = [];
    bridge.onStopped?.((message) => said.push(message));
    await expect(bridge.invoke('app-info', {})).rejects.toThrow('Sync Doctor stopped — open the address it prints again.');
    await expect(bridge.invoke('settings-get', {})).rejects.toThrow('Sync Doctor stopped — open the address it prints again.');
    expect(calls).toBe(1);
    expect(said).toEqual([PREVIEW_STOPPED_MESSAGE]);
  });

  it('once the event stream ends, sends nothing more — no token, no settings — to whatever now holds the port', async () => {
    const sent: Array<{ url: string; headers: unknown }> = [];
    let endStream: () => void = () => undefined;
    let opened = 0;
    const events = fakeEvents();
    const bridge = createHttpBridge({
      fetch: async (url, init) => {
        sent.push({ url: String(url), headers: init?.headers });
        return json(200, staleAfterUpgradeReport());
      },
      openEvents: (_url, _headers, onEnd) => {
        opened += 1;
        endStream = onEnd;
        return events.source;
      },
      token: 'tok-3',
    });
    const said: string[] = [];
    bridge.onStopped?.((message) => said.push(message));
    const stopListening = bridge.onReportChanged(() => undefined);
    await bridge.invoke('report-get', {});
    endStream();
    expect(said).toEqual([PREVIEW_STOPPED_MESSAGE]);
    expect(events.closed).toBe(true);
    await expect(bridge.invoke('report-get', {})).rejects.toThrow(PREVIEW_STOPPED_MESSAGE);
    await expect(bridge.invoke('settings-save', { ...DEFAULT_SETTINGS })).rejects.toThrow(PREVIEW_STOPPED_MESSAGE);
    stopListening();
    bridge.onReportChanged(() => undefined);
    expect(opened).toBe(1);
    expect(sent).toHaveLength(1);
    const late: string[] = [];
    bridge.onStopped?.((message) => late.push(message));
    expect(late).toEqual([PREVIEW_STOPPED_MESSAGE]);
  });

  it('stops when the server no longer knows the token (another program, or another run, on the port)', async () => {
    let calls = 0;
    const bridge = createHttpBridge({ fetch: async () => ((calls += 1), json(401, { error: 'Open the address Sync Doctor printed (with its token) in this tab.' })), openEvents: () => fakeEvents().source, token: 'old' });
    await expect(bridge.invoke('report-get', {})).rejects.toThrow(PREVIEW_STOPPED_MESSAGE);
    await expect(bridge.invoke('report-get', {})).rejects.toThrow(PREVIEW_STOPPED_MESSAGE);
    expect(calls).toBe(1);
  });

  it('does not send a request the contract forbids', async () => {
    let fetched = false;
    const bridge = createHttpBridge({
      fetch: async () => {
        fetched = true;
        return json(200, {});
      },
      openEvents: () => fakeEvents().source,
    });
    await expect(bridge.invoke('logs-recent', { lines: 0 })).rejects.toThrow(/not valid/);
    expect(fetched).toBe(false);
  });

  it('hands on each valid report-changed event and closes the stream when nobody listens', async () => {
    const events = fakeEvents();
    let opened = '';
    let sent: Record<string, string> = {};
    const bridge = createHttpBridge({
      fetch: async () => json(200, {}),
      openEvents: (url, headers) => {
        opened = url;
        sent = headers;
        return events.source;
      },
      token: 'tok-2',
    });
    const got: string[] = [];
    const stop = bridge.onReportChanged((r) => got.push(r.status));
    expect(opened).toBe('/api/events');
    expect(sent).toEqual({ 'X-Sync-Doctor-Token': 'tok-2' });
    events.emit('report-changed', JSON.stringify(staleAfterUpgradeReport()));
    events.emit('report-changed', 'not json');
    events.emit('report-changed', JSON.stringify({ status: 'ok' }));
    events.emit('report-changed', JSON.stringify(healthyReport()));
    expect(got).toEqual(['error', 'ok']);
    stop();
    expect(events.closed).toBe(true);
  });
});

describe('choosing the bridge', () => {
  const browser = {
    fetch: (async () => json(200, {})) as typeof fetch,
    location: { hash: '', pathname: '/', search: '' },
    sessionStorage: { getItem: () => null, setItem: () => undefined },
    history: { replaceState: () => undefined },
  };

  it('uses Electron’s preload bridge when it is there', async () => {
    const calls: string[] = [];
    const preload = { invoke: async (channel: string) => (calls.push(channel), { ok: true }), onReportChanged: () => () => undefined } as unknown as SyncDoctorBridge;
    let fetched = false;
    const bridge = pickBridge({ ...browser, fetch: (async () => ((fetched = true), json(200, {}))) as typeof fetch, syncDoctor: preload });
    await expect(bridge.invoke('syncapp-start', {})).resolves.toEqual({ ok: true });
    expect(calls).toEqual(['syncapp-start']);
    expect(fetched).toBe(false);
  });

  it('falls back to the HTTP bridge in a browser', async () => {
    const urls: string[] = [];
    const bridge = pickBridge({ ...browser, fetch: (async (url: string) => (urls.push(url), json(200, { ok: true }))) as typeof fetch });
    await expect(bridge.invoke('syncapp-start', {})).resolves.toEqual({ ok: true });
    expect(urls).toEqual(['/api/syncapp-start']);
  });

  it('checks what Electron’s preload answers and pushes against the contract too', async () => {
    let push: (r: unknown) => void = () => undefined;
    const preload = {
      invoke: async () => ({ text: 42 }),
      onReportChanged: (l: (r: unknown) => void) => ((push = l), () => undefined),
    } as unknown as SyncDoctorBridge;
    const bridge = pickBridge({ ...browser, syncDoctor: preload });
    await expect(bridge.invoke('report-text', {})).rejects.toThrow(/expected shape/);
    const got: string[] = [];
    bridge.onReportChanged((r) => got.push(r.status));
    push({ status: 'error' });
    push(healthyReport());
    expect(got).toEqual(['ok']);
  });
});
