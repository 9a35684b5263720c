import type { Finding } from '../model/report-schema.js';

/** A finding as a rule states it; `diagnose` adds the severity (fixed per code) and the guidance. */
export type FindingDraft = Omit<Finding, 'severity' | 'guidance'>;

/** "19 Nov 2026, 16:40 UTC": how times appear in the product's words. */
export function describeTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // Plain arithmetic, not Intl: the first Intl formatter loads locale data (≈15 ms of every
  // check's start), and the words must not depend on the runtime's ICU version.
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return `${day}, ${two(date.getUTCHours())}:${two(date.getUTCMinutes())} UTC`;
}

/** Month names as en-GB writes them short. */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'] as const;
