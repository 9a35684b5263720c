import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { OfficeReportSchema, type OfficeReport } from '../../src-shared/office/office-report-schema.js';
import { runCliCaptured } from '../support/cli-harness.js';

const OFFICES = fileURLToPath(new URL('../fixtures/offices/', import.meta.url));
const office = (name: string) => join(OFFICES, name);
const work = mkdtempSync(join(tmpdir(), 'sd-office-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function officeJson(...args: string[]): Promise<{ code: number; report: OfficeReport }> {
  const run = await runCliCaptured(['office', ...args, '--json']);
  expect(run.stderr).toBe('');
  const parsed = OfficeReportSchema.safeParse(JSON.parse(run.stdout));
  expect(parsed.success).toBe(true);
  return { code: run.code, report: JSON.parse(run.stdout) as OfficeReport };
}

function only(report: OfficeReport, code: string) {
  const found = report.findings.filter((f) => f.code === code);
  expect(found, `${code} in ${report.findings.map((f) => f.code).join(', ')}`).toHaveLength(1);
  return found[0]!;
}

describe('sync-doctor office on the example offices', () => {
  it('a healthy office: one Sync App, everyone in the same dataset however they spell it', async () => {
    const { code, report } = await officeJson(office('healthy'));
    expect(code).toBe(0);
    expect(report.format).toBe('sync-doctor/office-report@1');
    expect(report.status).toBe('ok');
    expect(report.findings.map((f) => f.code)).toEqual(['office.ok']);
    expect(report.machines.map((m) => m.computerName)).toEqual(['SYNC-PC', 'OFFICE-PC1', 'OFFICE-PC2']);
    // Each PC's own report is made with the office's knowledge: the others read syncapp.elsewhere.
    const codesOf = (name: string) => report.machines.find((m) => m.computerName === name)!.report.findings.map((f) => f.code);
    expect(codesOf('SYNC-PC')).toContain('syncapp.running');
    expect(codesOf('OFFICE-PC1')).toContain('syncapp.elsewhere');
    expect(codesOf('OFFICE-PC2')).not.toContain('syncapp.not-installed');
    expect(codesOf('OFFICE-PC2')).toContain('path.match');
    for (const m of report.machines) expect(m.report.format).toBe('sync-doctor/report@1');
  });

  it('nobody runs the Sync App: error, every PC named', async () => {
    const { code, report } = await officeJson(office('syncapp-none'));
    expect(code).toBe(2);
    const f = only(report, 'office.syncapp-none');
    expect(f.severity).toBe('error');
    expect([...f.machines].sort()).toEqual(['OFFICE-PC1', 'OFFICE-PC2', 'SYNC-PC']);
    expect(f.guidance.length).toBeGreaterThan(0);
  });

  it('nobody in the office runs it, but AutoEntry names a computer outside the office: no syncapp-none', async () => {
    const { report } = await officeJson(office('syncapp-none'), '--sync-app-location', 'CLOUD-VM');
    expect(report.findings.map((f) => f.code)).not.toContain('office.syncapp-none');
  });

  it('the Sync App runs on two PCs: warn, both named', async () => {
    const { code, report } = await officeJson(office('syncapp-several'));
    expect(code).toBe(1);
    expect([...only(report, 'office.syncapp-several').machines].sort()).toEqual(['OFFICE-PC1', 'SYNC-PC']);
  });

  it('AutoEntry expects it on SYNC-PC (from its bundle, with a DNS suffix) but it runs on OFFICE-PC1', async () => {
    const { code, report } = await officeJson(office('syncapp-location-wrong'));
    expect(code).toBe(2);
    expect(only(report, 'office.syncapp-location-wrong').machines).toEqual(['SYNC-PC', 'OFFICE-PC1']);
  });

  it('the command line location wins over the bundles', async () => {
    const { code, report } = await officeJson(office('syncapp-location-wrong'), '--sync-app-location', 'OFFICE-PC1');
    expect(report.findings.map((f) => f.code)).toEqual(['office.ok']);
    expect(code).toBe(0);
  });

  it('the Sync App posts into a local copy while the office works on the share: dataset-split, paths as each PC spells them', async () => {
    const { code, report } = await officeJson(office('dataset-split'));
    expect(code).toBe(2);
    const f = only(report, 'office.dataset-split');
    expect(f.machines[0]).toBe('SYNC-PC');
    expect([...f.machines].sort()).toEqual(['OFFICE-PC1', 'OFFICE-PC2', 'SERVER01', 'SYNC-PC']);
    expect(f.paths).toEqual({
      'SYNC-PC': 'D:\\Copy\\Company.000',
      'OFFICE-PC1': 'S:\\Sage\\Company.000',
      'OFFICE-PC2': 'S:\\Sage\\Company.000',
      SERVER01: '\\\\FILESRV.office.local\\Accounts\\Sage\\Company.000',
    });
    // SYNC-PC's own report cannot see it: its Sage uses the same copy.
    const sync = report.machines.find((m) => m.computerName === 'SYNC-PC')!;
    expect(sync.report.findings.map((x) => x.code)).toContain('path.match');
    expect(sync.office?.uses.find((u) => u.source === 'autoentry')).toMatchObject({ spelled: 'D:\\Copy\\Company.000', local: true });
  });

  it('pointing AutoEntry at the share on the command line mends the split', async () => {
    const { report } = await officeJson(office('dataset-split'), '--autoentry-path', 'S:\\Sage\\Company.000');
    expect(report.findings.map((f) => f.code)).not.toContain('office.dataset-split');
  });

  it('one PC still on Sage 2024: version-skew names each PC with its version', async () => {
    const { code, report } = await officeJson(office('version-skew'));
    expect(code).toBe(1);
    const f = only(report, 'office.version-skew');
    expect(f.versions).toEqual({ 'SYNC-PC': '2025', 'OFFICE-PC1': '2025', 'OFFICE-PC2': '2024' });
    expect(f.paths['OFFICE-PC2']).toBe('\\\\FILESRV\\Accounts\\Sage\\Company.000');
    expect(f.paths['OFFICE-PC1']).toBe('S:\\Sage\\Company.000');
  });

  it('S: is another share on one desk: drive-letter-conflict', async () => {
    const { code, report } = await officeJson(office('drive-letter-conflict'));
    expect(code).toBe(1);
    const f = only(report, 'office.drive-letter-conflict');
    expect(f.machines).toEqual(['SYNC-PC', 'OFFICE-PC1', 'OFFICE-PC2']);
    expect(f.paths['OFFICE-PC2']).toBe('\\\\OLDNAS\\Accounts');
    expect(f.paths['SYNC-PC']).toBe('\\\\FILESRV\\Accounts');
    expect(report.findings.map((x) => x.code)).not.toContain('office.dataset-split');
  });

  it('two computers claim to host the QuickBooks file', async () => {
    const { code, report } = await officeJson(office('quickbooks-hosts'));
    expect(code).toBe(1);
    const f = only(report, 'office.quickbooks-hosts');
    expect(f.machines).toContain('FRONT-DESK');
    expect(f.paths['FRONT-DESK']).toBe('\\\\QB-SERVER\\QBData\\Harbour Cafe.QBW');
    expect(f.detail).toContain('QB-SERVER');
  });

  it('a broken file among the bundles is reported and the rest are judged', async () => {
    const { code, report } = await officeJson(office('broken-file'));
    expect(code).toBe(1);
    const f = only(report, 'office.unreadable-bundle');
    expect(f.file).toMatch(/OFFICE-PC3\.json$/);
    expect(report.machines).toHaveLength(3);
  });

  it('the same PC captured twice counts once, with its newest snapshot', async () => {
    const { code, report } = await officeJson(office('same-pc-twice'));
    expect(code).toBe(0);
    const pc1 = report.machines.filter((m) => m.computerName.toUpperCase() === 'OFFICE-PC1');
    expect(pc1).toHaveLength(1);
    expect(pc1[0]!.capturedAt).toBe('2026-11-20T09:30:00Z');
    expect(report.findings.map((f) => f.code)).toEqual(['office.ok']);
  });

  it('files given one by one count like a folder', async () => {
    const { report } = await officeJson(join(office('version-skew'), 'SYNC-PC.json'), join(office('version-skew'), 'OFFICE-PC2.json'));
    expect(report.machines).toHaveLength(2);
    expect(only(report, 'office.version-skew').machines).toEqual(['SYNC-PC', 'OFFICE-PC2']);
  });
});

describe('sync-doctor office: text, summary and could-not-run', () => {
  it('text in the style of check: marks, the PCs, the steps', async () => {
    const run = await runCliCaptured(['office', office('dataset-split')], { env: { SYNC_DOCTOR_ASCII: '1' } });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('[X] AutoEntry posts to a dataset nobody else in the office works in');
    // The mark goes to the PC posting into the copy, not to the PCs doing it right.
    expect(run.stdout).toMatch(/SYNC-PC\s+\[X\] Sync App runs here/);
    expect(run.stdout).not.toMatch(/OFFICE-PC1\s+\[X\]/);
    expect(run.stdout).toContain('What to do:');
  });

  it('--summary is one line with the code', async () => {
    const run = await runCliCaptured(['office', office('syncapp-several'), '--summary']);
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stdout).toMatch(/^WARN office .*office\.syncapp-several/);
  });

  it('no readable snapshot at all: exit 3, one line on stderr', async () => {
    const broken = join(work, 'broken.json');
    writeFileSync(broken, 'not json');
    for (const args of [[broken], [join(work, 'nothing-here')], []]) {
      const run = await runCliCaptured(['office', ...args]);
      expect(run.code).toBe(3);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    expect((await runCliCaptured(['office', office('healthy'), '--json', '--summary'])).code).toBe(3);
  });

  it('the built command line, spawned, meets the same exit codes', () => {
    const dir = mkdtempSync(join(work, 'share-'));
    for (const name of ['SYNC-PC.json', 'OFFICE-PC1.json', 'OFFICE-PC2.json']) copyFileSync(join(office('healthy'), name), join(dir, name));
    const bin = fileURLToPath(new URL('../../bin/sync-doctor.js', import.meta.url));
    const ok = spawnSync(process.execPath, [bin, 'office', dir, '--summary'], { encoding: 'utf8', timeout: 120_000 });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^OK office/);
    const split = spawnSync(process.execPath, [bin, 'office', office('dataset-split'), '--json'], { encoding: 'utf8', timeout: 120_000 });
    expect(split.status).toBe(2);
    expect((JSON.parse(split.stdout) as OfficeReport).findings.map((f) => f.code)).toEqual(['office.dataset-split']);
  });
});
