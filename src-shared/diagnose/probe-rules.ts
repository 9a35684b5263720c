import type { LookupProblem, Observations } from '../model/observations.js';
import type { VerdictDraft } from './evidence-rule.js';

/**
 * What could not be checked, so the rest of the report can be read for what it is: one finding
 * for every look-up that did not answer in time, one for every look-up that failed otherwise
 * (an error, or an answer that cannot be right), each naming the look-ups and their errors.
 */
export function probeFindings(obs: Observations): VerdictDraft[] {
  return [...timeoutFinding(obs.problems), ...failedFinding(obs.problems)];
}

function timeoutFinding(problems: readonly LookupProblem[]): VerdictDraft[] {
  const timeouts = problems.filter((p) => p.kind === 'timeout');
  if (timeouts.length === 0) return [];
  const where = [...new Set(timeouts.map((t) => t.path ?? t.what))];
  return [{
    code: 'probe.timeout',
    title: timeouts.length === 1 ? 'Something did not answer in time' : `${timeouts.length} things did not answer in time`,
    detail: `Sync Doctor waited, but these did not answer, so what they hold is unknown: ${where.slice(0, 5).join('; ')}${where.length > 5 ? `; and ${where.length - 5} more` : ''}.`,
    evidence: where,
  }];
}

function failedFinding(problems: readonly LookupProblem[]): VerdictDraft[] {
  const failures = problems.filter((p) => p.kind !== 'timeout');
  if (failures.length === 0) return [];
  const named = [...new Set(failures.map((f) => `${f.what}: ${f.message}`))];
  const denied = failures.some((f) => f.kind === 'denied');
  return [{
    code: 'probe.failed',
    title: denied
      ? 'Access denied: Sync Doctor could not read everything it checks'
      : named.length === 1 ? 'Sync Doctor could not read one thing it checks' : `Sync Doctor could not read ${named.length} things it checks`,
    detail: `${denied ? 'Access denied: run Sync Doctor as the Windows user who uses Sage or QuickBooks, or ask IT. ' : ''}Windows gave an error or an answer that cannot be right, so what ${named.length === 1 ? 'it' : 'they'} would have shown is unknown, and no verdict in this report rests on ${named.length === 1 ? 'it' : 'them'}.`,
    evidence: named,
  }];
}
