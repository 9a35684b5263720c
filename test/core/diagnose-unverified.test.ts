import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src-shared/diagnose/diagnose.js';
import { codesOf, configured, dataset, emptyObservations, only, sageVersion, unreadableVersion } from '../support/observations-builder.js';

/**
 * The evidence rule for a positive verdict (spec/report.md): a comparison whose reference could
 * not be read is path.unverified (warn), naming what; a reference that was read but is garbled is
 * not a failed look-up (the newest readable list is used, as before).
 */
const PD = 'C:\\ProgramData\\Sage\\Accounts';
const DIR = { state: 'dir', mtime: '2026-11-20T09:00:00Z' } as const;

function upgradedPc(newest: 'denied' | 'garbled') {
  const o = emptyObservations();
  const newer = newest === 'denied'
    ? { ...unreadableVersion('2025', 31), list: { readable: false as const, problem: 'Access is denied', lookupFailed: true as const } }
    : unreadableVersion('2025', 31);
  o.sage.versions.push(newer, sageVersion('2024', 30, [dataset(`${PD}\\2024\\Company.000`)]));
  o.configured.push(configured(`${PD}\\2024\\Company.000`, DIR, true));
  return o;
}

describe('path.unverified from hand-built observations', () => {
  it("the newer version's list could not be looked at: unverified, naming it in detail and evidence", () => {
    const report = diagnose(upgradedPc('denied'));
    const f = only(report, 'path.unverified');
    expect(f.severity).toBe('warn');
    expect(f.configuredPath).toBe(`${PD}\\2024\\Company.000`);
    expect(f.evidence).toEqual([`Sage 2025's list of companies (${PD}\\2025\\COMPANY): Access is denied`]);
    expect(f.detail).toBe(`${PD}\\2024\\Company.000 answered, but Sage's list of the companies in use could not be read, so Sync Doctor cannot tell whether it is the data in use. Could not read: Sage 2025's list of companies (${PD}\\2025\\COMPANY) (Access is denied).`);
    expect(codesOf(report)).not.toContain('sage.company-list-unreadable');
    expect(report.findings.filter((x) => x.code.startsWith('path.')).map((x) => x.severity)).toEqual(['warn']);
    expect(report.inventory.sage).toMatchObject({ versions: [{ name: '2025', unread: true }, { name: '2024' }] });
    expect((report.inventory.sage as { versionInUse?: string }).versionInUse).toBeUndefined();
  });

  it('a garbled newer list was read: the older readable list is used and the path matches (the decision stands)', () => {
    const report = diagnose(upgradedPc('garbled'));
    expect(codesOf(report)).toEqual(expect.arrayContaining(['path.match', 'sage.company-list-unreadable']));
    expect(codesOf(report)).not.toContain('path.unverified');
    expect((report.inventory.sage as { versionInUse?: string }).versionInUse).toBe('2025');
  });

  it('a settings folder that could not be listed leaves no Sage verdict to compare with: a dataset is unverified, not a match', () => {
    const o = emptyObservations();
    o.sage.unreadFolders.push({ path: PD, problem: 'it did not answer within 5000 ms' });
    o.configured.push(configured('\\\\SRV\\Data\\Company.000', DIR, true));
    const f = only(diagnose(o), 'path.unverified');
    expect(f.evidence).toEqual([`Sage's settings folder ${PD}: it did not answer within 5000 ms`]);
  });

  it('a mismatch against a readable list while a newer one is unread is unverified too (the newer may list it)', () => {
    const o = upgradedPc('denied');
    o.configured[0] = configured('D:\\Elsewhere\\Company.000', DIR, true);
    expect(codesOf(diagnose(o))).toContain('path.unverified');
    expect(codesOf(diagnose(o))).not.toContain('path.mismatch');
  });

  it('QuickBooks: a list whose look-up failed makes a match unverified; one that could not be decoded does not', () => {
    const o = emptyObservations();
    o.configured.push({ ...configured('C:\\Q\\Cafe.QBW', { state: 'file', size: 1, mtime: '2026-11-20T09:00:00Z' }), quickbooks: true });
    o.quickbooks.listProblems.push({ file: 'C:\\Users\\sam\\AppData\\Local\\Intuit\\QuickBooks 2024\\QBWUSER.INI', problem: 'it cannot be decoded: not text' });
    expect(codesOf(diagnose(o))).toContain('path.match');
    o.quickbooks.listProblems.push({ file: 'C:\\Users\\sam\\AppData\\Local\\Intuit', problem: 'Access is denied', lookupFailed: true });
    const f = only(diagnose(o), 'path.unverified');
    expect(f.software).toBe('quickbooks');
    expect(f.evidence).toEqual(["QuickBooks' recently-opened list C:\\Users\\sam\\AppData\\Local\\Intuit: Access is denied"]);
  });
});
