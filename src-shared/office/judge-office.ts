import { naturalSort } from '../model/natural-order.js';
import { statusOf } from '../model/severity.js';
import { autoEntryPathUnknownFindings } from './autoentry-path-unknown-rule.js';
import { autoEntryDataInUseEverywhere, autoEntryPathUsable } from './office-agreement.js';
import { datasetSplitFindings } from './dataset-split-rule.js';
import { driveLetterFindings } from './drive-letter-rule.js';
import { OFFICE_FINDING_SEVERITY } from './office-codes.js';
import type { OfficeFindingDraft } from './office-finding-draft.js';
import { officeGuidanceFor } from './office-guidance.js';
import type { OfficeInputs, OfficeMachine, UnreadableBundle } from './office-machine.js';
import { OFFICE_REPORT_FORMAT, type OfficeFinding, type OfficeReport } from './office-report-schema.js';
import { officeRoles } from './office-roles.js';
import { quickBooksHostFindings } from './quickbooks-hosts-rule.js';
import { summariseMachine } from './office-summary.js';
import { syncAppOfficeFindings } from './syncapp-office-rules.js';
import { versionSkewFindings } from './version-skew-rule.js';

export interface OfficeJudgementInput {
  machines: readonly OfficeMachine[];
  unreadable: readonly UnreadableBundle[];
  inputs: OfficeInputs;
  generatedAt: string;
}

/**
 * The office as a whole, as one pure function beside `diagnose`: each PC's report is kept
 * unchanged, and the office findings say where the PCs disagree.
 */
export function judgeOffice({ machines: given, unreadable, inputs, generatedAt }: OfficeJudgementInput): OfficeReport {
  const syncPc = officeRoles(given, inputs).syncAppMachine;
  // The Sync App's PC first, then the others in natural order (PC2 before PC10): findings and the view list them so.
  const sorted = naturalSort(given, (m) => m.computerName);
  const machines = syncPc ? [syncPc, ...sorted.filter((m) => m !== syncPc)] : sorted;
  const roles = officeRoles(machines, inputs);
  // A path counts as known when it reads as a path where it counts; one that is not a path leaves the office compared with itself only.
  const pathKnown = machines.length > 0 && autoEntryPathUsable(machines, roles, inputs);
  const givenPaths = [...new Set([...inputs.autoentryPaths, ...machines.flatMap((m) => m.observations.configured.map((c) => c.path.spelled))])].filter((p) => p.trim() !== '');
  const unreadableDrafts = unreadable.map((u): OfficeFindingDraft => ({
    code: 'office.unreadable-bundle',
    title: `${baseName(u.file)} is not a readable snapshot`,
    detail: `${u.message} The office was judged without it.`,
    machines: [],
    paths: {},
    file: u.file,
    oddOnes: [],
  }));
  const judged: OfficeFindingDraft[] = [
    ...(machines.length > 0 ? syncAppOfficeFindings(machines, roles) : []),
    ...datasetSplitFindings(machines, roles),
    ...versionSkewFindings(machines),
    ...driveLetterFindings(machines),
    ...quickBooksHostFindings(machines),
    ...(machines.length > 0 && !pathKnown ? autoEntryPathUnknownFindings(machines, givenPaths) : []),
  ];
  const drafts: OfficeFindingDraft[] = [...unreadableDrafts, ...judged];
  // office.ok needs its evidence: a known AutoEntry path that is the data in use everywhere. It
  // stands beside an unreadable file when the PCs that could be read agree.
  if (judged.length === 0 && machines.length > 0 && pathKnown && autoEntryDataInUseEverywhere(machines, roles, inputs)) {
    // No finding: one PC runs the Sync App, or none does and AutoEntry names a computer outside the office.
    const runner = roles.runners[0];
    drafts.push({
      code: 'office.ok',
      title: 'The office agrees',
      detail: runner
        ? `One Sync App, on ${runner.computerName}, and the data AutoEntry is set to is the data the ${machines.length} PCs work in.`
        : `The Sync App runs outside these ${machines.length} PCs (${roles.location}), and they agree on the data they work in.`,
      machines: machines.map((m) => m.computerName),
      paths: {},
      oddOnes: [],
    });
  }
  const findings: OfficeFinding[] = drafts.map((d) => ({ ...d, severity: OFFICE_FINDING_SEVERITY[d.code], guidance: officeGuidanceFor(d) }));
  return {
    format: OFFICE_REPORT_FORMAT,
    status: statusOf(findings.map((f) => f.severity)),
    generatedAt,
    machines: machines.map((m) => ({
      computerName: m.computerName,
      capturedAt: m.capturedAt,
      ...(m.file !== undefined && { file: m.file }),
      report: m.report,
      office: summariseMachine(m, m === roles.syncAppMachine),
    })),
    findings,
  };
}

function baseName(file: string): string {
  return file.split(/[\\/]/).at(-1) ?? file;
}
