import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENS } from '../../src-renderer/app/screens.js';
import { seriousViolationsInPage } from './support/axe-in-page.js';
import { chromiumAvailable, launchChromium } from './support/browser.js';
import { closeCheckedWindow, openCheckedWindow } from './support/window-page.js';
import { CURRENT_PATH, MACHINES, REPO_ROOT, type RunningPreview, snapshotFileAsThisPc, STALE_PATH, startPreview, startStaleUpgradePreview } from './support/serve.js';
import { goTo } from './support/navigation.js';

// `npm run screenshots` refreshes the README's pictures; ordinary runs keep theirs out of git.
const SCREENSHOTS = process.env['UPDATE_SCREENSHOTS'] === '1' ? join(REPO_ROOT, 'docs', 'screenshots') : join(REPO_ROOT, 'test-results', 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

let browser: Browser;

beforeAll(async () => {
  if (!chromiumAvailable()) throw new Error('Chromium is missing: apt-get install -y chromium');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const openWindow = (preview: RunningPreview, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> => openCheckedWindow(browser, preview, { colorScheme });

/** Closes the window after checking it logged no error (a CSP violation or a failed request would show here). */
const closeWindow = closeCheckedWindow;

/** Saves the Settings screen and waits for the save and the check that follows it. */
async function saveSettings(page: Page) {
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/settings-save') && r.ok());
  const checked = page.waitForResponse((r) => r.url().endsWith('/api/report-check-now') && r.ok());
  await page.getByRole('button', { name: 'Save settings' }).click();
  await Promise.all([saved, checked]);
}

describe('Sage upgraded to 2025 but AutoEntry still points at 2024 (sage-stale-after-upgrade)', () => {
  let preview: RunningPreview;
  beforeAll(async () => {
    preview = await startStaleUpgradePreview();
  });
  afterAll(async () => preview?.stop());

  it('shows both paths with 2024 and 2025 highlighted, the evidence and the steps', async () => {
    const page = await openWindow(preview);
    await expect(page.locator('[data-status]').getAttribute('data-status')).resolves.toBe('error');
    await goTo(page, 'What to fix');
    const card = page.getByRole('article', { name: /still points at the Sage 2024 data/ });
    await expect(card.getByLabel(/^AutoEntry is set to:/).locator('mark').allTextContents()).resolves.toEqual(['2024']);
    await expect(card.getByLabel(/^The data in use is at:/).locator('mark').allTextContents()).resolves.toEqual(['2025']);
    await expect(card.getByLabel(/^AutoEntry is set to:/).textContent()).resolves.toBe(STALE_PATH);
    await expect(card.getByLabel(/^The data in use is at:/).textContent()).resolves.toBe(CURRENT_PATH);
    await expect(card.textContent()).resolves.toMatch(/The 2024 data was still written to on 19 Nov (2026 )?at 16:40, although Sage was upgraded to 2025 on 2 Apr 2025/);
    const steps = await card.getByRole('list', { name: 'What to do' }).getByRole('listitem').allTextContents();
    expect(steps.length).toBeGreaterThanOrEqual(3);
    expect(steps[0]).toContain(CURRENT_PATH);
    await expect(card.getByRole('button', { name: 'Copy path' }).isVisible()).resolves.toBe(true);
    await closeWindow(page);
  });

  it('runs the troubleshooter to its “done” summary with this PC’s checks filled in', async () => {
    const page = await openWindow(preview);
    await goTo(page, 'Troubleshooter');
    const answers = ['Sage 50 Accounts or QuickBooks Desktop, through the Sync App', 'Published, with the software’s name', 'All three say the integration is working', 'No, it is different', 'No', 'Yes', 'No, we publish by hand', 'No'];
    for (const [i, answer] of answers.entries()) {
      await page.getByText(`Step ${i + 1} of ${answers.length}`).waitFor();
      if (i === 2) await expect(page.getByRole('complementary', { name: 'What Sync Doctor found on this computer' }).textContent()).resolves.toMatch(/Sync App is running/);
      if (i === 3) await expect(page.getByRole('complementary', { name: 'What Sync Doctor found on this computer' }).textContent()).resolves.toContain(STALE_PATH);
      await page.getByRole('radio', { name: answer, exact: true }).check();
      await page.getByRole('button', { name: i === answers.length - 1 ? 'Finish' : 'Next' }).click();
    }
    const done = page.getByRole('heading', { name: 'Done — you have been through every check' });
    await done.waitFor();
    await expect(page.getByText('2 checks point to the cause').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'troubleshooter-done-light.png'), fullPage: true });
    await closeWindow(page);
  });

  it('works from the keyboard alone, with a visible focus ring', async () => {
    const page = await openWindow(preview);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('What to fix');
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(ring.style).not.toBe('none');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Enter');
    await page.getByRole('main', { name: 'What to fix' }).waitFor();
    // Tab onwards reaches the first action button of the first finding.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Copy path') break;
    }
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Copy path');
    await closeWindow(page);
  });

  it('has no serious or critical axe violation on any screen, in light or dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await openWindow(preview, scheme);
      for (const screen of SCREENS) {
        await goTo(page, screen.label);
        if (screen.id === 'history') await page.getByRole('region', { name: 'What the snapshot shows' }).waitFor();
        if (screen.id === 'settings') await page.getByRole('button', { name: 'Save settings' }).waitFor();
        expect({ scheme, screen: screen.id, violations: await seriousViolationsInPage(page) }).toEqual({ scheme, screen: screen.id, violations: [] });
      }
      await closeWindow(page);
    }
  });

  it('saves screenshots of the main screens, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await openWindow(preview, scheme);
      for (const screen of ['Overview', 'What to fix', 'File paths', 'Troubleshooter', 'Support']) {
        await goTo(page, screen);
        await page.mouse.move(0, 0);
        const name = screen.toLowerCase().replace(/\s+/g, '-');
        await page.screenshot({ path: join(SCREENSHOTS, `${name}-${scheme}.png`), fullPage: true });
      }
      await goTo(page, 'Error lookup');
      await page.getByLabel('The exact message').fill('Invoice INV-0042 already exists');
      await page.getByRole('button', { name: 'Look it up' }).click();
      await page.getByRole('region', { name: 'Messages about the invoice already existing' }).waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, `error-lookup-${scheme}.png`), fullPage: true });
      await closeWindow(page);
    }
  });
});

describe('History of a snapshot (sage-stale-after-upgrade)', () => {
  let preview: RunningPreview;
  beforeAll(async () => {
    preview = await startStaleUpgradePreview();
  });
  afterAll(async () => preview?.stop());

  it('says a snapshot has no history and shows the snapshot’s facts, not an uptime of replaying a file', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await openWindow(preview, scheme);
      await goTo(page, 'History');
      await page.getByText('A snapshot has no history').waitFor();
      const facts = page.getByRole('region', { name: 'What the snapshot shows' });
      await expect(facts.textContent()).resolves.toMatch(/OFFICE-PC1.*Sync App at that moment/);
      await expect(page.getByText(/of the time it was watched/).count()).resolves.toBe(0);
      expect(await seriousViolationsInPage(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `history-${scheme}.png`), fullPage: true });
      await closeWindow(page);
    }
  });
});

describe('Sage’s settings folder denied (sage-settings-denied-network)', () => {
  let preview: RunningPreview;
  beforeAll(async () => {
    preview = await startPreview(['--machine', join(MACHINES, 'sage-settings-denied-network.json'), '--autoentry-path', 'S:\\Sage\\Company.000']);
  });
  afterAll(async () => preview?.stop());

  it('shows the overview of a PC whose Sage settings could not be read, axe-clean', async () => {
    const page = await openWindow(preview);
    expect(await seriousViolationsInPage(page)).toEqual([]);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(SCREENSHOTS, 'overview-settings-denied-light.png'), fullPage: true });
    await closeWindow(page);
  });
});

describe('adding a company path in Settings (sage-stale-after-upgrade, nothing configured yet)', () => {
  let preview: RunningPreview;
  beforeAll(async () => {
    preview = await startPreview(['--machine', join(MACHINES, 'sage-stale-after-upgrade.json')]);
  });
  afterAll(async () => preview?.stop());

  it('judges the path live, and after saving the overview shows the company with its verdict', async () => {
    const page = await openWindow(preview);
    const companies = page.getByRole('region', { name: 'Your AutoEntry companies' });
    await companies.getByText('No AutoEntry file path has been given yet').waitFor();

    await goTo(page, 'Settings');
    await page.getByRole('button', { name: 'Add company' }).click();
    await page.getByLabel('Company name in AutoEntry').fill('Harbour Bakery Ltd');
    const path = page.getByLabel('File path AutoEntry is set to');
    await path.fill(STALE_PATH);
    await page.getByText(/still points at the Sage 2024 data/).waitFor();
    await path.fill(CURRENT_PATH);
    await page.getByText('AutoEntry points at the dataset Sage 2025 uses').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'settings-light.png'), fullPage: true });
    await saveSettings(page);

    await goTo(page, 'Overview');
    const row = page.getByRole('region', { name: 'Your AutoEntry companies' }).getByRole('listitem').filter({ hasText: 'Harbour Bakery Ltd' });
    await row.getByText('AutoEntry points at the dataset Sage 2025 uses').waitFor();
    await expect(row.textContent()).resolves.toContain(CURRENT_PATH);
    await closeWindow(page);
  });
});

describe('a computer with neither Sage 50 nor QuickBooks', () => {
  let preview: RunningPreview;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sync-doctor-e2e-machine-'));
    const empty = JSON.parse(readFileSync(join(MACHINES, 'sage-healthy.json'), 'utf8')) as Record<string, unknown>;
    Object.assign(empty, { files: {}, registry: {}, services: [], processes: [{ pid: 4, name: 'System', sessionId: 0 }] });
    writeFileSync(join(dir, 'empty.json'), JSON.stringify(empty));
    preview = await startPreview(['--machine', join(dir, 'empty.json')]);
  });
  afterAll(async () => preview?.stop());

  it('asks whether the Sync App is elsewhere, and the demo machine is one click away and clearly labelled', async () => {
    const page = await openWindow(preview);
    await page.getByRole('heading', { name: 'No Sage 50 or QuickBooks found on this PC — is the Sync App on another computer?' }).waitFor();
    await expect(page.getByText('Demo machine', { exact: true }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Try the demo machine' }).click();
    await page.getByText('Demo machine', { exact: true }).waitFor();
    await page.getByRole('region', { name: 'Sage 50 Accounts' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'demo-machine-light.png'), fullPage: true });
    await closeWindow(page);
  });
});

describe('the Sync App stops while the window is open (sage-healthy, watched live)', () => {
  let preview: RunningPreview;
  let snapshotPath: string;
  beforeAll(async () => {
    snapshotPath = join(mkdtempSync(join(tmpdir(), 'sync-doctor-e2e-machine-')), 'this-pc.json');
    copyFileSync(join(MACHINES, 'sage-healthy.json'), snapshotPath);
    preview = await startPreview(['--autoentry-path', CURRENT_PATH], snapshotFileAsThisPc(snapshotPath));
  });
  afterAll(async () => preview?.stop());

  it('turns the overview red without a reload', async () => {
    const page = await openWindow(preview);
    await expect(page.locator('[data-status]').getAttribute('data-status')).resolves.toBe('ok');
    // Check every 5 seconds from now on (saved through the window, as a user would).
    await goTo(page, 'Settings');
    await page.getByLabel('Check every (seconds)').fill('5');
    await saveSettings(page);
    await goTo(page, 'Overview');
    await page.evaluate(() => ((window as unknown as { stillTheSamePage: boolean }).stillTheSamePage = true));

    const snapshot = JSON.parse(readFileSync(snapshotPath, 'utf8')) as { processes: Array<{ name: string }> };
    snapshot.processes = snapshot.processes.filter((p) => !/autoentry/i.test(p.name));
    writeFileSync(snapshotPath, JSON.stringify(snapshot));

    await page.locator('[data-status="error"]').waitFor({ timeout: 20_000 });
    await expect(page.getByRole('heading', { name: /overall status: action needed/i }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('region', { name: 'AutoEntry Sync App' }).getByRole('button', { name: 'Start Sync App' }).isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).resolves.toBe(true);
    await closeWindow(page);
  });
});
