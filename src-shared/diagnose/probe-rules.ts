import type { Observations } from '../model/observations.js';
import type { FindingDraft } from './finding-draft.js';

/** One finding for every look-up that did not answer in time; the rest of the report still stands. */
export function probeFindings(obs: Observations): FindingDraft[] {
  const timeouts = obs.problems.filter((p) => p.kind === 'timeout');
  if (timeouts.length === 0) return [];
  const where = [...new Set(timeouts.map((t) => t.path ?? t.what))];
  return [{
    code: 'probe.timeout',
    title: timeouts.length === 1 ? 'One look-up did not answer in time' : `${timeouts.length} look-ups did not answer in time`,
    detail: `These did not answer before the deadline, so what they hold is unknown: ${where.slice(0, 5).join('; ')}${where.length > 5 ? `; and ${where.length - 5} more` : ''}.`,
    evidence: where,
  }];
}
