import type { OfficeReport } from '../../src-shared/office/office-report-schema.js';
import { tidyTypedPath } from '../../src-shared/winpath/win-path-input.js';
import type { PathVerdictState } from '../settings/use-path-validation.js';

/**
 * The live verdict under an AutoEntry path field of the Office screen: the judgement of that
 * path on the PC whose view counts — the one running the Sync App — from the office check
 * itself, so it is re-judged with the office as the field changes.
 */
export function officePathVerdict(report: OfficeReport | undefined, path: string, judging: boolean): PathVerdictState {
  const typed = tidyTypedPath(path);
  if (typed === '') return { state: 'empty' };
  if (judging || !report) return { state: 'checking' };
  const syncPc = report.machines.find((m) => m.office.runsSyncApp);
  if (!syncPc || report.machines.filter((m) => m.office.runsSyncApp).length > 1) {
    return { state: 'failed', message: 'no single PC of these runs the Sync App, so the path is not judged where it counts.' };
  }
  const finding = syncPc.report.findings.find((f) => f.configuredPath !== undefined && tidyTypedPath(f.configuredPath) === typed);
  return finding
    ? { state: 'done', finding: { ...finding, title: `On ${syncPc.computerName}: ${finding.title}` } }
    : { state: 'failed', message: `${syncPc.computerName}'s check did not judge this path.` };
}
