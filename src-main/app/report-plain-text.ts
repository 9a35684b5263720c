import type { Report } from '../../src-shared/model/report-schema.js';

const MARK = { ok: '[OK]', info: '[i]', warn: '[!]', error: '[X]' } as const;

/**
 * The report as plain text for the clipboard, used until the core's doctor-style formatter
 * (src-shared/report/report-text.ts) is wired in its place.
 */
export function reportPlainText(report: Report): string {
  const lines = [`Sync Doctor report for ${report.machine.computerName} (${report.generatedAt}): ${report.status.toUpperCase()}`, ''];
  for (const f of report.findings) {
    lines.push(`${MARK[f.severity]} ${f.title}`, `    ${f.detail}`);
    f.guidance.forEach((step, i) => lines.push(`    ${i + 1}. ${step.text}`));
  }
  return lines.join('\n') + '\n';
}
