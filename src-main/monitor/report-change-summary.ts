import type { Finding, Report } from '../../src-shared/model/report-schema.js';

const worthSaying = (finding: Finding): boolean => finding.severity === 'warn' || finding.severity === 'error';
const label = (finding: Finding): string =>
  finding.configuredPath !== undefined && !finding.title.includes(finding.configuredPath)
    ? `${finding.title} (${finding.configuredPath})`
    : finding.title;
const key = (finding: Finding): string => JSON.stringify([finding.code, finding.configuredPath, finding.title]);

/**
 * One line saying what changed between two reports, in the user's words: the problems that
 * appeared and the ones that went away. For the first report, the problems it has.
 */
export function describeReportChange(previous: Report | undefined, next: Report): string {
  const problems = next.findings.filter(worthSaying);
  if (previous === undefined) {
    if (problems.length === 0) return 'All well: nothing needs attention.';
    return `${problems.length === 1 ? '1 problem' : `${problems.length} problems`}: ${problems.map(label).join('; ')}`;
  }
  const before = new Set(previous.findings.filter(worthSaying).map(key));
  const after = new Set(problems.map(key));
  const appeared = problems.filter((finding) => !before.has(key(finding)));
  const cleared = previous.findings.filter(worthSaying).filter((finding) => !after.has(key(finding)));
  const parts: string[] = [];
  if (appeared.length > 0) parts.push(`new: ${appeared.map(label).join('; ')}`);
  if (cleared.length > 0) parts.push(`resolved: ${cleared.map(label).join('; ')}`);
  if (parts.length === 0) {
    const changed = next.findings.filter((finding) => !previous.findings.some((old) => key(old) === key(finding)));
    parts.push(changed.length > 0 ? `changed: ${changed.map(label).join('; ')}` : 'details changed');
  }
  return parts.join(' · ');
}
