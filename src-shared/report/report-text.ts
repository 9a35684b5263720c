import type { Finding, Report } from '../model/report-schema.js';
import type { Severity } from '../model/severity.js';
import { allClearSentence, pathsSentence, syncAppSentence } from './state-sentences.js';

/**
 * The report as text, in the style of the doctor tools: one line per check with a mark,
 * indented detail and numbered steps, and a closing summary. Pure; the CLI decides glyphs
 * and colour from its terminal, the "copy report" button uses plain Unicode.
 */
export interface TextStyle {
  /** `unicode`: ✓ ! ✗ i · `ascii`: [OK] [!] [X] [i], for consoles that cannot draw the glyphs. */
  glyphs: 'unicode' | 'ascii';
  colour: boolean;
  /** How a colour code is written: the CLI hands its codes through its output filter this way; raw when absent. */
  ownCode?: (sequence: string) => string;
}

const MARK: Record<TextStyle['glyphs'], Record<Severity, string>> = {
  unicode: { ok: '[✓]', info: '[i]', warn: '[!]', error: '[✗]' },
  ascii: { ok: '[OK]', info: '[i]', warn: '[!]', error: '[X]' },
};
const COLOUR: Record<Severity, string> = { ok: '\u001b[32m', info: '\u001b[36m', warn: '\u001b[33m', error: '\u001b[31m' };
const RESET = '\u001b[0m';
const BOLD = '\u001b[1m';

/** Findings worst first, keeping the rules' order among equals. */
export function findingsBySeverity<T extends { severity: Severity }>(findings: readonly T[]): T[] {
  const rank: Record<Severity, number> = { error: 0, warn: 1, ok: 2, info: 3 };
  // Array.prototype.sort is stable, so equals keep their order.
  return [...findings].sort((a, b) => rank[a.severity] - rank[b.severity]);
}

/** The mark of a severity (`[✓]`, `[X]`…), and painting in the style's colours: shared with the office text. */
export function textPainter(style: TextStyle) {
  const code = style.ownCode ?? ((sequence: string) => sequence);
  return {
    mark: (severity: Severity) => MARK[style.glyphs][severity],
    paint: (severity: Severity, text: string) => (style.colour ? `${code(COLOUR[severity])}${text}${code(RESET)}` : text),
    bold: (text: string) => (style.colour ? `${code(BOLD)}${text}${code(RESET)}` : text),
  };
}

export function formatReportText(report: Report, style: TextStyle = { glyphs: 'unicode', colour: false }): string {
  const { paint, bold } = textPainter(style);
  const source = typeof report.inventory.source === 'string' ? report.inventory.source : 'this PC';
  const lines: string[] = [bold(`Sync Doctor — ${report.machine.computerName} (${report.machine.userName}), ${source}`), ''];

  for (const f of findingsBySeverity(report.findings)) {
    lines.push(`${paint(f.severity, MARK[style.glyphs][f.severity])} ${bold(f.title)}`);
    for (const l of findingBody(f)) lines.push(`    ${l}`);
  }
  lines.push('', summaryLine(report, style, paint));
  return `${lines.join('\n')}\n`;
}

function findingBody(f: Finding): string[] {
  const body: string[] = [];
  if (f.configuredPath !== undefined) body.push(`AutoEntry path:  ${f.configuredPath}`);
  if (f.suggestedPath !== undefined) body.push(`Path in use:     ${f.suggestedPath}`);
  else if (f.inUsePath !== undefined && f.inUsePath !== f.configuredPath) body.push(`Path in use:     ${f.inUsePath}`);
  body.push(f.detail);
  for (const e of f.evidence ?? []) if (e !== f.configuredPath) body.push(`- ${e}`);
  if (f.equivalence && f.equivalence.length > 0 && f.code === 'path.match') {
    body.push('Same place, because:');
    for (const step of f.equivalence) body.push(`  - ${step.text}`);
  }
  if (f.guidance.length > 0) {
    body.push('What to do:');
    f.guidance.forEach((step, i) => body.push(`  ${i + 1}. ${step.text}`));
  }
  return body;
}

function summaryLine(report: Report, style: TextStyle, paint: (s: Severity, t: string) => string): string {
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.filter((f) => f.severity === 'warn').length;
  const counts = `${errors} ${errors === 1 ? 'problem' : 'problems'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`;
  switch (report.status) {
    case 'ok':
      return paint('ok', `${MARK[style.glyphs].ok} All good. ${allClearSentence(report)}`);
    case 'warn':
      return paint('warn', `${MARK[style.glyphs].warn} ${counts}. Invoices can probably get through, but look at the warnings.`);
    case 'error':
      return paint('error', `${MARK[style.glyphs].error} ${counts}. Published invoices will not arrive (or go to the wrong place) until the problems marked ${MARK[style.glyphs].error} are fixed.`);
  }
}

/** The most characters `--summary` prints: fits what remote-management tools keep of a line. */
export const SUMMARY_MAX_CHARS = 2048;

/** One line for remote monitoring: status, computer, and each problem's code and title. */
export function formatReportSummaryLine(report: Report): string {
  const problems = findingsBySeverity(report.findings).filter((f) => f.severity === 'warn' || f.severity === 'error');
  const parts = problems.map((f) => `${f.code}: ${f.title}${f.configuredPath ? ` (${f.configuredPath})` : ''}`);
  const line = `${report.status.toUpperCase()} ${report.machine.computerName}: ${parts.length === 0 ? `${syncAppSentence(report)}; ${pathsSentence(report)}` : parts.join('; ')}`.replace(/[\r\n]+/g, ' ');
  return line.length <= SUMMARY_MAX_CHARS ? line : `${line.slice(0, SUMMARY_MAX_CHARS - 1)}…`;
}
