import type { Report } from '../../src-shared/model/report-schema.js';
import { isPathVerdict } from '../../src-shared/model/finding-codes.js';
import { severityRank, worstSeverity, type Severity } from '../../src-shared/model/severity.js';

/** What Sync Doctor itself saw on this computer for one troubleshooter step. */
export interface LocalCheck {
  severity: Severity;
  lines: string[];
}

export function syncAppCheck(report: Report): LocalCheck | undefined {
  const findings = report.findings.filter((f) => f.code.startsWith('syncapp.'));
  if (findings.length === 0) return undefined;
  return {
    severity: worstSeverity(findings.map((f) => f.severity)),
    lines: [
      ...findings.map((f) => f.title),
      `This computer is ${report.machine.computerName} (Windows user ${report.machine.userName}); the Integrate page’s Sync App location should name it if the Sync App runs here.`,
    ],
  };
}

export function filePathCheck(report: Report): LocalCheck | undefined {
  const findings = report.findings.filter((f) => isPathVerdict(f.code) || f.code === 'path.not-configured');
  if (findings.length === 0) return undefined;
  const ordered = [...findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  return {
    severity: worstSeverity(findings.map((f) => f.severity)),
    lines: ordered.map((f) => (f.configuredPath ? `${f.title}: ${f.configuredPath}` : f.title)),
  };
}
