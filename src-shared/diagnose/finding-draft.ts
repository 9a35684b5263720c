import type { Finding } from '../model/report-schema.js';

/** A finding as a rule states it; `diagnose` adds the severity (fixed per code) and the guidance. */
export type FindingDraft = Omit<Finding, 'severity' | 'guidance'>;

/** "19 Nov 2026, 16:40 UTC": how times appear in the product's words. */
export function describeTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC' }).format(date);
  return `${day}, ${time} UTC`;
}
