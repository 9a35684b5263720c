import type { OfficeFinding } from './office-report-schema.js';

/** An office finding as a rule states it; the judgement adds severity and guidance. */
export type OfficeFindingDraft = Omit<OfficeFinding, 'severity' | 'guidance'>;

/** "OFFICE-PC1, OFFICE-PC2 and SERVER01". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

/**
 * Up to `few` names in full, else the first and how many more: "SYNC-PC and 999 others". A
 * list of a thousand PCs stays one short phrase.
 */
export function listFewNames(names: readonly string[], few = 3): string {
  if (names.length <= few) return listNames(names);
  return `${names[0]!} and ${names.length - 1} others`;
}
