import { describe, expect, it } from 'vitest';
import type { MachineSnapshot } from '../../src-shared/model/machine-snapshot-schema.js';
import { checkSnapshot, codes, findingOf, machine } from '../support/check-machine.js';

const PD = 'C:\\ProgramData\\Sage\\Accounts';

/** Adds a Sage dataset (ACCDATA with SETUP.DTA and one more data file) at a folder. */
function addDataset(m: MachineSnapshot, folder: string, mtime = '2026-11-20T09:00:00Z'): void {
  m.files[`${folder}\\ACCDATA\\SETUP.DTA`] = { size: 65536, mtime };
  m.files[`${folder}\\ACCDATA\\SALES.DTA`] = { size: 1024, mtime };
}

function withoutSage(m: MachineSnapshot): MachineSnapshot {
  for (const key of Object.keys(m.files)) if (key.toLowerCase().includes('\\sage\\')) delete m.files[key];
  return m;
}

describe('Sage 50 machines beyond the examples', () => {
  it('Sage V33 naming: the V33 folder is newer than 2026 and is the one in use', async () => {
    const m = withoutSage(machine('sage-healthy'));
    m.files[`${PD}\\2026\\COMPANY`] = { text: `${PD}\\2026\\Company.000\r\n`, mtime: '2026-03-01T08:00:00Z' };
    m.files[`${PD}\\V33\\COMPANY`] = { text: `${PD}\\V33\\Company.000\r\n`, mtime: '2026-10-01T08:00:00Z' };
    addDataset(m, `${PD}\\2026\\Company.000`, '2026-11-18T10:00:00Z');
    addDataset(m, `${PD}\\V33\\Company.000`);
    const stale = await checkSnapshot(m, { autoentryPaths: [`${PD}\\2026\\Company.000`] });
    const f = findingOf(stale, 'path.stale-version');
    expect(f.suggestedPath).toBe(`${PD}\\V33\\Company.000`);
    expect(f.upgradedAt).toBe('2026-10-01T08:00:00Z');
    expect(f.staleDatasetLastWrite).toBe('2026-11-18T10:00:00Z');
    const current = await checkSnapshot(m, { autoentryPaths: [`${PD}\\v33\\company.000`] });
    expect(codes(current)).toContain('path.match');
    expect(current.status).toBe('ok');
  });

  it('a stale path whose old data was not written since the upgrade has no staleDatasetLastWrite', async () => {
    const m = machine('sage-stale-after-upgrade');
    for (const [k, f] of Object.entries(m.files)) if (k.includes('2024\\Company.000')) f.mtime = '2025-01-10T10:00:00Z';
    const f = findingOf(await checkSnapshot(m, { autoentryPaths: [`${PD}\\2024\\Company.000`] }), 'path.stale-version');
    expect(f.upgradedAt).toBe('2025-04-02T08:00:00Z');
    expect(f.staleDatasetLastWrite).toBeUndefined();
  });

  it('stale even when the old version\'s COMPANY list is gone: the path sits in the 2024 folder', async () => {
    const m = machine('sage-stale-after-upgrade');
    delete m.files[`${PD}\\2024\\COMPANY`];
    const f = findingOf(await checkSnapshot(m, { autoentryPaths: [`${PD}\\2024\\Company.000`] }), 'path.stale-version');
    expect(f.suggestedPath).toBe(`${PD}\\2025\\Company.000`);
    expect(f.upgradedAt).toBe('2025-04-02T08:00:00Z');
    expect(f.staleDatasetLastWrite).toBe('2026-11-19T16:40:00Z');
    // A dataset elsewhere that no list names is still a plain mismatch.
    addDataset(m, 'D:\\Elsewhere\\Company.000');
    m.drives['D:'] = { kind: 'fixed' };
    expect(codes(await checkSnapshot(m, { autoentryPaths: ['D:\\Elsewhere\\Company.000'] }))).toContain('path.mismatch');
  });

  it('Windows XP keeps Sage settings under Documents and Settings', async () => {
    const m = withoutSage(machine('sage-healthy'));
    const xp = 'C:\\Documents and Settings\\All Users\\Application Data\\Sage\\Accounts\\2014';
    m.files[`${xp}\\COMPANY`] = { text: 'C:\\SageData\\Company.000\r\n' };
    addDataset(m, 'C:\\SageData\\Company.000');
    const report = await checkSnapshot(m, { autoentryPaths: ['C:\\SageData\\Company.000'] });
    expect(codes(report)).toEqual(expect.arrayContaining(['sage.found', 'path.match']));
    expect((report.inventory as { sage: { versionInUse: string } }).sage.versionInUse).toBe('2014');
  });

  it('8.3 short names in a COMPANY list name the same dataset as the long path', async () => {
    const m = machine('sage-healthy');
    m.files[`${PD}\\2025\\COMPANY`] = { text: 'C:\\PROGRA~3\\Sage\\Accounts\\2025\\COMPAN~1.000\r\n' };
    m.links = { 'C:\\PROGRA~3': 'C:\\ProgramData', 'C:\\ProgramData\\Sage\\Accounts\\2025\\COMPAN~1.000': 'C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000' };
    const report = await checkSnapshot(m, { autoentryPaths: [`${PD}\\2025\\Company.000`] });
    const f = findingOf(report, 'path.match');
    expect(f.inUsePath).toBe('C:\\PROGRA~3\\Sage\\Accounts\\2025\\COMPAN~1.000');
    expect(f.equivalence?.some((s) => s.kind === 'link')).toBe(true);
  });

  it('mapped drive in AutoEntry, UNC path in the COMPANY list: the other way round also matches', async () => {
    const m = machine('sage-network-mapped-drive');
    m.files[`${PD}\\2025\\COMPANY`] = { text: '\\\\FILESRV\\Accounts\\Sage\\Company.000\r\n' };
    const report = await checkSnapshot(m, { autoentryPaths: ['s:\\sage\\company.000'] });
    const f = findingOf(report, 'path.match');
    expect(f.equivalence?.map((s) => s.text)).toContain('S: is \\\\FILESRV\\Accounts');
  });

  it('an elevated check without the mapped drive still knows S: from the user\'s persistent mapping', async () => {
    const m = machine('sage-network-mapped-drive');
    m.host.elevated = true;
    delete m.drives['S:'];
    const report = await checkSnapshot(m, { autoentryPaths: ['S:\\Sage\\Company.000'] });
    expect(codes(report)).toContain('path.match');
  });

  it('a configured path on an unreachable share is path.unreachable, not missing', async () => {
    const m = machine('sage-network-mapped-drive');
    m.shares = { '\\\\FILESRV\\Accounts': { reachable: false } };
    const report = await checkSnapshot(m, { autoentryPaths: ['S:\\Sage\\Company.000'] });
    expect(codes(report)).toContain('path.unreachable');
    expect(codes(report)).not.toContain('path.missing');
    expect(report.status).toBe('error');
  });

  it('a drive letter that does not exist on this PC is unreachable', async () => {
    const report = await checkSnapshot(machine('sage-healthy'), { autoentryPaths: ['Z:\\Sage\\Company.000'] });
    expect(codes(report)).toContain('path.unreachable');
  });

  it('a stalling share gives probe.timeout and path.unreachable, and the report is still complete', async () => {
    const m = machine('sage-network-mapped-drive');
    m.slow = { '\\\\FILESRV\\Accounts': 60_000 };
    const started = Date.now();
    const report = await checkSnapshot(m, { autoentryPaths: ['S:\\Sage\\Company.000'] }, 300);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(codes(report)).toEqual(expect.arrayContaining(['probe.timeout', 'path.unreachable', 'syncapp.running', 'sage.found']));
  });

  it('access denied on the configured dataset is path.denied', async () => {
    const m = machine('sage-healthy');
    m.denied = [`${PD}\\2025\\Company.000`];
    expect(codes(await checkSnapshot(m, { autoentryPaths: [`${PD}\\2025\\Company.000`] }))).toContain('path.denied');
  });

  it('a dataset whose ACCDATA folder is closed to this user is path.denied', async () => {
    const m = machine('sage-healthy');
    m.denied = [`${PD}\\2025\\Company.000\\ACCDATA`];
    expect(codes(await checkSnapshot(m, { autoentryPaths: [`${PD}\\2025\\Company.000`] }))).toContain('path.denied');
  });

  it('a UTF-16 COMPANY list with a BOM is read', async () => {
    const m = machine('sage-healthy');
    const text = `${PD}\\2025\\Company.000\r\n`;
    m.files[`${PD}\\2025\\COMPANY`] = { base64: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]).toString('base64') };
    const report = await checkSnapshot(m, { autoentryPaths: [`${PD}\\2025\\Company.000`] });
    expect(codes(report)).toContain('path.match');
    expect(codes(report)).not.toContain('sage.company-list-unreadable');
  });

  it('an ANSI COMPANY list with an accented folder name is read', async () => {
    const m = withoutSage(machine('sage-healthy'));
    m.files[`${PD}\\2025\\COMPANY`] = { base64: Buffer.from('C:\\Données\\Société.000\r\n', 'latin1').toString('base64') };
    addDataset(m, 'C:\\Données\\Société.000');
    expect(codes(await checkSnapshot(m, { autoentryPaths: ['C:\\Données\\Société.000'] }))).toContain('path.match');
  });

  it('a garbled COMPANY file is reported, not thrown, and the older list is used', async () => {
    const m = machine('sage-stale-after-upgrade');
    m.files[`${PD}\\2025\\COMPANY`] = { base64: Buffer.from([0x00, 0x13, 0x88, 0xff, 0x01, 0x02, 0x7f, 0x00, 0x9d]).toString('base64') };
    const report = await checkSnapshot(m, { autoentryPaths: [`${PD}\\2024\\Company.000`] });
    expect(codes(report)).toContain('sage.company-list-unreadable');
    expect(codes(report)).toContain('path.match');
    expect(report.status).toBe('warn');
  });

  it('several companies in one list: each configured path gets its own verdict', async () => {
    const m = machine('sage-healthy');
    m.files[`${PD}\\2025\\COMPANY`] = { text: `${PD}\\2025\\Company.000\r\n\r\nD:\\Clients\\Smith Ltd\r\nD:\\Clients\\Jones & Co\r\n` };
    m.drives['D:'] = { kind: 'fixed' };
    addDataset(m, 'D:\\Clients\\Smith Ltd');
    addDataset(m, 'D:\\Clients\\Jones & Co');
    addDataset(m, 'D:\\Clients\\Old Client');
    const report = await checkSnapshot(m, { autoentryPaths: ['d:\\clients\\smith ltd\\', 'D:\\Clients\\Jones & Co\\ACCDATA', 'D:\\Clients\\Old Client', 'D:\\Clients\\Gone Ltd'] });
    expect(findingOf(report, 'path.match', 'd:\\clients\\smith ltd\\')).toBeDefined();
    expect(findingOf(report, 'path.match', 'D:\\Clients\\Jones & Co\\ACCDATA')).toBeDefined();
    expect(findingOf(report, 'path.mismatch', 'D:\\Clients\\Old Client').suggestedPath).toBeUndefined();
    expect(findingOf(report, 'path.missing', 'D:\\Clients\\Gone Ltd')).toBeDefined();
    expect(report.findings.filter((f) => f.code.startsWith('path.'))).toHaveLength(4);
    expect((report.inventory as { sage: { versions: Array<{ datasets: unknown[] }> } }).sage.versions[0]!.datasets).toHaveLength(3);
  });

  it('a folder that is not a dataset is path.not-dataset', async () => {
    const m = machine('sage-healthy');
    m.dirs = ['C:\\Users\\jane\\Documents'];
    expect(codes(await checkSnapshot(m, { autoentryPaths: ['C:\\Users\\jane\\Documents'] }))).toContain('path.not-dataset');
  });

  it('no path configured gives path.not-configured (warn)', async () => {
    const report = await checkSnapshot(machine('sage-healthy'));
    expect(codes(report)).toContain('path.not-configured');
    expect(report.status).toBe('warn');
  });

  it('a stopped Sage data service is a warning', async () => {
    const m = machine('sage-healthy');
    m.services.push({ name: 'Sage 50 Accounts Service v31', displayName: 'Sage 50 Accounts Service v31', state: 'stopped', startType: 'auto' });
    const report = await checkSnapshot(m, { autoentryPaths: [`${PD}\\2025\\Company.000`] });
    expect(codes(report)).toContain('sage.service-stopped');
    expect(report.status).toBe('warn');
  });

  it('a Sage dataset on a server with no Sage settings here is a match (nothing to compare with)', async () => {
    const m = withoutSage(machine('quickbooks-sync-app-stopped'));
    addDataset(m, '\\\\NAS\\Sage\\Company.000');
    const report = await checkSnapshot(m, { autoentryPaths: ['\\\\NAS\\Sage\\Company.000'] });
    expect(codes(report)).toEqual(expect.arrayContaining(['path.match', 'sage.found']));
  });
});
