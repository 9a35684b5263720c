import { listFewNames } from '../office/office-finding-draft.js';
import { officeMarkOf } from '../office/office-marks.js';
import type { OfficeFinding, OfficeMachineEntry, OfficeReport } from '../office/office-report-schema.js';
import { findingsBySeverity, SUMMARY_MAX_CHARS, textPainter, type TextStyle } from './report-text.js';

/** The office report as text, in the style of `check`: the PCs, then the office findings worst first, then a summary. */
export function formatOfficeText(report: OfficeReport, style: TextStyle = { glyphs: 'unicode', colour: false }): string {
  const { mark, paint, bold } = textPainter(style);
  const width = Math.max(...report.machines.map((m) => m.computerName.length), 4);
  const lines: string[] = [bold(`Sync Doctor — office of ${report.machines.length} ${report.machines.length === 1 ? 'PC' : 'PCs'}`), ''];
  for (const m of report.machines) {
    // The PC's mark is the office's verdict on it; its own check is named beside when not all good.
    const office = officeMarkOf(report, m.computerName);
    lines.push(`  ${m.computerName.padEnd(width)}  ${paint(office.severity, mark(office.severity))} ${machineLine(m)}`);
    for (const u of m.office.uses) lines.push(`  ${''.padEnd(width)}      ${useLine(u)}`);
  }
  lines.push('');
  for (const f of findingsBySeverity(report.findings)) {
    lines.push(`${paint(f.severity, mark(f.severity))} ${bold(f.title)}`);
    for (const l of findingBody(f)) lines.push(`    ${l}`);
  }
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.filter((f) => f.severity === 'warn').length;
  const counts = `${errors} office ${errors === 1 ? 'problem' : 'problems'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`;
  // Stryker disable next-line ConditionalExpression: an office report whose status is ok holds no finding but office.ok (every other office code is warn or error, spec/office.md), so "any finding" and "office.ok" cannot differ where `agrees` is read.
  const agrees = report.findings.some((f) => f.code === 'office.ok');
  const okWords = agrees ? 'The PCs of this office agree.' : 'No office problem found, but the PCs were not shown to work in the data AutoEntry is set to.';
  lines.push('', paint(report.status, `${mark(report.status)} ${report.status === 'ok' ? okWords : `${counts}. Each PC's own report: sync-doctor office … --json, or check --machine FILE.`}`));
  return `${lines.join('\n')}\n`;
}

function machineLine(m: OfficeMachineEntry): string {
  const parts = [m.office.runsSyncApp ? 'Sync App runs here' : 'no Sync App'];
  if (m.report.status !== 'ok') parts.push(`own check: ${m.report.status === 'error' ? 'problems' : 'warnings'}`);
  if (m.office.sageVersion) parts.push(`Sage ${m.office.sageVersion}`);
  if (m.office.quickbooksVersions.length > 0) parts.push(`QuickBooks ${m.office.quickbooksVersions.join(', ')}`);
  return parts.join(' · ');
}

const SOURCE_WORDS = { autoentry: 'AutoEntry', 'sage-list': 'Sage', 'quickbooks-recent': 'QuickBooks' } as const;

function useLine(u: OfficeMachineEntry['office']['uses'][number]): string {
  const where = u.local ? '(on this PC only)' : u.resolved === u.spelled ? '' : `= ${u.resolved}`;
  return `${SOURCE_WORDS[u.source]}: ${u.spelled} ${where}`.trimEnd();
}

function findingBody(f: OfficeFinding): string[] {
  const body = [f.detail];
  const names = Object.keys(f.paths);
  const width = Math.max(0, ...names.map((n) => n.length));
  for (const [name, path] of Object.entries(f.paths)) body.push(`${`${name}:`.padEnd(width + 1)}  ${path}`);
  if (f.file !== undefined) body.push(`File: ${f.file}`);
  if (f.guidance.length > 0) {
    body.push('What to do:');
    f.guidance.forEach((step, i) => body.push(`  ${i + 1}. ${step.text}`));
  }
  return body;
}

/** One line for remote monitoring: status, a few of the PCs, each office problem's code and title. */
export function formatOfficeSummaryLine(report: OfficeReport): string {
  const problems = findingsBySeverity(report.findings).filter((f) => f.severity === 'warn' || f.severity === 'error');
  const parts = problems.map((f) => `${f.code}: ${f.title}`);
  // Stryker disable next-line ConditionalExpression: read only when no finding is a warning or problem, and then office.ok is the only finding there can be (spec/office.md), so "any finding" and "office.ok" cannot differ.
  const agrees = report.findings.some((f) => f.code === 'office.ok');
  const quiet = agrees ? 'one Sync App and every PC uses the data AutoEntry is set to' : 'no office problem found, not shown to use the data AutoEntry is set to';
  const line = `${report.status.toUpperCase()} office (${listFewNames(report.machines.map((m) => m.computerName))}): ${parts.length === 0 ? quiet : parts.join('; ')}`.replace(/[\r\n]+/g, ' ');
  return line.length <= SUMMARY_MAX_CHARS ? line : `${line.slice(0, SUMMARY_MAX_CHARS - 1)}…`;
}
