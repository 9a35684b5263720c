import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

async function login(): Promise<string> {
  const token = new URL(server.url).searchParams.get('token')!;
  const answer = await http(server.port, `/?token=${token}`);
  return String(answer.headers['set-cookie']?.[0]).split(';')[0]!;
}

describe('the loopback preview server', () => {
  it('listens on 127.0.0.1 only and prints a URL with a long random token', async () => {
    expect(server.address).toBe('127.0.0.1');
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[A-Za-z0-9_-]{40,}$`));
    const other = Object.values(networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
    if (other) await expect(http(server.port, '/', { host: other.address })).rejects.toThrow();
  });

  it('exchanges the token for an HttpOnly SameSite=Strict cookie and redirects to the UI', async () => {
    const token = new URL(server.url).searchParams.get('token')!;
    const answer = await http(server.port, `/?token=${token}`);
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe('/');
    const cookie = String(answer.headers['set-cookie']?.[0]);
    expect(cookie).toMatch(/^sd_session=[A-Za-z0-9_-]+; HttpOnly; SameSite=Strict; Path=\/$/);
    expect(cookie).not.toContain(token);
    const page = await http(server.port, '/', { headers: { Cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Sync Doctor UI');
  });

  it('refuses a wrong token, and everything without the cookie', async () => {
    expect((await http(server.port, '/?token=guess')).status).toBe(403);
    expect((await http(server.port, '/')).status).toBe(401);
    expect((await http(server.port, '/assets/app.js')).status).toBe(401);
    expect((await http(server.port, '/api/report-get', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status).toBe(401);
    expect((await http(server.port, '/api/events')).status).toBe(401);
    expect((await http(server.port, '/', { headers: { Cookie: 'sd_session=forged' } })).status).toBe(401);
  });

  it('refuses any Host but 127.0.0.1 or localhost on its port (DNS rebinding)', async () => {
    const cookie = await login();
    for (const host of ['evil.example', `evil.example:${server.port}`, '127.0.0.1', `127.0.0.1:${server.port + 1}`, `localhost.evil:${server.port}`]) {
      expect((await http(server.port, '/', { headers: { Host: host, Cookie: cookie } })).status, host).toBe(403);
    }
    expect((await http(server.port, '/', { headers: { Host: `localhost:${server.port}`, Cookie: cookie } })).status).toBe(200);
  });

  it('sends the CSP and the other security headers with the UI', async () => {
    const cookie = await login();
    const page = await http(server.port, '/', { headers: { Cookie: cookie } });
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-(eval|inline)/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const script = await http(server.port, '/assets/app.js', { headers: { Cookie: cookie } });
    expect(script.headers['content-type']).toMatch(/text\/javascript/);
    expect((await http(server.port, '/../sd-outside.txt', { headers: { Cookie: cookie } })).body).not.toContain('secret');
    expect((await http(server.port, '/%2e%2e/sd-outside.txt', { headers: { Cookie: cookie } })).status).toBe(404);
  });

  it('answers a channel round trip with a response the contract accepts', async () => {
    const cookie = await login();
    fakes.reports.publish(makeReport('error', [SYNC_APP_STOPPED]));
    const answer = await http(server.port, '/api/report-get', { method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'application/json' }, body: '{}' });
    expect(answer.status).toBe(200);
    const report = ReportSchema.parse(JSON.parse(answer.body));
    expect(report.findings[0]?.code).toBe('syncapp.not-running');
    const validated = await http(server.port, '/api/path-validate', {
      method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'application/json' }, body: JSON.stringify({ path: 'S:\\Accounts' }),
    });
    expect(JSON.parse(validated.body).finding.configuredPath).toBe('S:\\Accounts');
  });

  it('refuses invalid requests with 4xx and an error message', async () => {
    const cookie = await login();
    const post = (path: string, body: string, headers: Record<string, string> = {}) =>
      http(server.port, path, { method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'application/json', ...headers }, body });
    const bad = await post('/api/open-external', JSON.stringify({ url: 'https://evil.example/' }));
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error).toMatch(/Invalid request for open-external/);
    expect((await post('/api/report-get', '{not json')).status).toBe(400);
    expect((await post('/api/no-such-channel', '{}')).status).toBe(404);
    expect((await post('/api/report-get', '{}', { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await post('/api/report-get', '{}', { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await http(server.port, '/api/report-get', { headers: { Cookie: cookie } })).status).toBe(405);
    expect((await post('/api/log-write', JSON.stringify({ level: 'info', message: 'x'.repeat(3_000_000) }))).status).toBe(413);
  });

  it('delivers report changes as server-sent events', async () => {
    const cookie = await login();
    const stream = readEvents(server.port, cookie, 2);
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
    const token = new URL(server.url).searchParams.get('token')!;
    const cookie = String((await http(server.port, `/?token=${token}`)).headers['set-cookie']?.[0]).split(';')[0]!;
    const page = await http(server.port, '/', { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('npm run build');
  });
});
