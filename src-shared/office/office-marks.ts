import { sameComputer } from '../model/computer-names.js';
import { worstSeverity, type Severity } from '../model/severity.js';
import type { OfficeFinding, OfficeReport } from './office-report-schema.js';

/** One PC's mark in the office view: from the office findings that name it as the odd one out. */
export interface OfficeMark {
  severity: Severity;
  /** "Agrees with the office", or the titles of the findings that single it out. */
  words: string;
  findings: OfficeFinding[];
}

/** The PCs a finding singles out; a finding from before `oddOnes` singles out every PC it names. */
function oddOnesOf(f: OfficeFinding): readonly string[] {
  return f.oddOnes ?? (f.code === 'office.ok' ? [] : f.machines);
}

/**
 * The PC's mark: the worst office finding that singles it out; ✓ only when the office agrees
 * (`office.ok`) and no finding singles it out; otherwise "not compared" — an office without
 * `office.ok` has not shown that this PC is right.
 */
export function officeMarkOf(report: OfficeReport, computerName: string): OfficeMark {
  const against = report.findings.filter((f) => f.severity !== 'ok' && oddOnesOf(f).some((n) => sameComputer(n, computerName)));
  if (against.length > 0) {
    return { severity: worstSeverity(against.map((f) => f.severity)), words: against.map((f) => f.title).join('; '), findings: against };
  }
  if (report.findings.some((f) => f.code === 'office.ok')) return { severity: 'ok', words: 'Agrees with the office', findings: [] };
  return { severity: 'info', words: 'Not singled out; the office was not shown to agree', findings: [] };
}
