import type { Browser } from 'playwright';
import { afterAll, beforeAll } from 'vitest';
import { chromiumAvailable, launchChromium } from './browser.js';
import { type RunningPreview, startStaleUpgradePreview } from './serve.js';

export interface StaleUpgradeWindow {
  readonly browser: Browser;
  readonly preview: RunningPreview;
}

/**
 * For a test file about the window on the stale-after-upgrade machine: Chromium and a preview of
 * that machine, started before the file's tests and stopped after them.
 */
export function useStaleUpgradeWindow(): StaleUpgradeWindow {
  let browser: Browser | undefined;
  let preview: RunningPreview | undefined;
  beforeAll(async () => {
    if (!chromiumAvailable()) throw new Error('Chromium is missing: apt-get install -y chromium');
    browser = await launchChromium();
    preview = await startStaleUpgradePreview();
  });
  afterAll(async () => {
    await preview?.stop();
    await browser?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The stale-upgrade window is used before its beforeAll ran');
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get preview() {
      return started(preview);
    },
  };
}
