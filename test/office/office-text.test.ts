import { describe, expect, it } from 'vitest';
import type { Report } from '../../src-shared/model/report-schema.js';
import type { OfficeDataUse, OfficeFinding, OfficeMachineEntry, OfficeMachineSummary, OfficeReport } from '../../src-shared/office/office-report-schema.js';
import { formatOfficeSummaryLine, formatOfficeText } from '../../src-shared/report/office-text.js';
import { SUMMARY_MAX_CHARS, type TextStyle } from '../../src-shared/report/report-text.js';
import { indentedBlock as block } from '../support/text-block.js';

const ASCII: TextStyle = { glyphs: 'ascii', colour: false };
const COLOUR: TextStyle = { glyphs: 'unicode', colour: true };

function pcReport(computerName: string, status: Report['status']): Report {
  return { format: 'sync-doctor/report@1', status, generatedAt: '2026-11-20T09:30:02Z', machine: { computerName, userName: 'jane' }, findings: [], inventory: {} };
}

function pc(computerName: string, status: Report['status'], office: Partial<OfficeMachineSummary> = {}): OfficeMachineEntry {
  return {
    computerName,
    capturedAt: '2026-11-20T09:00:00Z',
    report: pcReport(computerName, status),
    office: { runsSyncApp: false, quickbooksVersions: [], uses: [], ...office },
  };
}

function use(fields: Partial<OfficeDataUse>): OfficeDataUse {
  return { software: 'sage', source: 'autoentry', spelled: 'S:\\Sage\\Company.000', resolved: '\\\\SRV\\Accounts\\Sage\\Company.000', local: false, ...fields };
}

function officeFinding(fields: Partial<OfficeFinding> & Pick<OfficeFinding, 'code' | 'severity'>): OfficeFinding {
  return { title: `title of ${fields.code}`, detail: `detail of ${fields.code}`, machines: [], paths: {}, guidance: [], ...fields };
}

function office(status: OfficeReport['status'], machines: OfficeMachineEntry[], findings: OfficeFinding[]): OfficeReport {
  return { format: 'sync-doctor/office-report@1', status, generatedAt: '2026-11-20T09:30:02Z', machines, findings };
}

const ok = officeFinding({ code: 'office.ok', severity: 'ok', title: 'The office agrees' });
const split = officeFinding({
  code: 'office.dataset-split',
  severity: 'error',
  title: 'AutoEntry posts into a copy',
  detail: 'The Sync App PC uses another dataset.',
  machines: ['SYNC-PC', 'OFFICE-PC1'],
  paths: { 'SYNC-PC': 'D:\\Copy\\Company.000', 'OFFICE-PC1': 'S:\\Sage\\Company.000' },
  guidance: [{ text: 'Point AutoEntry at the shared data.' }, { text: 'Publish again.' }],
});
const several = officeFinding({ code: 'office.syncapp-several', severity: 'warn', title: 'Two Sync Apps' });
const unreadable = officeFinding({ code: 'office.unreadable-bundle', severity: 'warn', title: 'A file could not be read', file: '\\\\SRV\\Bundles\\broken.json' });

describe('the office report as text', () => {
  it('names how many PCs it read, in the singular for one', () => {
    expect(formatOfficeText(office('ok', [pc('SYNC-PC', 'ok')], [ok])).split('\n').slice(0, 2)).toEqual(['Sync Doctor — office of 1 PC', '']);
    expect(formatOfficeText(office('ok', [pc('A', 'ok'), pc('B', 'ok')], [ok])).split('\n')[0]).toBe('Sync Doctor — office of 2 PCs');
  });

  it('lists each PC in a column as wide as the longest name, with the office\'s mark, its own check when not all good, and what runs there', () => {
    const machines = [
      pc('SYNC-PC', 'ok', { runsSyncApp: true, sageVersion: '31', quickbooksVersions: ['2023', '2024'] }),
      pc('OFFICE-PC1', 'error'),
      pc('PC2', 'warn', { quickbooksVersions: ['2024'] }),
    ];
    const lines = formatOfficeText(office('ok', machines, [ok])).split('\n');
    expect(lines.slice(2, 6)).toEqual([
      '  SYNC-PC     [✓] Sync App runs here · Sage 31 · QuickBooks 2023, 2024',
      '  OFFICE-PC1  [✓] no Sync App · own check: problems',
      '  PC2         [✓] no Sync App · own check: warnings · QuickBooks 2024',
      '',
    ]);
  });

  it('keeps the column at least four characters wide for short names', () => {
    const lines = formatOfficeText(office('ok', [pc('A', 'ok'), pc('BB', 'ok')], [ok])).split('\n');
    expect(lines[2]).toBe('  A     [✓] no Sync App');
    expect(lines[3]).toBe('  BB    [✓] no Sync App');
  });

  it('shows under each PC the data it uses, where it names it, and the share it resolves to', () => {
    const uses = [
      use({}),
      use({ source: 'sage-list', spelled: '\\\\SRV\\Accounts\\Sage\\Company.000', resolved: '\\\\SRV\\Accounts\\Sage\\Company.000' }),
      use({ software: 'quickbooks', source: 'quickbooks-recent', spelled: 'C:\\QB\\Books.qbw', resolved: 'C:\\QB\\Books.qbw', local: true }),
    ];
    const lines = formatOfficeText(office('ok', [pc('SYNC-PC', 'ok', { uses })], [ok])).split('\n');
    expect(lines.slice(3, 6)).toEqual([
      '               AutoEntry: S:\\Sage\\Company.000 = \\\\SRV\\Accounts\\Sage\\Company.000',
      '               Sage: \\\\SRV\\Accounts\\Sage\\Company.000',
      '               QuickBooks: C:\\QB\\Books.qbw (on this PC only)',
    ]);
  });

  it('a local path is "on this PC only" even when it is spelled differently from its resolution', () => {
    const lines = formatOfficeText(office('ok', [pc('PC1', 'ok', { uses: [use({ spelled: 'c:\\data', resolved: 'C:\\Data', local: true })] })], [ok])).split('\n');
    expect(lines[3]).toBe('            AutoEntry: c:\\data (on this PC only)');
  });

  it('gives each office finding a heading, worst first, with its detail, each PC\'s path lined up, and numbered steps', () => {
    const text = formatOfficeText(office('error', [pc('SYNC-PC', 'ok'), pc('OFFICE-PC1', 'ok')], [several, split]));
    const headings = text.split('\n').filter((l) => /^\[.\] /.test(l));
    expect(headings.slice(0, 2)).toEqual(['[✗] AutoEntry posts into a copy', '[!] Two Sync Apps']);
    expect(block(text, '[✗] AutoEntry posts into a copy')).toEqual([
      'The Sync App PC uses another dataset.',
      'SYNC-PC:     D:\\Copy\\Company.000',
      'OFFICE-PC1:  S:\\Sage\\Company.000',
      'What to do:',
      '  1. Point AutoEntry at the shared data.',
      '  2. Publish again.',
    ]);
    expect(block(text, '[!] Two Sync Apps')).toEqual(['detail of office.syncapp-several']);
  });

  it('names the file an unreadable bundle is about', () => {
    const text = formatOfficeText(office('warn', [pc('PC1', 'ok')], [unreadable]));
    expect(block(text, '[!] A file could not be read')).toEqual(['detail of office.unreadable-bundle', 'File: \\\\SRV\\Bundles\\broken.json']);
  });

  it('closes with "the PCs agree" when the office is ok', () => {
    const text = formatOfficeText(office('ok', [pc('PC1', 'ok')], [ok]));
    expect(text.endsWith('\n\n[✓] The PCs of this office agree.\n')).toBe(true);
  });

  it('closes with counts of office problems and warnings, and where to find each PC\'s report', () => {
    const closing = (r: OfficeReport, style?: TextStyle) => formatOfficeText(r, style).trimEnd().split('\n').at(-1);
    const lines = formatOfficeText(office('warn', [pc('PC1', 'ok')], [several])).trimEnd().split('\n');
    expect(lines.at(-2)).toBe('');
    expect(closing(office('warn', [pc('PC1', 'ok')], [several]))).toMatch(/^\[!\] 0 office problems, 1 warning\. Each PC's own report: /);
    expect(closing(office('error', [pc('PC1', 'ok')], [split, several, unreadable]))).toMatch(/^\[✗\] 1 office problem, 2 warnings\./);
    expect(closing(office('error', [pc('PC1', 'ok')], [split, split]), ASCII)).toMatch(/^\[X\] 2 office problems, 0 warnings\./);
  });

  it('uses ASCII marks and colours like the check', () => {
    const plain = formatOfficeText(office('error', [pc('PC1', 'ok')], [split]), ASCII);
    // PC1 is not singled out, but nothing shows the office agrees: "i", not OK.
    expect(plain).toContain('  PC1   [i] no Sync App');
    expect(plain).toContain('\n[X] AutoEntry posts into a copy\n');
    expect(plain).not.toContain('\u001b[');
    const coloured = formatOfficeText(office('error', [pc('PC1', 'warn')], [{ ...split, oddOnes: ['PC1'] }]), COLOUR);
    expect(coloured.split('\n')[0]).toBe('\u001b[1mSync Doctor — office of 1 PC\u001b[0m');
    expect(coloured).toContain('  PC1   \u001b[31m[✗]\u001b[0m no Sync App · own check: warnings');
    expect(coloured).toContain('\u001b[31m[✗]\u001b[0m \u001b[1mAutoEntry posts into a copy\u001b[0m');
    expect(coloured.trimEnd().split('\n').at(-1)).toMatch(/^\u001b\[31m\[✗\] 1 office problem.*\u001b\[0m$/);
  });
});

describe('the office in one line for remote monitoring', () => {
  it('names the status, the PCs and each office problem worst first', () => {
    const line = formatOfficeSummaryLine(office('error', [pc('SYNC-PC', 'ok'), pc('OFFICE-PC1', 'ok')], [several, ok, split]));
    expect(line).toBe('ERROR office (SYNC-PC and OFFICE-PC1): office.dataset-split: AutoEntry posts into a copy; office.syncapp-several: Two Sync Apps');
  });

  it('says the office agrees when nothing is wrong', () => {
    expect(formatOfficeSummaryLine(office('ok', [pc('SYNC-PC', 'ok')], [ok]))).toBe('OK office (SYNC-PC): one Sync App and every PC uses the data AutoEntry is set to');
  });

  it('says nothing agrees when office.ok is not there, even with an ok status', () => {
    const line = formatOfficeSummaryLine(office('ok', [pc('SYNC-PC', 'ok')], []));
    expect(line).toBe('OK office (SYNC-PC): no office problem found, not shown to use the data AutoEntry is set to');
    expect(formatOfficeText(office('ok', [pc('SYNC-PC', 'ok')], []))).not.toContain('agree.');
    expect(formatOfficeText(office('ok', [pc('SYNC-PC', 'ok')], [])).endsWith('\n\n[✓] No office problem found, but the PCs were not shown to work in the data AutoEntry is set to.\n')).toBe(true);
  });

  it('a thousand PCs: one short line naming a few, in the order given', () => {
    const many = Array.from({ length: 1000 }, (_, i) => pc(`PC${String(i + 1).padStart(4, '0')}`, 'ok'));
    const line = formatOfficeSummaryLine(office('warn', [pc('SYNC-PC', 'ok'), ...many], [several]));
    expect(line).toBe('WARN office (SYNC-PC and 1000 others): office.syncapp-several: Two Sync Apps');
    expect(formatOfficeSummaryLine(office('ok', [pc('A', 'ok'), pc('B', 'ok'), pc('C', 'ok')], [ok]))).toContain('(A, B and C)');
  });

  it('each PC\'s mark is the office\'s verdict on it: ✗ on the one a finding singles out, not on those doing it right', () => {
    const singled = { ...split, oddOnes: ['SYNC-PC'] };
    const text = formatOfficeText(office('error', [pc('SYNC-PC', 'ok'), pc('OFFICE-PC1', 'warn')], [singled]), ASCII);
    expect(text).toContain('  SYNC-PC     [X] no Sync App');
    expect(text).toContain('  OFFICE-PC1  [i] no Sync App · own check: warnings');
    const agreed = formatOfficeText(office('ok', [pc('SYNC-PC', 'ok')], [ok]), ASCII);
    expect(agreed).toContain('  SYNC-PC  [OK] no Sync App');
  });

  it('stays on one line and within the length remote tools keep', () => {
    const odd = officeFinding({ code: 'office.unreadable-bundle', severity: 'warn', title: 'a\r\nb\nc' });
    expect(formatOfficeSummaryLine(office('warn', [pc('PC1', 'ok')], [odd]))).toBe('WARN office (PC1): office.unreadable-bundle: a b c');
    const prefix = 'WARN office (PC1): office.unreadable-bundle: ';
    const exact = { ...odd, title: 'x'.repeat(SUMMARY_MAX_CHARS - prefix.length) };
    const fits = formatOfficeSummaryLine(office('warn', [pc('PC1', 'ok')], [exact]));
    expect(fits).toHaveLength(SUMMARY_MAX_CHARS);
    expect(fits.endsWith('x')).toBe(true);
    const cut = formatOfficeSummaryLine(office('warn', [pc('PC1', 'ok')], [{ ...exact, title: `${exact.title}yz` }]));
    expect(cut).toBe(`${fits.slice(0, SUMMARY_MAX_CHARS - 1)}…`);
  });
});
