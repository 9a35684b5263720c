import type { Severity } from './severity.js';

/**
 * Every finding code and its fixed severity. The first block is the contract of
 * spec/report.md and must not change; codes after it are the product's own additions.
 */
export const FINDING_SEVERITY = {
  'syncapp.running': 'ok',
  'syncapp.other-session': 'info',
  'syncapp.not-running': 'error',
  'syncapp.not-installed': 'error',
  'syncapp.elsewhere': 'info',
  'syncapp.location-mismatch': 'warn',
  'sage.found': 'info',
  'sage.not-found': 'info',
  'sage.company-list-unreadable': 'warn',
  'sage.service-stopped': 'warn',
  'quickbooks.found': 'info',
  'quickbooks.not-found': 'info',
  'quickbooks.db-service-stopped': 'warn',
  'quickbooks.hosted-elsewhere': 'info',
  'path.not-configured': 'warn',
  'path.match': 'ok',
  'path.mismatch': 'error',
  'path.stale-version': 'error',
  'path.missing': 'error',
  'path.not-dataset': 'error',
  'path.unreachable': 'error',
  'path.denied': 'error',
  'path.unverified': 'warn',
  'probe.timeout': 'warn',
  // Product additions:
  /** A QuickBooks company file exists at the configured path but a same-named copy exists elsewhere and neither was opened here. */
  'path.ambiguous': 'warn',
  /** Some look-up failed in another way than a timeout (an error, or an answer that cannot be right). */
  'probe.failed': 'warn',
  /** Whether the Sync App runs (or is installed) here could not be checked: a look-up it needs failed. */
  'syncapp.unknown': 'warn',
  /** No sign of Sage 50 was seen, but a look-up that could have shown it failed. */
  'sage.unknown': 'info',
  /** No sign of QuickBooks Desktop was seen, but a look-up that could have shown it failed. */
  'quickbooks.unknown': 'info',
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof FINDING_SEVERITY;

export const FINDING_CODES = Object.keys(FINDING_SEVERITY) as FindingCode[];

export function severityOf(code: FindingCode): Severity {
  return FINDING_SEVERITY[code];
}

/** Codes that judge one configured path; each carries `configuredPath`. */
export function isPathVerdict(code: FindingCode): boolean {
  return code.startsWith('path.') && code !== 'path.not-configured';
}
