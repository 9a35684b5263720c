import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readOfficeSources } from '../../src-main/check/office-sources.js';
import { runOfficeCheck } from '../../src-main/check/run-office-check.js';
import { OFFICE_FINDING_CODES, OFFICE_FINDING_SEVERITY } from '../../src-shared/office/office-codes.js';
import { OfficeReportSchema, type OfficeReport } from '../../src-shared/office/office-report-schema.js';

/**
 * The contract of `sync-doctor/office-report@1` (spec/office.md), checked on every example
 * office: the codes and their severities as the spec's table gives them, the JSON's fields,
 * the status rule, and what each finding names.
 */
const SPEC_TABLE: ReadonlyArray<[string, string]> = [
  ['office.syncapp-none', 'error'],
  ['office.syncapp-several', 'warn'],
  ['office.syncapp-location-wrong', 'error'],
  ['office.dataset-split', 'error'],
  ['office.version-skew', 'warn'],
  ['office.drive-letter-conflict', 'warn'],
  ['office.quickbooks-hosts', 'warn'],
  ['office.unreadable-bundle', 'warn'],
  ['office.autoentry-path-unknown', 'warn'],
  ['office.ok', 'ok'],
];

const OFFICES = fileURLToPath(new URL('../fixtures/offices/', import.meta.url));

async function judged(office: string, given: { autoentryPaths: string[]; syncAppLocation?: string } = { autoentryPaths: [] }): Promise<OfficeReport> {
  return runOfficeCheck(await readOfficeSources([join(OFFICES, office)]), given);
}

/** What the spec says each example office is: its status, its office findings, its PCs in order (the Sync App's PC first). */
const EXPECTED: Record<string, { status: string; codes: string[]; machines: string[] }> = {
  healthy: { status: 'ok', codes: ['office.ok'], machines: ['SYNC-PC', 'OFFICE-PC1', 'OFFICE-PC2'] },
  'syncapp-none': { status: 'error', codes: ['office.syncapp-none'], machines: ['OFFICE-PC1', 'OFFICE-PC2', 'SYNC-PC'] },
  'syncapp-several': { status: 'warn', codes: ['office.syncapp-several'], machines: ['OFFICE-PC1', 'OFFICE-PC2', 'SYNC-PC'] },
  'syncapp-location-wrong': { status: 'error', codes: ['office.syncapp-location-wrong'], machines: ['OFFICE-PC1', 'OFFICE-PC2', 'SYNC-PC'] },
  'dataset-split': { status: 'error', codes: ['office.dataset-split'], machines: ['SYNC-PC', 'OFFICE-PC1', 'OFFICE-PC2', 'SERVER01'] },
  'version-skew': { status: 'warn', codes: ['office.version-skew'], machines: ['SYNC-PC', 'OFFICE-PC1', 'OFFICE-PC2'] },
  'drive-letter-conflict': { status: 'warn', codes: ['office.drive-letter-conflict'], machines: ['SYNC-PC', 'OFFICE-PC1', 'OFFICE-PC2'] },
  'quickbooks-hosts': { status: 'warn', codes: ['office.quickbooks-hosts'], machines: ['SYNC-PC', 'BACK-OFFICE', 'FRONT-DESK'] },
  // The PCs that could be read agree: office.ok stands beside the unreadable file.
  'broken-file': { status: 'warn', codes: ['office.unreadable-bundle', 'office.ok'], machines: ['SYNC-PC', 'OFFICE-PC1', 'OFFICE-PC2'] },
  'same-pc-twice': { status: 'ok', codes: ['office.ok'], machines: ['SYNC-PC', 'OFFICE-PC1', 'OFFICE-PC2'] },
};

function expectContractShape(report: OfficeReport): void {
  expect(OfficeReportSchema.safeParse(report).success).toBe(true);
  expect(Object.keys(report).sort()).toEqual(['findings', 'format', 'generatedAt', 'machines', 'status']);
  expect(report.format).toBe('sync-doctor/office-report@1');
  for (const m of report.machines) {
    // computerName, capturedAt, report@1 unchanged; file and office are the product's extensions.
    expect(Object.keys(m).filter((k) => !['file', 'office'].includes(k)).sort()).toEqual(['capturedAt', 'computerName', 'report']);
    expect(m.report.format).toBe('sync-doctor/report@1');
  }
  for (const f of report.findings) {
    expect(Object.keys(f).filter((k) => !['file', 'versions', 'oddOnes'].includes(k)).sort()).toEqual(['code', 'detail', 'guidance', 'machines', 'paths', 'severity', 'title']);
    expect(f.severity).toBe(new Map(SPEC_TABLE).get(f.code));
    expect(f.title.length).toBeGreaterThan(0);
    expect(f.detail.length).toBeGreaterThan(0);
    // The paths are those of PCs the finding names.
    for (const name of Object.keys(f.paths)) expect(f.machines).toContain(name);
    expect(f.guidance.length > 0).toBe(f.code !== 'office.ok');
  }
  // The worst office finding; info and ok give ok.
  const worst = ['error', 'warn'].find((s) => report.findings.some((f) => f.severity === s)) ?? 'ok';
  expect(report.status).toBe(worst);
}

describe('the office report keeps the contract of spec/office.md', () => {
  it('the codes and their severities are the spec\'s table, no more and no less', () => {
    expect(Object.entries(OFFICE_FINDING_SEVERITY)).toEqual(SPEC_TABLE);
    expect(OFFICE_FINDING_CODES).toEqual(SPEC_TABLE.map(([code]) => code));
  });

  it('covers every example office', () => {
    expect(readdirSync(OFFICES).filter((n) => !n.includes('.')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [office, expected] of Object.entries(EXPECTED)) {
    it(`${office}: ${expected.codes.join(', ')} (${expected.status}), in the report's shape`, async () => {
      const report = await judged(office);
      expectContractShape(report);
      expect(report.status).toBe(expected.status);
      expect(report.findings.map((f) => f.code)).toEqual(expected.codes);
      expect(report.machines.map((m) => m.computerName)).toEqual(expected.machines);
      expect(report.machines.every((m) => m.file?.startsWith(join(OFFICES, office)))).toBe(true);
      expect(Date.parse(report.generatedAt)).not.toBeNaN();
    });
  }

  it('a healthy office says so: one Sync App, on which PC, and how many PCs agree', async () => {
    const [f] = (await judged('healthy')).findings;
    expect(f).toMatchObject({
      title: 'The office agrees',
      detail: 'One Sync App, on SYNC-PC, and the data AutoEntry is set to is the data the 3 PCs work in.',
      machines: ['SYNC-PC', 'OFFICE-PC1', 'OFFICE-PC2'],
      paths: {},
      guidance: [],
    });
  });

  it('dataset-split names the Sync App\'s PC first and each PC\'s own spelling of the path', async () => {
    const [f] = (await judged('dataset-split')).findings;
    expect(f).toMatchObject({
      title: 'AutoEntry posts to a dataset nobody else in the office works in',
      detail: 'On SYNC-PC, where the Sync App runs, AutoEntry\'s path D:\\Copy\\Company.000 is a folder on SYNC-PC itself. OFFICE-PC1, OFFICE-PC2 and SERVER01 all work in \\\\FILESRV\\Accounts\\Sage\\Company.000 instead, so invoices land in books nobody looks at.',
      machines: ['SYNC-PC', 'OFFICE-PC1', 'OFFICE-PC2', 'SERVER01'],
      paths: {
        'SYNC-PC': 'D:\\Copy\\Company.000',
        'OFFICE-PC1': 'S:\\Sage\\Company.000',
        'OFFICE-PC2': 'S:\\Sage\\Company.000',
        SERVER01: '\\\\FILESRV.office.local\\Accounts\\Sage\\Company.000',
      },
    });
  });

  it('an unreadable file names no PC, and carries the file', async () => {
    const [f] = (await judged('broken-file')).findings.filter((x) => x.code === 'office.unreadable-bundle');
    expect(f!.machines).toEqual([]);
    expect(f!.paths).toEqual({});
    expect(f!.file).toBe(join(OFFICES, 'broken-file', 'OFFICE-PC3.json'));
    expect(f!.title).toBe('OFFICE-PC3.json is not a readable snapshot');
    expect(f!.detail).toMatch(/OFFICE-PC3\.json is not valid JSON .* The office was judged without it\.$/);
  });

  it('version-skew names each PC with the version it lists the dataset under', async () => {
    const [f] = (await judged('version-skew')).findings;
    expect(f).toMatchObject({
      title: 'PCs open \\\\FILESRV\\Accounts\\Sage\\Company.000 with different Sage versions',
      detail: 'SYNC-PC uses Sage 2025; OFFICE-PC1 uses Sage 2025; OFFICE-PC2 uses Sage 2024. OFFICE-PC2 has not been upgraded to 2025, and the Sync App writes with the version on its own PC.',
      versions: { 'SYNC-PC': '2025', 'OFFICE-PC1': '2025', 'OFFICE-PC2': '2024' },
      paths: { 'SYNC-PC': 'S:\\Sage\\Company.000', 'OFFICE-PC1': 'S:\\Sage\\Company.000', 'OFFICE-PC2': '\\\\FILESRV\\Accounts\\Sage\\Company.000' },
    });
  });

  it('quickbooks-hosts names the hosting claims, and the office PCs that see the file', async () => {
    const [f] = (await judged('quickbooks-hosts')).findings;
    expect(f).toMatchObject({
      title: '2 computers claim to host Harbour Cafe.QBW',
      machines: ['FRONT-DESK', 'SYNC-PC', 'BACK-OFFICE'],
    });
    expect(f!.detail).toBe('QB-SERVER and FRONT-DESK each claim to host \\\\QB-SERVER\\QBData\\Harbour Cafe.QBW for multi-user access. Only one computer should: the others should have hosting turned off, or users and the Sync App may be sent to different database servers.');
    expect(Object.keys(f!.paths).sort()).toEqual(['BACK-OFFICE', 'FRONT-DESK', 'SYNC-PC']);
  });

  it('each PC\'s side-by-side summary: who runs the Sync App, the Sage version, the data as spelled and as resolved', async () => {
    const report = await judged('dataset-split');
    const sync = report.machines[0]!;
    expect(sync.office).toEqual({
      runsSyncApp: true,
      sageVersion: '2025',
      quickbooksVersions: [],
      uses: [
        { software: 'sage', source: 'autoentry', spelled: 'D:\\Copy\\Company.000', resolved: 'D:\\Copy\\Company.000', local: true },
        { software: 'sage', source: 'sage-list', spelled: 'D:\\Copy\\Company.000', resolved: 'D:\\Copy\\Company.000', local: true },
      ],
    });
    expect(report.machines[1]!.office).toEqual({
      runsSyncApp: false,
      sageVersion: '2025',
      quickbooksVersions: [],
      uses: [{ software: 'sage', source: 'sage-list', spelled: 'S:\\Sage\\Company.000', resolved: '\\\\FILESRV\\Accounts\\Sage\\Company.000', local: false }],
    });
  });

  it('the command line\'s AutoEntry path and Sync App location are the office\'s inputs', async () => {
    const mended = await judged('dataset-split', { autoentryPaths: ['S:\\Sage\\Company.000'] });
    expect(mended.findings.map((f) => f.code)).toEqual(['office.ok']);
    const elsewhere = await judged('syncapp-none', { autoentryPaths: [], syncAppLocation: 'CLOUD-VM' });
    expect(elsewhere.findings.map((f) => f.code)).toEqual(['office.ok']);
    expect(elsewhere.findings[0]!.detail).toBe('The Sync App runs outside these 3 PCs (CLOUD-VM), and they agree on the data they work in.');
    expect(elsewhere.status).toBe('ok');
  });

  it('office.ok never without a known AutoEntry path: each example office with its bundles\' paths taken away', async () => {
    for (const office of Object.keys(EXPECTED)) {
      const sources = (await readOfficeSources([join(OFFICES, office)])).map((src) => {
        if (!src.load.ok) return src;
        const { checkInputs, ...rest } = src.load.snapshot;
        const location = checkInputs?.syncAppLocation;
        const snapshot = { ...rest, ...(location !== undefined && { checkInputs: { syncAppLocation: location } }) };
        return { ...src, load: { ...src.load, snapshot } as typeof src.load };
      });
      const report = await runOfficeCheck(sources, { autoentryPaths: [] });
      expectContractShape(report);
      const codes = report.findings.map((f) => f.code);
      expect(codes, office).not.toContain('office.ok');
      expect(codes, office).toContain('office.autoentry-path-unknown');
      expect(report.status, office).not.toBe('ok');
    }
  });

  it('dataset-split with no AutoEntry path: the private copy and the share are each named, and nothing says the office agrees', async () => {
    const sources = (await readOfficeSources([join(OFFICES, 'dataset-split')])).map((src) =>
      src.load.ok ? { ...src, load: { ...src.load, snapshot: { ...src.load.snapshot, checkInputs: undefined } } as typeof src.load } : src,
    );
    const report = await runOfficeCheck(sources, { autoentryPaths: [] });
    const [f] = report.findings;
    expect(report.findings.map((x) => x.code)).toEqual(['office.autoentry-path-unknown']);
    expect(f!.paths).toMatchObject({ 'SYNC-PC': 'D:\\Copy\\Company.000', 'OFFICE-PC1': 'S:\\Sage\\Company.000' });
    expect(f!.detail).toContain('SYNC-PC in D:\\Copy\\Company.000 on SYNC-PC itself');
  });
});
