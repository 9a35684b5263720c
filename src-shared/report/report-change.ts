import type { Finding, Report } from '../model/report-schema.js';

/**
 * The parts of a finding that make it "the same finding": every field of the report contract
 * (spec/report.md) plus the product's `software` and `inUsePath`. `generatedAt`, `evidence`
 * and `equivalence` are left out: they explain a verdict, they do not change it.
 */
function findingIdentity(finding: Finding): string {
  return JSON.stringify([
    finding.code,
    finding.severity,
    finding.configuredPath ?? null,
    finding.suggestedPath ?? null,
    finding.upgradedAt ?? null,
    finding.staleDatasetLastWrite ?? null,
    finding.software ?? null,
    finding.inUsePath ?? null,
    finding.title,
    finding.detail,
    finding.guidance.map((step) => [step.text, step.action?.kind ?? null, step.action?.path ?? null]),
  ]);
}

/** True when the status or any finding differs (order of findings does not matter). */
export function reportChanged(previous: Report | undefined, next: Report): boolean {
  if (previous === undefined) return true;
  if (previous.status !== next.status) return true;
  if (previous.findings.length !== next.findings.length) return true;
  const before = previous.findings.map(findingIdentity).sort();
  const after = next.findings.map(findingIdentity).sort();
  return before.some((identity, index) => identity !== after[index]);
}
