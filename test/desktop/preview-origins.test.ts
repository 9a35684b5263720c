import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIpcHandlers } from '../../src-main/app/ipc-handlers.js';
import { startPreviewServer, type PreviewServer } from '../../src-main/preview/preview-server.js';
import { fakeDeps } from './fakes.js';
import { http } from './preview-http.js';

/**
 * The preview's API answers only the page it served: a request whose Origin is anything but
 * exactly http://127.0.0.1:<port> or http://localhost:<port> is refused — look-alike host
 * names, other ports, other schemes, and the opaque `null` origin of sandboxed frames and
 * file:// pages included.
 */
let root: string;
let server: PreviewServer;
let token: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'sd-origins-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Sync Doctor UI</title>');
  server = await startPreviewServer({ handlers: createIpcHandlers(fakeDeps().deps), reports: fakeDeps().reports, rendererRoot: root, port: 0 });
  // The printed address carries the token in its fragment; the page sends it as a header.
  token = /#token=([A-Za-z0-9_-]+)$/.exec(server.url)![1]!;
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

const askWithOrigin = (origin: string | undefined) =>
  http(server.port, '/api/report-get', {
    method: 'POST',
    headers: { 'X-Sync-Doctor-Token': token, 'Content-Type': 'application/json', ...(origin !== undefined && { Origin: origin }) },
    body: '{}',
  });

describe('the preview API and the Origin header', () => {
  it('answers its own page, by either name, and a request that sends no Origin', async () => {
    for (const origin of [`http://127.0.0.1:${server.port}`, `http://localhost:${server.port}`, undefined]) {
      expect((await askWithOrigin(origin)).status, String(origin)).toBe(200);
    }
  });

  it.each([
    ['null', () => 'null'],
    ['a look-alike host', () => `http://localhost.evil.com:${server.port}`],
    ['a look-alike host without a port', () => 'http://localhost.evil.com'],
    ['localhost on no port', () => 'http://localhost'],
    ['localhost on another port', () => `http://localhost:${server.port + 1}`],
    ['127.0.0.1 on another port', () => `http://127.0.0.1:${server.port + 1}`],
    ['localhost with a longer port', () => `http://localhost:${server.port}0`],
    ['https instead of http', () => `https://localhost:${server.port}`],
    ['a user name before the host', () => `http://evil@localhost:${server.port}`],
    ['a subdomain of localhost', () => `http://evil.localhost:${server.port}`],
    ['another loopback address', () => `http://127.0.0.2:${server.port}`],
    ['a trailing slash or path', () => `http://localhost:${server.port}/`],
    ['an empty Origin', () => ''],
    ['another site', () => 'https://evil.example'],
  ])('refuses %s', async (_what, origin) => {
    const answer = await askWithOrigin(origin());
    expect(answer.status).toBe(403);
    expect(answer.body).not.toContain('"status"');
  });
});

describe('the token header', () => {
  const ask = (headers: Record<string, string>) => http(server.port, '/api/report-get', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '{}' });

  it('is accepted only exactly: not cut short, padded, or under another header name', async () => {
    expect((await ask({ 'X-Sync-Doctor-Token': token })).status).toBe(200);
    const wrong: Array<Record<string, string>> = [{ 'X-Sync-Doctor-Token': `${token}x` }, { 'X-Sync-Doctor-Token': token.slice(0, -1) }, { 'X-Sync-Doctor-Token': '' }, { 'X-Sync-Doctor-Tokens': token }, { Authorization: `Bearer ${token}` }];
    for (const headers of wrong) {
      expect((await ask(headers)).status, JSON.stringify(headers)).toBe(401);
    }
  });

  it('answers the right Host by either loopback name only', async () => {
    const askHost = (host: string) => ask({ Host: host, 'X-Sync-Doctor-Token': token });
    expect((await askHost(`127.0.0.1:${server.port}`)).status).toBe(200);
    expect((await askHost(`localhost:${server.port}`)).status).toBe(200);
    for (const host of [`localhost:${server.port}0`, `127.0.0.1:${server.port}0`, `x127.0.0.1:${server.port}`, `LOCALHOST.evil:${server.port}`]) {
      expect((await askHost(host)).status, host).toBe(403);
    }
  });
});
