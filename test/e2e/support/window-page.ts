import type { Browser, BrowserContextOptions, Page } from 'playwright';
import { expect } from 'vitest';
import { ukContext } from './browser.js';
import type { RunningPreview } from './serve.js';

type WatchedPage = Page & { problems?: string[] };

/** Opens the window on a preview and waits for the overview; page errors are collected for `closeCheckedWindow`. */
export async function openCheckedWindow(browser: Browser, preview: RunningPreview, options: { colorScheme?: 'light' | 'dark'; viewport?: BrowserContextOptions['viewport'] } = {}): Promise<Page> {
  const context = await ukContext(browser, options.colorScheme ?? 'light');
  const page: WatchedPage = await context.newPage();
  if (options.viewport) await page.setViewportSize(options.viewport);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.problems = problems;
  await page.goto(preview.url);
  await page.getByRole('heading', { name: /overall status/i }).waitFor();
  return page;
}

/** Closes the window after checking it logged no error. */
export async function closeCheckedWindow(page: Page): Promise<void> {
  const problems = [...((page as WatchedPage).problems ?? [])];
  await page.context().close();
  expect(problems).toEqual([]);
}

/** Follows a link of the navigation and waits for its screen. */
export async function showScreen(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: new RegExp(`^${label}`) }).click();
  await page.getByRole('main', { name: label }).waitFor();
}
