import type { Report } from '../../src-shared/model/report-schema.js';

/**
 * The report says a folder of this software's settings was closed to this user: a failed
 * look-up naming it as denied (the probes' evidence lines are "what: error").
 */
export function settingsDenied(report: Report, software: 'sage' | 'quickbooks'): boolean {
  const folder = software === 'sage' ? /\\Sage\\|\\Sage$/i : /\\Intuit\\|QBWUSER\.INI/i;
  return report.findings.some((f) => f.code === 'probe.failed' && (f.evidence ?? []).some((e) => folder.test(e) && /denied/i.test(e)));
}

export const DENIED_SENTENCE = {
  sage: 'Sage’s settings could not be read — access denied: run Sync Doctor as the Windows user who uses Sage, or ask IT.',
  quickbooks: 'QuickBooks’ lists could not be read — access denied: run Sync Doctor as the Windows user who uses QuickBooks, or ask IT.',
} as const;
