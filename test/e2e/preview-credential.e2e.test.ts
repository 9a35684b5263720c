import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium, ukContext } from './support/browser.js';
import { MACHINES, startPreview, type RunningPreview } from './support/serve.js';

/**
 * Another program on 127.0.0.1 (another port): a page that tries everything a local page can
 * to use the preview — its cookies, its sessionStorage, calls to its API with and without
 * a guessed header — and writes what it got into the page.
 */
function attackerPage(target: number): string {
  const api = `http://127.0.0.1:${target}/api`;
  return `<!doctype html><title>other local program</title><script>
  (async () => {
    const result = { cookie: document.cookie, storage: Object.keys(sessionStorage).map((k) => k + '=' + sessionStorage.getItem(k)), calls: [] };
    const tries = [
      ['report-get', { method: 'POST', body: '{}', credentials: 'include', headers: { 'content-type': 'text/plain' } }],
      ['report-get', { method: 'POST', body: '{}', credentials: 'include', mode: 'no-cors' }],
      ['settings-save', { method: 'POST', body: JSON.stringify({ syncAppExecutable: 'C:\\\\evil.exe' }), credentials: 'include', headers: { 'content-type': 'application/json', 'X-Sync-Doctor-Token': 'guess' } }],
      ['events', { credentials: 'include' }],
    ];
    for (const [channel, init] of tries) {
      try {
        const r = await fetch('${api}/' + channel, init);
        result.calls.push(channel + ':' + r.type + ':' + r.status + ':' + (r.type === 'opaque' ? '' : await r.text()));
      } catch (e) {
        result.calls.push(channel + ':blocked');
      }
    }
    document.body.dataset.result = JSON.stringify(result);
  })();
  </script>`;
}

let browser: Browser;
let first: RunningPreview;
let second: RunningPreview;
let other: Server;

beforeAll(async () => {
  if (!chromiumAvailable()) throw new Error('Chromium is missing: apt-get install -y chromium');
  browser = await launchChromium();
  first = await startPreview(['--machine', join(MACHINES, 'sage-healthy.json')]);
  second = await startPreview(['--machine', join(MACHINES, 'quickbooks-sync-app-stopped.json')]);
  const firstPort = Number(new URL(first.url).port);
  other = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(attackerPage(firstPort));
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await browser?.close();
  await first?.stop();
  await second?.stop();
  await new Promise((resolve) => other?.close(resolve));
});

async function openPreview(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('heading', { name: /overall status/i }).waitFor();
  return page;
}

const statusOf = (page: Page) => page.locator('[data-status]').getAttribute('data-status');

describe('the preview credential against other local programs', () => {
  it('leaves nothing a page on another 127.0.0.1 port can use, and refuses its calls', async () => {
    const context = await ukContext(browser);
    const preview = await openPreview(context, first.url);
    expect(preview.url()).not.toContain('token');
    expect(await context.cookies()).toEqual([]);

    // What the preview server answered to the other page's requests, seen from the server's side.
    const statuses: number[] = [];
    const otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    const seen = (message: unknown) => {
      const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
      if (request.headers.origin === otherOrigin && request.url?.startsWith('/api/')) statuses.push(response.statusCode);
    };
    subscribe('http.server.response.finish', seen);
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => document.body.dataset['result'] !== undefined, undefined, { timeout: 30_000 });
    const result = JSON.parse((await page.evaluate(() => document.body.dataset['result']))!) as { cookie: string; storage: string[]; calls: string[] };
    expect(result.cookie).toBe('');
    expect(result.storage).toEqual([]);
    // Whatever the browser let through was refused by the server; nothing came back readable.
    for (const call of result.calls) expect(call, call).toMatch(/:blocked$|:opaque:0:$|:cors:40[13]:/);
    unsubscribe('http.server.response.finish', seen);
    expect(statuses.length).toBeGreaterThan(0);
    for (const status of statuses) expect([401, 403]).toContain(status);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it('is not in a second tab opened on the bare address (sessionStorage is per tab and port)', async () => {
    const context = await ukContext(browser);
    await openPreview(context, first.url);
    const bare = await context.newPage();
    const refused = bare.waitForResponse((r) => r.url().includes('/api/') && r.status() === 401);
    await bare.goto(first.url.replace(/#.*$/, ''));
    await refused;
    await context.close();
  });

  it('keeps two previews side by side working, through reloads, each with its own machine', async () => {
    const context = await ukContext(browser);
    const a = await openPreview(context, first.url);
    const b = await openPreview(context, second.url);
    const [statusA, statusB] = [await statusOf(a), await statusOf(b)];
    expect(statusB).toBe('error');
    expect(statusA).not.toBe(statusB);
    for (const page of [a, b, a]) {
      const answered = page.waitForResponse((r) => r.url().endsWith('/api/report-get') && r.status() === 200);
      await page.reload();
      await answered;
      await page.getByRole('heading', { name: /overall status/i }).waitFor();
    }
    await expect(statusOf(a)).resolves.toBe(statusA);
    await expect(statusOf(b)).resolves.toBe(statusB);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
});
