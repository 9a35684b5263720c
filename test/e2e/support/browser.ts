import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright';

/** Debian's Chromium (apt-get install chromium); Playwright's own download is not used. */
export const CHROMIUM = process.env['SYNC_DOCTOR_CHROMIUM'] ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

/** A headless Chromium with a fresh profile (playwright makes a new temporary user-data-dir per launch). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A window as a UK bookkeeper's: en-GB, London time, light or dark like their Windows. */
export function ukContext(browser: Browser, colorScheme: 'light' | 'dark' = 'light'): Promise<BrowserContext> {
  return browser.newContext({
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    colorScheme,
    viewport: { width: 1200, height: 860 },
    acceptDownloads: true,
  });
}
