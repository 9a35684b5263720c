import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENS } from '../../src-renderer/app/screens.js';
import { chromiumAvailable, launchChromium, ukContext } from './support/browser.js';
import { MACHINES, startPreview, type RunningPreview } from './support/serve.js';

const LONG_COMPUTER = `RECEPTION${'W'.repeat(180)}PC`;
const LONG_USER = `margaret.${'m'.repeat(150)}.okonkwo`;
const LONG_FOLDER = `Client${'Q'.repeat(160)}Ltd`;
const LONG_PATH = `C:\\ProgramData\\Sage\\Accounts\\2024\\${LONG_FOLDER}\\Company.000`;

interface Overlap {
  screen: string;
  problem: string;
}

/** Every card's box against its siblings', and every text line against its own card. */
function layoutProblems(screen: string): Overlap[] {
  const problems: Overlap[] = [];
  const cards = [...document.querySelectorAll<HTMLElement>('main .card, main .status-banner, main article, main section')].filter((c) => c.offsetParent !== null);
  const boxes = cards.map((c) => c.getBoundingClientRect());
  const name = (c: Element) => `${c.tagName.toLowerCase()}.${[...c.classList].join('.')} "${(c.textContent ?? '').slice(0, 40)}"`;
  for (let i = 0; i < cards.length; i++) {
    for (let j = i + 1; j < cards.length; j++) {
      if (cards[i]!.contains(cards[j]!) || cards[j]!.contains(cards[i]!)) continue;
      const a = boxes[i]!;
      const b = boxes[j]!;
      const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
      if (overlap) problems.push({ screen, problem: `${name(cards[i]!)} overlaps ${name(cards[j]!)}` });
    }
  }
  for (const [i, card] of cards.entries()) {
    const box = boxes[i]!;
    const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if ((node.textContent ?? '').trim() === '') continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const line of range.getClientRects()) {
        if (line.width === 0) continue;
        if (line.left < box.left - 1 || line.right > box.right + 1) {
          problems.push({ screen, problem: `text "${(node.textContent ?? '').slice(0, 30)}" runs outside ${name(card)} (${Math.round(line.right)} > ${Math.round(box.right)})` });
          break;
        }
      }
    }
  }
  if (document.documentElement.scrollWidth > window.innerWidth + 1) problems.push({ screen, problem: `the page scrolls sideways (${document.documentElement.scrollWidth}px)` });
  return problems;
}

let browser: Browser;
let preview: RunningPreview;
let dir: string;

beforeAll(async () => {
  if (!chromiumAvailable()) throw new Error('Chromium is missing: apt-get install -y chromium');
  dir = mkdtempSync(join(tmpdir(), 'sd-long-names-'));
  const snapshot = JSON.parse(readFileSync(join(MACHINES, 'sage-stale-after-upgrade.json'), 'utf8')) as { host: Record<string, unknown>; env: Record<string, string> };
  snapshot.host['computerName'] = LONG_COMPUTER;
  snapshot.host['userName'] = LONG_USER;
  snapshot.host['userDomain'] = LONG_COMPUTER;
  const file = join(dir, 'hostile.json');
  writeFileSync(file, JSON.stringify(snapshot));
  browser = await launchChromium();
  preview = await startPreview(['--machine', file, '--autoentry-path', LONG_PATH, '--sync-app-location', LONG_COMPUTER]);
});
afterAll(async () => {
  await browser?.close();
  await preview?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function visit(page: Page, screen: (typeof SCREENS)[number]): Promise<void> {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: new RegExp(`^${screen.label}`) }).click();
  await page.getByRole('main', { name: screen.label }).waitFor();
  await page.waitForTimeout(200);
}

describe('long names from a hostile snapshot', () => {
  for (const width of [1200, 700]) {
    it(`wrap inside their cards on every screen (${width}px wide)`, async () => {
      const context = await ukContext(browser);
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(preview.url);
      await page.getByRole('heading', { name: /overall status/i }).waitFor();
      const problems: Overlap[] = [];
      let shownSomewhere = false;
      for (const screen of SCREENS) {
        await visit(page, screen);
        const text = await page.locator('main').textContent();
        if (text?.includes(LONG_COMPUTER) || text?.includes(LONG_FOLDER)) shownSomewhere = true;
        problems.push(...(await page.evaluate(layoutProblems, screen.id)));
      }
      await context.close();
      expect(shownSomewhere).toBe(true);
      expect(problems).toEqual([]);
    });
  }
});
