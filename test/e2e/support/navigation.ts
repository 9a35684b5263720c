import type { Page } from 'playwright';

/** Opens a screen from the navigation pane and waits for its main region. */
export async function goTo(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: new RegExp(`^${label}`) }).click();
  await page.getByRole('main', { name: label }).waitFor();
}
