import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium, ukContext } from './support/browser.js';
import { MACHINES, startPreview } from './support/serve.js';
import { goTo } from './support/navigation.js';

let browser: Browser;
let squatter: Server | undefined;

beforeAll(async () => {
  if (!chromiumAvailable()) throw new Error('Chromium is missing: apt-get install -y chromium');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (squatter ? squatter.close(resolve) : resolve(undefined)));
});

describe('a stopped preview and the next program on its port', () => {
  it('the page sends the new program nothing — no token, no call — and says Sync Doctor stopped', async () => {
    const preview = await startPreview(['--machine', join(MACHINES, 'sage-healthy.json')]);
    const port = Number(new URL(preview.url).port);
    const context = await ukContext(browser);
    const page = await context.newPage();
    await page.goto(preview.url);
    await page.getByRole('heading', { name: /overall status/i }).waitFor();
    // A call the page would make once its server is gone: saving settings (Check now is disabled for a snapshot).
    await goTo(page, 'Settings');
    const save = page.getByRole('button', { name: 'Save settings' });
    await save.waitFor();

    await preview.stop();
    // Another program takes the freed port at once and would answer anything with a fake report.
    const seen: Array<{ url: string; token: string | undefined }> = [];
    squatter = createServer((req, res) => {
      seen.push({ url: req.url ?? '', token: req.headers['x-sync-doctor-token'] as string | undefined });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{}');
    });
    await new Promise<void>((resolve) => squatter!.listen(port, '127.0.0.1', resolve));

    await page.getByText('Sync Doctor stopped — open the address it prints again.').waitFor();
    await save.click();
    // Longer than the 3 s the page used to wait before reconnecting with its old token.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 5000)));
    expect(seen).toEqual([]);
    await context.close();
  });
});
