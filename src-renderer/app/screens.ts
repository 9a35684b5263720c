/** The window's screens, in navigation order; each has a hash address (`#findings`). */
export const SCREENS = [
  { id: 'overview', label: 'Overview' },
  { id: 'findings', label: 'What to fix' },
  { id: 'paths', label: 'File paths' },
  { id: 'troubleshooter', label: 'Troubleshooter' },
  { id: 'error-lookup', label: 'Error lookup' },
  { id: 'history', label: 'History' },
  { id: 'office', label: 'Office' },
  { id: 'settings', label: 'Settings' },
  { id: 'support', label: 'Support' },
] as const;

export type ScreenId = (typeof SCREENS)[number]['id'];

/** A screen's address: `#troubleshooter?step=3&a.kind=desktop` — the screen, then its own state. */
export interface ScreenAddress {
  screen: ScreenId;
  /** The screen's state as a query string, without the `?` ('' for none). */
  query: string;
}

export function addressFromHash(hash: string): ScreenAddress {
  const [id = '', ...rest] = hash.replace(/^#/, '').split('?');
  const screen = SCREENS.find((s) => s.id === id)?.id;
  return screen ? { screen, query: rest.join('?') } : { screen: 'overview', query: '' };
}

export function screenFromHash(hash: string): ScreenId {
  return addressFromHash(hash).screen;
}

export function hashOf({ screen, query }: ScreenAddress): string {
  return `#${screen}${query === '' ? '' : `?${query}`}`;
}
