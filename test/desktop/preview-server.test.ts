import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src-shared/model/report-schema.js';
import { createIpcHandlers } from '../../src-main/app/ipc-handlers.js';
import { startPreviewServer, type PreviewServer } from '../../src-main/preview/preview-server.js';
import { fakeDeps, makeReport, SYNC_APP_STOPPED } from './fakes.js';
import { http, readEvents } from './preview-http.js';

let root: string;
let server: PreviewServer;
let fakes: ReturnType<typeof fakeDeps>;

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'sd-preview-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Sync Doctor UI</title><script type="module" src="/assets/app.js"></script>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log("ui")');
  writeFileSync(join(tmpdir(), 'sd-outside.txt'), 'secret');
  fakes = fakeDeps();
  server = await startPreviewServer({ handlers: createIpcHandlers(fakes.deps), reports: fakes.reports, rendererRoot: root, port: 0 });
});
afterEach(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** Whether this machine has an IPv6 loopback at all. */
async function ipv6Loopback(): Promise<boolean> {
  const probe = createNetServer();
  return new Promise((resolve) => {
    probe.once('error', () => resolve(false));
    probe.listen({ port: 0, host: '::1', ipv6Only: true }, () => probe.close(() => resolve(true)));
  });
}

/** The token the printed address carries in its fragment. */
function tokenOf(url: string): string {
  return /#token=([A-Za-z0-9_-]+)$/.exec(url)![1]!;
}

/** The header the page sends on every API call. */
function auth(): Record<string, string> {
  return { 'X-Sync-Doctor-Token': tokenOf(server.url) };
}

describe('the loopback preview server', () => {
  it('listens on 127.0.0.1 only and prints a URL with a long random token in its fragment', async () => {
    expect(server.address).toBe('127.0.0.1');
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/#token=[A-Za-z0-9_-]{40,}$`));
    const other = Object.values(networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
    if (other) await expect(http(server.port, '/', { host: other.address })).rejects.toThrow();
  });

  it('holds [::1] on the same port too, so a browser sent to localhost reaches this server and no other program', async () => {
    if (!(await ipv6Loopback())) {
      // No IPv6 loopback on this machine: no program can listen on [::1] either.
      expect(server.addresses).toEqual(['127.0.0.1']);
      return;
    }
    expect(server.addresses).toEqual(['127.0.0.1', '::1']);
    const overV6 = await http(server.port, '/api/app-info', { host: '::1', method: 'POST', headers: { Host: `localhost:${server.port}`, ...auth(), 'Content-Type': 'application/json' }, body: '{}' });
    expect(overV6.status).toBe(200);
    expect((await http(server.port, '/', { host: '::1', headers: { Host: `[::1]:${server.port}` } })).status).toBe(200);
  });

  it('will not start on a port whose [::1] side another program holds (it would answer "localhost")', async (context) => {
    if (!(await ipv6Loopback())) return context.skip();
    const squatter = createNetServer();
    await new Promise<void>((resolve) => squatter.listen({ port: 0, host: '::1', ipv6Only: true }, resolve));
    const taken = (squatter.address() as AddressInfo).port;
    try {
      await expect(startPreviewServer({ handlers: createIpcHandlers(fakes.deps), reports: fakes.reports, rendererRoot: root, port: taken })).rejects.toThrow(/already taken on \[::1\]/);
      // The IPv4 side it had taken is given back: the port is free again on 127.0.0.1.
      const probe = createNetServer();
      await new Promise<void>((resolve, reject) => probe.once('error', reject).listen(taken, '127.0.0.1', resolve));
      await new Promise<void>((resolve) => probe.close(() => resolve()));
    } finally {
      await new Promise<void>((resolve) => squatter.close(() => resolve()));
    }
  });

  it('serves the UI without any credential and never sets a cookie', async () => {
    for (const path of ['/', `/?token=${tokenOf(server.url)}`, '/assets/app.js']) {
      const answer = await http(server.port, path);
      expect(answer.status, path).toBe(200);
      expect(answer.headers['set-cookie'], path).toBeUndefined();
    }
    expect((await http(server.port, '/')).body).toContain('Sync Doctor UI');
    const api = await http(server.port, '/api/app-info', { method: 'POST', headers: { ...auth(), 'Content-Type': 'application/json' }, body: '{}' });
    expect(api.headers['set-cookie']).toBeUndefined();
  });

  it('refuses every API call and the event stream without the token header, or with a wrong one', async () => {
    const post = (headers: Record<string, string>) => http(server.port, '/api/report-get', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '{}' });
    expect((await post({})).status).toBe(401);
    expect((await post({ 'X-Sync-Doctor-Token': 'guess' })).status).toBe(401);
    expect((await post({ 'X-Sync-Doctor-Token': tokenOf(server.url).slice(1) })).status).toBe(401);
    expect((await post({ Cookie: `sd_session=${tokenOf(server.url)}` })).status).toBe(401);
    expect((await http(server.port, `/api/events?token=${tokenOf(server.url)}`)).status).toBe(401);
    expect((await http(server.port, '/api/events')).status).toBe(401);
    expect((await post(auth())).status).toBe(200);
  });

  it('refuses any Host but 127.0.0.1 or localhost on its port (DNS rebinding)', async () => {
    for (const host of ['evil.example', `evil.example:${server.port}`, '127.0.0.1', `127.0.0.1:${server.port + 1}`, `localhost.evil:${server.port}`]) {
      expect((await http(server.port, '/', { headers: { Host: host } })).status, host).toBe(403);
      expect((await http(server.port, '/api/app-info', { method: 'POST', headers: { Host: host, ...auth(), 'Content-Type': 'application/json' }, body: '{}' })).status, host).toBe(403);
    }
    expect((await http(server.port, '/', { headers: { Host: `localhost:${server.port}` } })).status).toBe(200);
    expect((await http(server.port, '/', { headers: { Host: `[::1]:${server.port}` } })).status).toBe(200);
    expect((await http(server.port, '/', { headers: { Host: `[::2]:${server.port}` } })).status).toBe(403);
  });

  it('sends the CSP and the other security headers with the UI', async () => {
    const page = await http(server.port, '/');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-(eval|inline)/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const script = await http(server.port, '/assets/app.js');
    expect(script.headers['content-type']).toMatch(/text\/javascript/);
    expect((await http(server.port, '/../sd-outside.txt')).body).not.toContain('secret');
    expect((await http(server.port, '/%2e%2e/sd-outside.txt')).status).toBe(404);
  });

  it('answers a channel round trip with a response the contract accepts', async () => {
    fakes.reports.publish(makeReport('error', [SYNC_APP_STOPPED]));
    const answer = await http(server.port, '/api/report-get', { method: 'POST', headers: { ...auth(), 'Content-Type': 'application/json' }, body: '{}' });
    expect(answer.status).toBe(200);
    const report = ReportSchema.parse(JSON.parse(answer.body));
    expect(report.findings[0]?.code).toBe('syncapp.not-running');
    const validated = await http(server.port, '/api/path-validate', {
      method: 'POST', headers: { ...auth(), 'Content-Type': 'application/json' }, body: JSON.stringify({ path: 'S:\\Accounts' }),
    });
    expect(JSON.parse(validated.body).finding.configuredPath).toBe('S:\\Accounts');
  });

  it('refuses invalid requests with 4xx and an error message', async () => {
    const post = (path: string, body: string, headers: Record<string, string> = {}) =>
      http(server.port, path, { method: 'POST', headers: { ...auth(), 'Content-Type': 'application/json', ...headers }, body });
    const bad = await post('/api/open-external', JSON.stringify({ url: 'https://evil.example/' }));
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error).toMatch(/Invalid request for open-external/);
    expect((await post('/api/report-get', '{not json')).status).toBe(400);
    expect((await post('/api/no-such-channel', '{}')).status).toBe(404);
    expect((await post('/api/report-get', '{}', { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await post('/api/report-get', '{}', { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await http(server.port, '/api/report-get', { headers: auth() })).status).toBe(405);
    expect((await post('/api/log-write', JSON.stringify({ level: 'info', message: 'x'.repeat(3_000_000) }))).status).toBe(413);
  });

  it('delivers report changes as server-sent events', async () => {
    const stream = readEvents(server.port, auth(), 2);
    await stream.firstEvent; // subscribed: the current report has arrived
    fakes.reports.publish(makeReport('error', [SYNC_APP_STOPPED]));
    const events = await stream.events;
    expect(events.map((e) => e.event)).toEqual(['report-changed', 'report-changed']);
    expect(JSON.parse(events[0]!.data).status).toBe('ok');
    expect(JSON.parse(events[1]!.data).status).toBe('error');
  });

  it('serves a page saying to build the UI when dist/renderer is missing', async () => {
    await server.close();
    server = await startPreviewServer({ handlers: createIpcHandlers(fakes.deps), reports: fakes.reports, rendererRoot: join(root, 'nope') });
    const page = await http(server.port, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('npm run build');
  });
});
