import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolationsInPage } from './support/axe-in-page.js';
import { chromiumAvailable, launchChromium } from './support/browser.js';
import { closeCheckedWindow, openCheckedWindow, showScreen } from './support/window-page.js';
import { MACHINES, REPO_ROOT, startPreview, type RunningPreview } from './support/serve.js';

const OFFICES = join(REPO_ROOT, 'test', 'fixtures', 'offices');
const SCREENSHOTS = process.env['UPDATE_SCREENSHOTS'] === '1' ? join(REPO_ROOT, 'docs', 'screenshots') : join(REPO_ROOT, 'test-results', 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

const officeFiles = (name: string) => readdirSync(join(OFFICES, name)).sort().map((f) => join(OFFICES, name, f));

let browser: Browser;
let preview: RunningPreview;

beforeAll(async () => {
  if (!chromiumAvailable()) throw new Error('Chromium is missing: apt-get install -y chromium');
  browser = await launchChromium();
  preview = await startPreview(['--machine', join(MACHINES, 'sage-healthy.json')]);
});
afterAll(async () => {
  await preview?.stop();
  await browser?.close();
});

async function openOffice(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await openCheckedWindow(browser, preview, { colorScheme });
  await showScreen(page, 'Office');
  return page;
}

describe('the Office screen in the browser preview', () => {
  it('judges four picked snapshots: the split dataset on top, the PCs side by side, axe clean', async () => {
    const page = await openOffice();
    // The browser preview has no folder dialog: only picking and dropping.
    await expect(page.getByRole('button', { name: /Open a folder/ }).count()).resolves.toBe(0);
    await page.getByLabel('Choose snapshot files').setInputFiles(officeFiles('dataset-split'));
    await page.getByRole('heading', { name: 'The PCs side by side' }).waitFor();

    const finding = page.getByRole('article', { name: 'AutoEntry posts to a dataset nobody else in the office works in' });
    await expect(finding.textContent()).resolves.toContain('OFFICE-PC1, OFFICE-PC2 and SERVER01 all work in \\\\FILESRV\\Accounts\\Sage\\Company.000');
    const rows = await finding.getByRole('table', { name: 'As each PC spells it' }).getByRole('row').allTextContents();
    expect(rows.slice(1)).toEqual([
      'SYNC-PCD:\\Copy\\Company.000',
      'OFFICE-PC1S:\\Sage\\Company.000',
      'OFFICE-PC2S:\\Sage\\Company.000',
      'SERVER01\\\\FILESRV.office.local\\Accounts\\Sage\\Company.000',
    ]);
    await expect(finding.getByRole('list', { name: 'What to do' }).getByRole('listitem').count()).resolves.toBeGreaterThan(1);

    // AutoEntry's path and the Sync App location: the same fields as Settings, taken from the snapshots.
    const fields = page.getByRole('region', { name: 'What AutoEntry is set to' });
    await expect(fields.getByLabel('File path AutoEntry is set to').inputValue()).resolves.toBe('D:\\Copy\\Company.000');
    await expect(fields.getByLabel('Sync App location shown on AutoEntry’s Integrate page').count()).resolves.toBe(1);
    await fields.getByText(/On SYNC-PC: /).waitFor();

    const pcs = page.getByRole('region', { name: 'The PCs side by side' });
    const sync = pcs.getByRole('region', { name: 'SYNC-PC' });
    // The ✗ is on the PC posting into its own copy, not on the PCs doing it right.
    await expect(sync.locator('.badge.tone-error').count()).resolves.toBe(1);
    await expect(pcs.getByRole('region', { name: 'OFFICE-PC1' }).locator('.badge.tone-error, .badge.tone-ok').count()).resolves.toBe(0);
    await expect(sync.textContent()).resolves.toMatch(/Sync AppRuns here.*Sage version2025.*AutoEntry is set to\s*D:\\Copy\\Company\.000\s*a folder on this PC only/);
    const pc1 = pcs.getByRole('region', { name: 'OFFICE-PC1' });
    await expect(pc1.textContent()).resolves.toMatch(/Not running here.*Sage works in\s*S:\\Sage\\Company\.000\s*which is \\\\FILESRV\\Accounts\\Sage\\Company\.000/);
    await expect(pcs.getByRole('region').count()).resolves.toBe(4);

    expect(await seriousViolationsInPage(page)).toEqual([]);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(SCREENSHOTS, 'office-light.png'), fullPage: true });

    // Typing the path the office works in judges the office again: now it agrees.
    await fields.getByLabel('File path AutoEntry is set to').fill('S:\\Sage\\Company.000');
    await page.getByRole('heading', { name: /The office agrees.*PCs compared/ }).waitFor({ timeout: 30_000 });
    expect(decodeURIComponent(await page.evaluate(() => location.hash))).toContain('autoentry=S:\\Sage\\Company.000');
    // Away and back: the PCs and the fields are still there.
    await showScreen(page, 'Overview');
    await showScreen(page, 'Office');
    await expect(page.getByRole('region', { name: 'What AutoEntry is set to' }).getByLabel('File path AutoEntry is set to').inputValue()).resolves.toBe('S:\\Sage\\Company.000');
    await page.getByRole('heading', { name: 'The PCs side by side' }).waitFor();
    await closeCheckedWindow(page);
  });

  it('is axe-clean with its report in dark and in forced colours', async () => {
    for (const mode of ['dark', 'forced'] as const) {
      const page = await openOffice(mode === 'dark' ? 'dark' : 'light');
      if (mode === 'forced') await page.emulateMedia({ forcedColors: 'active' });
      await page.getByLabel('Choose snapshot files').setInputFiles(officeFiles('dataset-split'));
      await page.getByRole('heading', { name: 'The PCs side by side' }).waitFor();
      expect({ mode, violations: await seriousViolationsInPage(page) }).toEqual({ mode, violations: [] });
      await closeCheckedWindow(page);
    }
  });

  it('is operable from the keyboard: Tab to the file picker, open it, and on to the steps', async () => {
    const page = await openOffice('dark');
    // Listen for the chooser before any key is pressed: Playwright turns on its file-chooser
    // interception only once a listener exists, and on a busy machine that can lag a key press.
    const chooserOpened = page.waitForEvent('filechooser', { timeout: 60_000 });
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'file');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Space');
    const chooser = await chooserOpened;
    await chooser.setFiles(officeFiles('syncapp-several'));
    await page.getByRole('article', { name: 'The Sync App runs on 2 PCs' }).waitFor();
    // On from the picker (through AutoEntry's path and the Sync App location), Tab reaches the finding's "Open AutoEntry" — a link in the browser.
    let onStep = false;
    for (let i = 0; i < 30 && !onStep; i++) {
      await page.keyboard.press('Tab');
      onStep = await page.evaluate(() => ['BUTTON', 'A'].includes(document.activeElement?.tagName ?? '') && document.activeElement!.closest('article') !== null);
    }
    expect(onStep).toBe(true);
    expect(await seriousViolationsInPage(page)).toEqual([]);
    await closeCheckedWindow(page);
  });

  it('takes dropped files, a broken one among them, and says which file it could not read', async () => {
    const page = await openOffice();
    const files = officeFiles('broken-file').map((f) => ({ name: f.split('/').at(-1)!, text: readFileSync(f, 'utf8') }));
    const data = await page.evaluateHandle((given) => {
      const transfer = new DataTransfer();
      for (const f of given) transfer.items.add(new File([f.text], f.name, { type: 'application/json' }));
      return transfer;
    }, files);
    await page.getByText('Or drop the snapshot files here.').dispatchEvent('drop', { dataTransfer: data });
    const finding = page.getByRole('article', { name: 'OFFICE-PC3.json is not a readable snapshot' });
    await finding.waitFor();
    await expect(page.getByRole('region', { name: 'The PCs side by side' }).getByRole('region').count()).resolves.toBe(3);
    await closeCheckedWindow(page);
  });

  it('says so when none of the files is a snapshot', async () => {
    const page = await openOffice();
    await page.getByLabel('Choose snapshot files').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('["not a snapshot"]') });
    await page.getByRole('alert').filter({ hasText: 'None of the files given is a readable machine snapshot' }).waitFor();
    await expect(page.getByRole('alert').filter({ hasText: 'notes.json' }).count()).resolves.toBe(1);
    await closeCheckedWindow(page);
  });
});
