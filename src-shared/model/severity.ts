/** Severities of a finding, least to most serious (spec/report.md). */
export const SEVERITIES = ['ok', 'info', 'warn', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The report's overall status: `info` and `ok` both count as `ok`. */
export type Status = 'ok' | 'warn' | 'error';

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export function worstSeverity(severities: readonly Severity[]): Severity {
  let worst: Severity = 'ok';
  // Stryker disable next-line EqualityOperator: `>=` only replaces `worst` by a severity of the same rank, which is the same severity.
  for (const s of severities) if (severityRank(s) > severityRank(worst)) worst = s;
  return worst;
}

export function statusOf(severities: readonly Severity[]): Status {
  const worst = worstSeverity(severities);
  return worst === 'warn' || worst === 'error' ? worst : 'ok';
}

/** Exit code of `check` for a status (spec/report.md): 0 ok, 1 warn, 2 error. */
export function exitCodeForStatus(status: Status): 0 | 1 | 2 {
  return status === 'ok' ? 0 : status === 'warn' ? 1 : 2;
}

/** Items worst severity first (stable among equals), as the window lists findings. */
export function worstFirst<T extends { severity: Severity }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
}
