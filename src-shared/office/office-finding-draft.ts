import type { OfficeFinding } from './office-report-schema.js';

/** An office finding as a rule states it; the judgement adds severity and guidance. */
export type OfficeFindingDraft = Omit<OfficeFinding, 'severity' | 'guidance'>;

/** "OFFICE-PC1, OFFICE-PC2 and SERVER01". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}
