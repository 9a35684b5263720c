import type { Finding } from '../../src-shared/model/report-schema.js';
import { formatDay, formatDayTime } from '../format/format-time.js';
import { diffPaths } from '../paths/path-diff.js';

function differingNames(finding: Finding): { old?: string; current?: string } {
  if (!finding.configuredPath || !finding.suggestedPath) return {};
  const diff = diffPaths(finding.configuredPath, finding.suggestedPath);
  const name = (pieces: typeof diff.left) => pieces.filter((p) => p.differs).map((p) => p.text).join('\\') || undefined;
  return { old: name(diff.left), current: name(diff.right) };
}

/**
 * The facts behind a finding, in sentences: the report's own evidence lines — except for a
 * stale Sage dataset, whose dates (`upgradedAt`, `staleDatasetLastWrite`) are said here in
 * this computer's time, together with what they mean for invoices already published.
 */
export function findingEvidence(finding: Finding, reportTime?: string): string[] {
  if (finding.code !== 'path.stale-version' || !finding.upgradedAt) return [...(finding.evidence ?? [])];
  const { old, current } = differingNames(finding);
  const oldData = old ? `The ${old} data` : 'The older data';
  const upgrade = `Sage was upgraded${current ? ` to ${current}` : ''} on ${formatDay(finding.upgradedAt, reportTime)}`;
  if (!finding.staleDatasetLastWrite) return [`${upgrade}; since then AutoEntry has been pointing at data Sage no longer opens.`];
  return [
    `${oldData} was still written to on ${formatDayTime(finding.staleDatasetLastWrite, reportTime)}, although ${upgrade}. ` +
      'Invoices published since the upgrade probably went there instead of the data you work in: republish them after fixing the path.',
  ];
}
