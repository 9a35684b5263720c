import type { Report } from '../../src-shared/model/report-schema.js';
import { isPathVerdict } from '../../src-shared/model/finding-codes.js';
import { worstFirst, worstSeverity, type Severity } from '../../src-shared/model/severity.js';

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
  const ordered = worstFirst(findings);
  return {
    severity: worstSeverity(findings.map((f) => f.severity)),
    lines: ordered.map((f) => (f.configuredPath ? `${f.title}: ${f.configuredPath}` : f.title)),
  };
}

/** The integration answer this computer's check points to, if it is clear. */
export function suggestIntegrationAnswer(report: Report): string | undefined {
  const codes = new Set(report.findings.map((f) => f.code));
  return codes.has('syncapp.not-running') || codes.has('syncapp.not-installed') ? 'offline' : undefined;
}

/** The file path answer this computer's check points to, if it is clear. */
export function suggestFilePathAnswer(report: Report): string | undefined {
  const verdicts = report.findings.filter((f) => isPathVerdict(f.code));
  if (verdicts.length === 0) return undefined;
  if (verdicts.some((f) => f.severity === 'error')) return 'differs';
  return verdicts.every((f) => f.code === 'path.match') ? 'matches' : undefined;
}
