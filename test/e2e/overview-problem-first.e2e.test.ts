import { describe, expect, it } from 'vitest';
import { CURRENT_PATH } from './support/serve.js';
import { useStaleUpgradeWindow } from './support/stale-upgrade-window.js';
import { closeCheckedWindow, openCheckedWindow } from './support/window-page.js';

const stale = useStaleUpgradeWindow();

describe('the Overview puts the problem first (sage-stale-after-upgrade)', () => {
  it('names the stale path in the banner, copies the right path from it, and leads on to the whole fix', async () => {
    const page = await openCheckedWindow(stale.browser, stale.preview);
    const banner = page.getByRole('region', { name: /overall status/i });
    await expect(banner.textContent()).resolves.toMatch(/Action needed.*AutoEntry still points at the Sage 2024 data; Sage now uses 2025/);
    await banner.getByRole('button', { name: 'Copy path' }).click();
    await page.getByRole('status').filter({ hasText: 'Path copied.' }).waitFor();
    await banner.getByRole('link', { name: /See (the whole fix|all \d+ things to fix)/ }).click();
    await page.getByRole('main', { name: 'What to fix' }).waitFor();
    await closeCheckedWindow(page);
  });

  it('on a narrow window the long path wraps after a backslash, never inside a folder name', async () => {
    const page = await openCheckedWindow(stale.browser, stale.preview, { viewport: { width: 420, height: 900 } });
    const lines = await page
      .getByRole('region', { name: /overall status/i })
      .locator('code.path', { hasText: CURRENT_PATH })
      .first()
      .evaluate((code) => {
        const pieces = [...code.querySelectorAll('.path-segment')];
        return {
          text: code.textContent,
          split: pieces.filter((p) => p.getClientRects().length !== 1).map((p) => p.textContent),
          tops: [...new Set(pieces.map((p) => Math.round(p.getBoundingClientRect().top)))].length,
          lineEnds: pieces.filter((p, i) => i + 1 < pieces.length && pieces[i + 1]!.getBoundingClientRect().top > p.getBoundingClientRect().top).map((p) => p.textContent),
        };
      });
    expect(lines.text).toBe(CURRENT_PATH);
    expect(lines.split).toEqual([]);
    expect(lines.tops).toBeGreaterThan(1);
    for (const end of lines.lineEnds) expect(end).toMatch(/\\$/);
    await closeCheckedWindow(page);
  });
});
