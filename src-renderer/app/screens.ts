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

export function screenFromHash(hash: string): ScreenId {
  const id = hash.replace(/^#/, '');
  return SCREENS.find((s) => s.id === id)?.id ?? 'overview';
}
