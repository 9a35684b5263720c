import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src-shared/model/report-schema.js';
import { findingsBySeverity, formatReportSummaryLine, formatReportText, SUMMARY_MAX_CHARS, textPainter, type TextStyle } from '../../src-shared/report/report-text.js';
import { indentedBlock as block } from '../support/text-block.js';

const PLAIN: TextStyle = { glyphs: 'unicode', colour: false };
const ASCII: TextStyle = { glyphs: 'ascii', colour: false };
const COLOUR: TextStyle = { glyphs: 'unicode', colour: true };
const ESC = '\u001b[';

function finding(fields: Partial<Finding> & Pick<Finding, 'code' | 'severity'>): Finding {
  return { title: `title of ${fields.code}`, detail: `detail of ${fields.code}`, guidance: [], ...fields };
}

function report(status: Report['status'], findings: Finding[], inventory: Record<string, unknown> = {}): Report {
  return {
    format: 'sync-doctor/report@1',
    status,
    generatedAt: '2026-11-20T09:30:02Z',
    machine: { computerName: 'OFFICE-PC1', userName: 'jane' },
    findings,
    inventory,
  };
}

const running = finding({ code: 'syncapp.running', severity: 'ok', title: 'The Sync App is running' });
const sageFound = finding({ code: 'sage.found', severity: 'info', title: 'Sage 50 found' });
const serviceStopped = finding({ code: 'sage.service-stopped', severity: 'warn', title: 'The Sage service is stopped' });
const stale = finding({
  code: 'path.stale-version',
  severity: 'error',
  title: 'AutoEntry points at old data',
  configuredPath: 'C:\\Sage\\2024\\Company.000',
  suggestedPath: 'C:\\Sage\\2025\\Company.000',
  guidance: [{ text: 'Copy the new path.' }, { text: 'Reconnect the company.' }],
});

describe('findings worst first', () => {
  it('puts errors, then warnings, then checks that passed, then information', () => {
    const sorted = findingsBySeverity([sageFound, running, serviceStopped, stale]);
    expect(sorted.map((f) => f.severity)).toEqual(['error', 'warn', 'ok', 'info']);
  });

  it('keeps the rules\' order among findings of one severity', () => {
    const a = finding({ code: 'path.missing', severity: 'error', title: 'a' });
    const b = finding({ code: 'path.denied', severity: 'error', title: 'b' });
    const c = finding({ code: 'path.mismatch', severity: 'error', title: 'c' });
    expect(findingsBySeverity([a, running, b, c]).map((f) => f.title)).toEqual(['a', 'b', 'c', running.title]);
    expect(findingsBySeverity([c, b, running, a]).map((f) => f.title)).toEqual(['c', 'b', 'a', running.title]);
  });

  it('does not reorder the caller\'s list', () => {
    const list = [running, stale];
    findingsBySeverity(list);
    expect(list).toEqual([running, stale]);
  });
});

describe('marks and colours', () => {
  it('draws a mark for each severity, with ASCII marks for consoles without the glyphs', () => {
    const unicode = textPainter(PLAIN);
    expect(['ok', 'info', 'warn', 'error'].map((s) => unicode.mark(s as 'ok'))).toEqual(['[✓]', '[i]', '[!]', '[✗]']);
    const ascii = textPainter(ASCII);
    expect(['ok', 'info', 'warn', 'error'].map((s) => ascii.mark(s as 'ok'))).toEqual(['[OK]', '[i]', '[!]', '[X]']);
  });

  it('paints green, cyan, yellow and red, and resets after each painted text', () => {
    const { paint, bold } = textPainter(COLOUR);
    expect(paint('ok', 'x')).toBe('\u001b[32mx\u001b[0m');
    expect(paint('info', 'x')).toBe('\u001b[36mx\u001b[0m');
    expect(paint('warn', 'x')).toBe('\u001b[33mx\u001b[0m');
    expect(paint('error', 'x')).toBe('\u001b[31mx\u001b[0m');
    expect(bold('x')).toBe('\u001b[1mx\u001b[0m');
  });

  it('leaves the text alone without colour', () => {
    const { paint, bold } = textPainter(PLAIN);
    expect(paint('error', 'x')).toBe('x');
    expect(bold('x')).toBe('x');
  });
});

describe('the report as text', () => {
  it('opens with the computer, the user and where the facts came from, then a blank line', () => {
    const fromThisPc = formatReportText(report('ok', [running])).split('\n');
    expect(fromThisPc[0]).toBe('Sync Doctor — OFFICE-PC1 (jane), this PC');
    expect(fromThisPc[1]).toBe('');
    const fromFile = formatReportText(report('ok', [running], { source: 'snapshot office.json' })).split('\n');
    expect(fromFile[0]).toBe('Sync Doctor — OFFICE-PC1 (jane), snapshot office.json');
    const oddSource = formatReportText(report('ok', [running], { source: { file: 'x' } })).split('\n');
    expect(oddSource[0]).toBe('Sync Doctor — OFFICE-PC1 (jane), this PC');
  });

  it('gives each finding a marked heading, worst first, and ends with one newline', () => {
    const text = formatReportText(report('error', [running, stale, sageFound]));
    const headings = text.split('\n').filter((l) => l.startsWith('['));
    expect(headings).toEqual(['[✗] AutoEntry points at old data', '[✓] The Sync App is running', '[i] Sage 50 found', expect.stringMatching(/^\[✗\] /)]);
    expect(text.endsWith('.\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  it('shows the configured path and the path in use above the detail, then numbered steps', () => {
    const text = formatReportText(report('error', [stale]));
    expect(block(text, '[✗] AutoEntry points at old data')).toEqual([
      'AutoEntry path:  C:\\Sage\\2024\\Company.000',
      'Path in use:     C:\\Sage\\2025\\Company.000',
      'detail of path.stale-version',
      'What to do:',
      '  1. Copy the new path.',
      '  2. Reconnect the company.',
    ]);
  });

  it('a finding with no path and no steps shows its detail alone', () => {
    expect(block(formatReportText(report('ok', [running])), '[✓] The Sync App is running')).toEqual(['detail of syncapp.running']);
  });

  it('shows the path in use of a verdict when it is spelled differently from the configured one and none is suggested', () => {
    const other = finding({ code: 'path.match', severity: 'ok', title: 'Same data', configuredPath: 'S:\\Sage\\Company.000', inUsePath: '\\\\SRV\\Accounts\\Sage\\Company.000' });
    expect(block(formatReportText(report('ok', [other])), '[✓] Same data').slice(0, 2)).toEqual([
      'AutoEntry path:  S:\\Sage\\Company.000',
      'Path in use:     \\\\SRV\\Accounts\\Sage\\Company.000',
    ]);
    const same = { ...other, inUsePath: other.configuredPath };
    expect(block(formatReportText(report('ok', [same])), '[✓] Same data')).toEqual(['AutoEntry path:  S:\\Sage\\Company.000', 'detail of path.match']);
    const suggested = { ...other, code: 'path.mismatch' as const, severity: 'error' as const, suggestedPath: 'D:\\Sage\\Company.000' };
    const lines = block(formatReportText(report('error', [suggested])), '[✗] Same data');
    expect(lines.filter((l) => l.startsWith('Path in use:'))).toEqual(['Path in use:     D:\\Sage\\Company.000']);
  });

  it('lists the evidence, leaving out the line that only repeats the configured path', () => {
    const f = finding({ code: 'path.missing', severity: 'error', title: 'Missing', configuredPath: 'C:\\Gone', evidence: ['C:\\Gone', 'The folder C:\\ is there', 'Nothing named Gone'] });
    expect(block(formatReportText(report('error', [f])), '[✗] Missing')).toEqual(['AutoEntry path:  C:\\Gone', 'detail of path.missing', '- The folder C:\\ is there', '- Nothing named Gone']);
  });

  it('explains why two spellings are the same place, for a matching path only', () => {
    const equivalence = [
      { kind: 'mapped-drive' as const, text: 'S: is \\\\SRV\\Accounts' },
      { kind: 'case' as const, text: 'letter case does not matter' },
    ];
    const match = finding({ code: 'path.match', severity: 'ok', title: 'Match', equivalence });
    expect(block(formatReportText(report('ok', [match])), '[✓] Match')).toEqual([
      'detail of path.match',
      'Same place, because:',
      '  - S: is \\\\SRV\\Accounts',
      '  - letter case does not matter',
    ]);
    const mismatch = finding({ code: 'path.mismatch', severity: 'error', title: 'Mismatch', equivalence });
    expect(formatReportText(report('error', [mismatch]))).not.toContain('Same place');
    const none = finding({ code: 'path.match', severity: 'ok', title: 'Match', equivalence: [] });
    expect(formatReportText(report('ok', [none]))).not.toContain('Same place');
  });

  it('uses ASCII marks in headings and the summary when asked', () => {
    const text = formatReportText(report('error', [running, stale]), ASCII);
    expect(text).toContain('\n[X] AutoEntry points at old data\n');
    expect(text).toContain('\n[OK] The Sync App is running\n');
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/^\[X\] 1 problem, 0 warnings\. .*marked \[X\] are fixed\.$/);
  });

  it('paints each heading mark in its colour and the title in bold', () => {
    const text = formatReportText(report('error', [running, stale]), COLOUR);
    expect(text.split('\n')[0]).toBe('\u001b[1mSync Doctor — OFFICE-PC1 (jane), this PC\u001b[0m');
    expect(text).toContain('\u001b[31m[✗]\u001b[0m \u001b[1mAutoEntry points at old data\u001b[0m');
    expect(text).toContain('\u001b[32m[✓]\u001b[0m \u001b[1mThe Sync App is running\u001b[0m');
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/^\u001b\[31m\[✗\] 1 problem.*\u001b\[0m$/);
    expect(formatReportText(report('error', [running, stale]))).not.toContain(ESC);
  });
});

describe('the closing summary', () => {
  const last = (r: Report, style = PLAIN) => formatReportText(r, style).trimEnd().split('\n').at(-1)!;

  it('stands apart from the findings after a blank line', () => {
    const lines = formatReportText(report('error', [running, stale])).trimEnd().split('\n');
    expect(lines.at(-2)).toBe('');
    expect(lines.at(-3)).toBe('    detail of syncapp.running');
  });

  const match = finding({ code: 'path.match', severity: 'ok', configuredPath: 'C:\\Sage\\2025\\Company.000' });
  const elsewhere = finding({ code: 'syncapp.elsewhere', severity: 'info' });

  it('all good: says invoices can get through only when the Sync App runs here and the path matches', () => {
    expect(last(report('ok', [running, sageFound, match]))).toBe('[✓] All good. Invoices published in AutoEntry can reach the accounting software: the Sync App runs here and the AutoEntry path is the data in use.');
    expect(last(report('ok', [running]), COLOUR)).toMatch(/^\u001b\[32m\[✓\] All good/);
  });

  it('all good without the evidence for "can reach": says what was found, and where the rest must be checked', () => {
    expect(last(report('ok', [running, sageFound]))).toBe('[✓] All good. Nothing wrong was found on this PC: Sync App running here; no AutoEntry path checked.');
    const onSyncPc = report('ok', [elsewhere, match], { syncApp: { location: 'SYNC-PC' } });
    expect(last(onSyncPc)).toBe('[✓] All good. Nothing wrong was found on this PC (the AutoEntry path is the data in use). Sync App expected on SYNC-PC, not checked here: check it there, or on AutoEntry\'s Integrate page.');
    expect(last(onSyncPc)).not.toMatch(/can reach|running/);
  });

  it('warnings: counts them and says invoices can probably get through', () => {
    expect(last(report('warn', [running, serviceStopped]))).toMatch(/^\[!\] 0 problems, 1 warning\. Invoices can probably get through/);
    expect(last(report('warn', [serviceStopped, { ...serviceStopped, title: 'again' }]))).toMatch(/^\[!\] 0 problems, 2 warnings\./);
    expect(last(report('warn', [serviceStopped]), COLOUR)).toMatch(/^\u001b\[33m\[!\] 0 problems/);
  });

  it('problems: counts problems and warnings apart, in the singular for one', () => {
    const two = [stale, { ...stale, title: 'other' }];
    expect(last(report('error', [stale]))).toMatch(/^\[✗\] 1 problem, 0 warnings\. Published invoices will not arrive .* until the problems marked \[✗\] are fixed\.$/);
    expect(last(report('error', [...two, serviceStopped]))).toMatch(/^\[✗\] 2 problems, 1 warning\./);
    expect(last(report('error', [...two, serviceStopped, serviceStopped, running, sageFound]))).toMatch(/^\[✗\] 2 problems, 2 warnings\./);
  });
});

describe('the one-line summary for remote monitoring', () => {
  it('names the status and computer, then each problem worst first with its configured path', () => {
    const line = formatReportSummaryLine(report('error', [running, serviceStopped, sageFound, stale]));
    expect(line).toBe('ERROR OFFICE-PC1: path.stale-version: AutoEntry points at old data (C:\\Sage\\2024\\Company.000); sage.service-stopped: The Sage service is stopped');
  });

  it('says all is well when nothing is wrong, in the words of the findings behind it', () => {
    const match = finding({ code: 'path.match', severity: 'ok', configuredPath: 'C:\\X' });
    expect(formatReportSummaryLine(report('ok', [running, sageFound, match]))).toBe('OK OFFICE-PC1: Sync App running here; the AutoEntry path is the data in use');
    expect(formatReportSummaryLine(report('ok', [running, match, match]))).toBe('OK OFFICE-PC1: Sync App running here; all 2 AutoEntry paths are the data in use');
    // No "running" where the Sync App is expected on another PC; no "matches" without a path.match.
    const elsewhere = finding({ code: 'syncapp.elsewhere', severity: 'info' });
    expect(formatReportSummaryLine(report('ok', [elsewhere, match], { syncApp: { location: 'SYNC-PC' } }))).toBe('OK OFFICE-PC1: Sync App expected on SYNC-PC, not checked here; the AutoEntry path is the data in use');
    expect(formatReportSummaryLine(report('ok', [running, sageFound]))).toBe('OK OFFICE-PC1: Sync App running here; no AutoEntry path checked');
  });

  it('stays on one line whatever the titles hold', () => {
    const odd = finding({ code: 'probe.failed', severity: 'warn', title: 'two\r\nlines\nand\n\nmore' });
    expect(formatReportSummaryLine(report('warn', [odd]))).toBe('WARN OFFICE-PC1: probe.failed: two lines and more');
  });

  it('is cut to the length remote tools keep, with an ellipsis, only when longer', () => {
    const prefix = 'WARN OFFICE-PC1: probe.failed: ';
    const exact = finding({ code: 'probe.failed', severity: 'warn', title: 'x'.repeat(SUMMARY_MAX_CHARS - prefix.length) });
    const fits = formatReportSummaryLine(report('warn', [exact]));
    expect(fits).toHaveLength(SUMMARY_MAX_CHARS);
    expect(fits.endsWith('x')).toBe(true);
    const longer = formatReportSummaryLine(report('warn', [{ ...exact, title: `${exact.title}yz` }]));
    expect(longer).toHaveLength(SUMMARY_MAX_CHARS);
    expect(longer).toBe(`${fits.slice(0, SUMMARY_MAX_CHARS - 1)}…`);
  });
});
