/**
 * WQL `-Filter` text for Get-CimInstance, so that Windows itself leaves out the processes and
 * services no rule looks at (a steady-state refresh then carries a handful, not hundreds).
 * Each pattern is a case-insensitive "contains" (WQL's LIKE is case-insensitive), as
 * `matchesSyncApp` compares; the filter may let through more than a rule keeps, never less.
 */

/** One LIKE operand: `'%text%'` with WQL's wildcards and quoting escaped. */
export function wqlContains(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\[/g, '[[]')
    .replace(/%/g, '[%]')
    .replace(/_/g, '[_]');
  return `'%${escaped}%'`;
}

/** `(A LIKE '%x%' OR B LIKE '%x%' OR …)` over every field and pattern; empty patterns are skipped. */
export function wqlAnyContains(fields: readonly string[], patterns: readonly string[]): string {
  const terms = patterns.filter((p) => p.trim().length > 0).flatMap((p) => fields.map((f) => `${f} LIKE ${wqlContains(p)}`));
  return terms.join(' OR ');
}

/** The names the rules read besides the Sync App's own: Sage (sage.exe, …\Sage\Accounts\…) and QuickBooks (QBW.exe, QBW32.exe). */
const ACCOUNTING_PROCESS_PATTERNS = ['sage', 'qbw'];
/** Sage's data service and QuickBooks' database manager (QuickBooksDBnn) services. */
const ACCOUNTING_SERVICE_PATTERNS = ['sage', 'quickbooksdb'];

/** Win32_Process filter: the Sync App (by name or path), Sage and QuickBooks. */
export function relevantProcessFilter(syncAppPatterns: readonly string[]): string {
  return wqlAnyContains(['Name', 'ExecutablePath'], [...syncAppPatterns, ...ACCOUNTING_PROCESS_PATTERNS]);
}

/** Win32_Service filter: the Sync App's service, Sage's and QuickBooks' data services. */
export function relevantServiceFilter(syncAppPatterns: readonly string[]): string {
  return wqlAnyContains(['Name', 'DisplayName', 'PathName'], [...syncAppPatterns, ...ACCOUNTING_SERVICE_PATTERNS]);
}

/** Win32_Process filter for the Sync App alone (the session's "did it start?": asked about new process ids only). */
export function syncAppProcessFilter(syncAppPatterns: readonly string[]): string {
  return wqlAnyContains(['Name', 'ExecutablePath'], syncAppPatterns);
}
