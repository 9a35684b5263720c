import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { SCREENS } from '../../src-renderer/app/screens.js';
import { seriousViolationsInPage } from './support/axe-in-page.js';
import { CURRENT_PATH, MACHINES, REPO_ROOT, type RunningPreview, snapshotFileAsThisPc, startPreview } from './support/serve.js';
import { useStaleUpgradeWindow } from './support/stale-upgrade-window.js';
import { closeCheckedWindow, openCheckedWindow, showScreen } from './support/window-page.js';

// Windows contrast themes reach the page as `forced-colors: active`; Chromium emulates it.
const SCREENSHOTS = process.env['UPDATE_SCREENSHOTS'] === '1' ? join(REPO_ROOT, 'docs', 'screenshots') : join(REPO_ROOT, 'test-results', 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

const stale = useStaleUpgradeWindow();

async function openInContrastTheme(scheme: 'light' | 'dark', preview: RunningPreview = stale.preview): Promise<Page> {
  const page = await openCheckedWindow(stale.browser, preview, { colorScheme: scheme });
  await page.emulateMedia({ forcedColors: 'active', colorScheme: scheme });
  await page.route('**/api/history-get', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        range: '24h',
        uptime: [
          { from: '2026-11-19T09:30:00Z', to: '2026-11-19T16:45:00Z', state: 'up' },
          { from: '2026-11-19T16:45:00Z', to: '2026-11-20T08:03:00Z', state: 'down' },
        ],
        events: [{ at: '2026-11-19T16:45:00Z', type: 'syncapp-stopped' }],
      }),
    }),
  );
  return page;
}

/**
 * What a contrast theme could take away: for every status mark (banner, badge, navigation mark)
 * its glyph and words, and a visible border for it and for every button.
 */
function lostMarks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const lost: string[] = [];
    const visibleBorder = (el: Element) => {
      const s = getComputedStyle(el);
      return ['Top', 'Right', 'Bottom', 'Left'].some((side) => s.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' && parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) >= 1);
    };
    for (const el of document.querySelectorAll('.status-banner, .badge, .nav-status')) {
      const glyph = el.querySelector('[aria-hidden="true"]')?.textContent?.trim();
      if (!glyph) lost.push(`${el.className}: no glyph`);
      if (!visibleBorder(el)) lost.push(`${el.className}: no border`);
      if ((el.textContent ?? '').replace(glyph ?? '', '').trim() === '') lost.push(`${el.className}: no words`);
    }
    for (const button of document.querySelectorAll('button')) if (!visibleBorder(button)) lost.push(`button “${button.textContent}”: no border`);
    return lost;
  });
}

describe('Windows High Contrast (forced colours), light and dark', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`every screen stays legible and keeps its status marks (${scheme} contrast theme)`, async () => {
      const page = await openInContrastTheme(scheme);
      await expect(page.evaluate(() => matchMedia('(forced-colors: active)').matches)).resolves.toBe(true);
      for (const screen of SCREENS) {
        await showScreen(page, screen.label);
        if (screen.id === 'history') await page.getByRole('region', { name: 'What the snapshot shows' }).waitFor();
        if (screen.id === 'settings') await page.getByRole('button', { name: 'Save settings' }).waitFor();
        expect({ screen: screen.id, violations: await seriousViolationsInPage(page) }).toEqual({ screen: screen.id, violations: [] });
        expect({ screen: screen.id, lost: await lostMarks(page) }).toEqual({ screen: screen.id, lost: [] });
        // The current screen is marked by more than colour: a bar beside it, and only beside it.
        const bars = await page
          .getByRole('navigation', { name: 'Screens' })
          .getByRole('link')
          .evaluateAll((links) => links.filter((a) => parseFloat(getComputedStyle(a).borderLeftWidth) >= 3 && getComputedStyle(a).borderLeftStyle !== 'none').map((a) => a.getAttribute('href')));
        expect(bars).toEqual([`#${screen.id}`]);
      }
      await closeCheckedWindow(page);
    });
  }

  it('the overview names the problem with its glyph and words; differing folder names and the uptime chart keep their marks', async () => {
    const page = await openInContrastTheme('light');
    const banner = page.locator('.status-banner');
    await expect(banner.locator('.status-icon').textContent()).resolves.toBe('✗');
    await expect(banner.textContent()).resolves.toMatch(/Action needed.*still points at the Sage 2024 data/);
    await page.screenshot({ path: join(SCREENSHOTS, 'overview-high-contrast.png'), fullPage: true });

    await showScreen(page, 'File paths');
    // The highlight opts out of the theme's recolouring and takes the theme's own Highlight colour.
    const highlight = await page.locator('mark.differs').first().evaluate((mark) => {
      const probe = document.body.appendChild(document.createElement('span'));
      probe.style.backgroundColor = 'Highlight';
      const themeHighlight = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return { adjust: getComputedStyle(mark).forcedColorAdjust, mark: getComputedStyle(mark).backgroundColor, themeHighlight, page: getComputedStyle(document.body).backgroundColor };
    });
    expect(highlight.adjust).toBe('none');
    expect(highlight.mark).toBe(highlight.themeHighlight);
    expect(highlight.mark).not.toBe(highlight.page);

    await closeCheckedWindow(page);
  });

  it('the uptime chart of this PC keeps three marks, and "not watched" is never the theme\'s GrayText (green in High Contrast Black)', async () => {
    const live = await startPreview(['--autoentry-path', CURRENT_PATH], snapshotFileAsThisPc(join(MACHINES, 'sage-healthy.json')));
    try {
      const page = await openInContrastTheme('dark', live);
      await showScreen(page, 'History');
      await page.getByRole('img', { name: /Sync App/ }).waitFor();
      const fills = await page.locator('.uptime-chart rect').evaluateAll((rects) => rects.map((r) => `${r.getAttribute('class')}=${getComputedStyle(r).fill}`));
      const byState = Object.fromEntries(fills.map((f) => f.split('=') as [string, string]));
      expect(new Set([byState['uptime-up'], byState['uptime-down'], byState['uptime-unknown']]).size).toBe(3);
      const grayText = await page.evaluate(() => {
        const probe = document.body.appendChild(document.createElement('span'));
        probe.style.color = 'GrayText';
        const colour = getComputedStyle(probe).color;
        probe.remove();
        return colour;
      });
      const unknownKey = await page.locator('.key-unknown').evaluate((k) => getComputedStyle(k).backgroundColor);
      expect(byState['uptime-unknown']).not.toBe(grayText);
      expect(unknownKey).not.toBe(grayText);
      expect(await seriousViolationsInPage(page)).toEqual([]);
      await closeCheckedWindow(page);
    } finally {
      await live.stop();
    }
  });
});
