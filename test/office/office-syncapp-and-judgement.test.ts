import { describe, expect, it } from 'vitest';
import { runsSyncApp } from '../../src-shared/office/data-in-use.js';
import { judgeOffice } from '../../src-shared/office/judge-office.js';
import { listNames } from '../../src-shared/office/office-finding-draft.js';
import type { OfficeInputs, OfficeMachine, UnreadableBundle } from '../../src-shared/office/office-machine.js';
import { officeRoles } from '../../src-shared/office/office-roles.js';
import { FILESRV, OWN_REPORT, pc, S_DATASET, observationsOf } from './office-test-pcs.js';

const AT = '2026-11-20T10:00:00Z';

/** The office judged; AutoEntry's path is the shared dataset unless a test says otherwise. */
function judge(machines: OfficeMachine[], inputs: OfficeInputs = { autoentryPaths: [S_DATASET] }, unreadable: UnreadableBundle[] = []) {
  return judgeOffice({ machines, unreadable, inputs, generatedAt: AT });
}

const codes = (r: ReturnType<typeof judge>) => r.findings.map((f) => f.code);
const office = (name: string, extra: Parameters<typeof pc>[0] = { name }) => pc({ drives: { 'S:': FILESRV }, sage: [{ version: '2025', list: [S_DATASET] }], ...extra, name });

describe('who runs the Sync App', () => {
  it('a Sync App process in any session, or its service running; an installed or stopped one does not count', () => {
    expect(runsSyncApp(observationsOf({ name: 'A', syncApp: 'process' }))).toBe(true);
    expect(runsSyncApp(observationsOf({ name: 'A', syncApp: 'service' }))).toBe(true);
    expect(runsSyncApp(observationsOf({ name: 'A', syncApp: 'stopped-service' }))).toBe(false);
    expect(runsSyncApp(observationsOf({ name: 'A' }))).toBe(false);
  });

  it('the Sync App\'s PC is the one runner; with none, the office PC the location names; with several, none', () => {
    const sync = office('SYNC-PC', { name: 'SYNC-PC', syncApp: 'process' });
    const pc1 = office('OFFICE-PC1');
    const pc2 = office('OFFICE-PC2', { name: 'OFFICE-PC2', syncApp: 'service' });
    expect(officeRoles([pc1, sync], { autoentryPaths: [S_DATASET], syncAppLocation: 'OFFICE-PC1' }).syncAppMachine).toBe(sync);
    const none = officeRoles([pc1, office('SYNC-PC')], { autoentryPaths: [S_DATASET], syncAppLocation: ' office-pc1.office.local ' });
    expect(none).toMatchObject({ runners: [], location: 'office-pc1.office.local' });
    expect(none.locationMachine).toBe(pc1);
    expect(none.syncAppMachine).toBe(pc1);
    const several = officeRoles([sync, pc1, pc2], { autoentryPaths: [] });
    expect(several.runners).toEqual([sync, pc2]);
    expect(several.syncAppMachine).toBeUndefined();
    expect('syncAppMachine' in several).toBe(false);
    expect('location' in several).toBe(false);
    expect('locationMachine' in several).toBe(false);
    const severalAndNamed = officeRoles([sync, pc1, pc2], { autoentryPaths: [S_DATASET], syncAppLocation: 'OFFICE-PC1' });
    expect(severalAndNamed.locationMachine).toBe(pc1);
    expect(severalAndNamed.syncAppMachine).toBeUndefined();
  });

  it('a blank location is no location', () => {
    const roles = officeRoles([office('OFFICE-PC1')], { autoentryPaths: [S_DATASET], syncAppLocation: '   ' });
    expect(roles.location).toBeUndefined();
    expect(roles.locationMachine).toBeUndefined();
  });

  it('a location outside the office names no office PC', () => {
    const roles = officeRoles([office('OFFICE-PC1')], { autoentryPaths: [S_DATASET], syncAppLocation: 'CLOUD-VM' });
    expect(roles).toEqual({ runners: [], location: 'CLOUD-VM' });
  });
});

describe('one Sync App for the office', () => {
  it('nobody runs it: every PC named, in a sentence', () => {
    const r = judge([office('A'), office('B'), office('C')]);
    expect(codes(r)).toEqual(['office.syncapp-none']);
    expect(r.findings[0]).toMatchObject({
      severity: 'error',
      title: 'No PC in the office runs the AutoEntry Sync App',
      detail: 'None of the 3 PCs looked at (A, B and C) has the Sync App running. Until one does, invoices published in AutoEntry wait and then time out.',
      machines: ['A', 'B', 'C'],
      paths: {},
    });
    expect(r.status).toBe('error');
  });

  it('nobody runs it, not even the office PC AutoEntry names', () => {
    const r = judge([office('A'), office('SYNC-PC')], { autoentryPaths: [S_DATASET], syncAppLocation: 'sync-pc' });
    expect(codes(r)).toEqual(['office.syncapp-none']);
    expect(r.findings[0]!.detail).toBe('None of the 2 PCs looked at (SYNC-PC and A) has the Sync App running, not even sync-pc, which AutoEntry names as its location. Until one does, invoices published in AutoEntry wait and then time out.');
    // The location PC is where AutoEntry's path counts: the PCs are listed from it.
    expect(r.machines.map((m) => m.computerName)).toEqual(['SYNC-PC', 'A']);
  });

  it('nobody here runs it and AutoEntry names a computer outside the office: nothing says otherwise', () => {
    const r = judge([office('A'), office('B')], { autoentryPaths: [S_DATASET], syncAppLocation: 'CLOUD-VM' });
    expect(codes(r)).toEqual(['office.ok']);
    expect(r.findings[0]!.detail).toBe('The Sync App runs outside these 2 PCs (CLOUD-VM), and they agree on the data they work in.');
  });

  it('it runs on several PCs: warn, each named', () => {
    const r = judge([office('A', { name: 'A', syncApp: 'process' }), office('B'), office('C', { name: 'C', syncApp: 'service' })]);
    expect(codes(r)).toEqual(['office.syncapp-several']);
    expect(r.findings[0]).toMatchObject({
      severity: 'warn',
      title: 'The Sync App runs on 2 PCs',
      detail: 'It is running on A and C. AutoEntry delivers to the one it is connected to; the others may hold a different company or path and confuse whoever checks them.',
      machines: ['A', 'C'],
    });
    expect(r.status).toBe('warn');
    expect(r.findings[0]!.guidance[0]!.text).toContain('which of A, C AutoEntry is connected to');
  });

  it('it runs on two PCs, neither the one AutoEntry names: both findings', () => {
    const r = judge([office('A', { name: 'A', syncApp: 'process' }), office('B', { name: 'B', syncApp: 'process' }), office('C')], { autoentryPaths: [S_DATASET], syncAppLocation: 'C' });
    expect(codes(r)).toEqual(['office.syncapp-several', 'office.syncapp-location-wrong']);
    expect(r.findings[1]).toMatchObject({
      title: 'AutoEntry expects the Sync App on C, but it runs on A and B',
      machines: ['C', 'A', 'B'],
    });
  });

  it('it runs on two PCs, one of them the one AutoEntry names: only several', () => {
    const r = judge([office('A', { name: 'A', syncApp: 'process' }), office('B', { name: 'B', syncApp: 'process' })], { autoentryPaths: [S_DATASET], syncAppLocation: 'B' });
    expect(codes(r)).toEqual(['office.syncapp-several']);
  });

  it('it runs on another PC than AutoEntry names: error, the expected PC first', () => {
    const r = judge([office('SYNC-PC'), office('OFFICE-PC1', { name: 'OFFICE-PC1', syncApp: 'process' })], { autoentryPaths: [S_DATASET], syncAppLocation: 'sync-pc.office.local' });
    expect(codes(r)).toEqual(['office.syncapp-location-wrong']);
    expect(r.findings[0]).toMatchObject({
      severity: 'error',
      title: 'AutoEntry expects the Sync App on SYNC-PC, but it runs on OFFICE-PC1',
      detail: 'AutoEntry\'s Sync App location is sync-pc.office.local, and the Sync App is not running there. It runs on OFFICE-PC1 instead, which AutoEntry is not set to use.',
      machines: ['SYNC-PC', 'OFFICE-PC1'],
    });
    expect(r.findings[0]!.guidance[0]!.text).toMatch(/^Either start the Sync App on SYNC-PC and close it elsewhere/);
  });

  it('it runs where AutoEntry names: the office agrees', () => {
    const r = judge([office('A'), office('SYNC-PC', { name: 'SYNC-PC', syncApp: 'process' })], { autoentryPaths: [S_DATASET], syncAppLocation: 'SYNC-PC' });
    expect(codes(r)).toEqual(['office.ok']);
    expect(r.findings[0]).toMatchObject({
      severity: 'ok',
      title: 'The office agrees',
      detail: 'One Sync App, on SYNC-PC, and the data AutoEntry is set to is the data the 2 PCs work in.',
      machines: ['SYNC-PC', 'A'],
      paths: {},
      guidance: [],
    });
    expect(r.status).toBe('ok');
  });
});

describe('the office report as a whole', () => {
  it('the Sync App\'s PC comes first, the others in natural order (PC2 before PC10)', () => {
    const r = judge([office('PC10'), office('B'), office('SYNC-PC', { name: 'SYNC-PC', syncApp: 'process' }), office('PC2')]);
    expect(r.machines.map((m) => m.computerName)).toEqual(['SYNC-PC', 'B', 'PC2', 'PC10']);
    const none = judge([office('PC0100'), office('PC0010'), office('pc0001')]);
    expect(none.machines.map((m) => m.computerName)).toEqual(['pc0001', 'PC0010', 'PC0100']);
    expect(none.findings[0]!.machines).toEqual(['pc0001', 'PC0010', 'PC0100']);
  });

  it('each PC keeps its own report, its capture time, the file it came from when known, and its summary', () => {
    const r = judge([office('SYNC-PC', { name: 'SYNC-PC', syncApp: 'process', file: '/share/SYNC-PC.json', capturedAt: '2026-11-19T08:00:00Z' }), office('A')]);
    expect(r.format).toBe('sync-doctor/office-report@1');
    expect(r.generatedAt).toBe(AT);
    expect(r.machines[0]).toMatchObject({ computerName: 'SYNC-PC', capturedAt: '2026-11-19T08:00:00Z', file: '/share/SYNC-PC.json', report: OWN_REPORT });
    expect(r.machines[0]!.office.runsSyncApp).toBe(true);
    expect('file' in r.machines[1]!).toBe(false);
    expect(r.machines[1]!.office.runsSyncApp).toBe(false);
  });

  it('only the Sync App\'s PC shows AutoEntry\'s path among the data it uses', () => {
    const r = judge([office('SYNC-PC', { name: 'SYNC-PC', syncApp: 'process', configured: [S_DATASET] }), office('A', { name: 'A', configured: [S_DATASET] })], { autoentryPaths: [S_DATASET] });
    expect(r.machines[0]!.office.uses.map((u) => u.source)).toEqual(['autoentry', 'sage-list']);
    expect(r.machines[1]!.office.uses.map((u) => u.source)).toEqual(['sage-list']);
  });

  it('unreadable files are reported by their base name, whichever separator their path uses', () => {
    const r = judge([office('SYNC-PC', { name: 'SYNC-PC', syncApp: 'process' })], { autoentryPaths: [S_DATASET] }, [
      { file: 'C:\\share\\PC3.json', message: 'PC3.json is not valid JSON.' },
      { file: '/share/sub/PC4.json', message: 'PC4.json is not a machine snapshot.' },
      { file: 'PC5.json', message: 'Empty.' },
    ]);
    // The PC that could be read agrees with AutoEntry's path: office.ok stands beside the unreadable files.
    expect(codes(r)).toEqual(['office.unreadable-bundle', 'office.unreadable-bundle', 'office.unreadable-bundle', 'office.ok']);
    expect(r.findings.slice(0, 3).map((f) => f.title)).toEqual(['PC3.json is not a readable snapshot', 'PC4.json is not a readable snapshot', 'PC5.json is not a readable snapshot']);
    expect(r.findings[0]).toMatchObject({ severity: 'warn', detail: 'PC3.json is not valid JSON. The office was judged without it.', machines: [], paths: {}, file: 'C:\\share\\PC3.json' });
    expect(r.findings[0]!.guidance).toHaveLength(1);
    expect(r.status).toBe('warn');
  });

  it('nothing readable at all: only the unreadable files, no Sync App verdict and no "agrees"', () => {
    const r = judge([], { autoentryPaths: [] }, [{ file: 'a.json', message: 'Broken.' }]);
    expect(codes(r)).toEqual(['office.unreadable-bundle']);
    expect(r.machines).toEqual([]);
    expect(judge([]).findings).toEqual([]);
    expect(judge([]).status).toBe('ok');
  });

  it('the status is the worst office finding', () => {
    const r = judge([office('A'), office('B')], { autoentryPaths: [S_DATASET] }, [{ file: 'a.json', message: 'Broken.' }]);
    expect(codes(r)).toEqual(['office.unreadable-bundle', 'office.syncapp-none']);
    expect(r.status).toBe('error');
  });
});

describe('office.ok needs a known AutoEntry path (office.autoentry-path-unknown)', () => {
  const sync = () => office('SYNC-PC', { name: 'SYNC-PC', syncApp: 'process' });

  it('no path given or found: a warning, never "the office agrees", even when the PCs agree with each other', () => {
    const r = judge([sync(), office('A'), office('B')], { autoentryPaths: [] });
    expect(codes(r)).toEqual(['office.autoentry-path-unknown']);
    expect(r.status).toBe('warn');
    expect(r.findings[0]).toMatchObject({ severity: 'warn', machines: ['SYNC-PC', 'A', 'B'], paths: {}, oddOnes: [] });
    expect(r.findings[0]!.detail).toContain('compared with each other only');
    expect(r.findings[0]!.detail).toContain('SYNC-PC, A and B all work in \\\\FILESRV\\Accounts\\Sage\\Company.000.');
    expect(r.findings[0]!.guidance.length).toBeGreaterThan(0);
  });

  it('no path, and the Sync App\'s PC works in a private copy: each PC\'s data is named', () => {
    const copy = pc({ name: 'SYNC-PC', syncApp: 'process', drives: { 'D:': 'fixed' }, sage: [{ version: '2025', list: ['D:\\Copy\\Company.000'] }] });
    const r = judge([copy, office('OFFICE-PC1'), office('OFFICE-PC2')], { autoentryPaths: [] });
    expect(codes(r)).toEqual(['office.autoentry-path-unknown']);
    expect(r.findings[0]!.paths).toEqual({ 'SYNC-PC': 'D:\\Copy\\Company.000', 'OFFICE-PC1': S_DATASET, 'OFFICE-PC2': S_DATASET });
    expect(r.findings[0]!.detail).toContain('They do not work in the same data: SYNC-PC in D:\\Copy\\Company.000 on SYNC-PC itself; OFFICE-PC1 and OFFICE-PC2 in \\\\FILESRV\\Accounts\\Sage\\Company.000.');
  });

  it('a path is known but one PC works elsewhere and the others do not agree: no "agrees"', () => {
    const other = office('B', { name: 'B', drives: { 'S:': FILESRV }, sage: [{ version: '2025', list: ['S:\\Other\\Company.000'] }] });
    const r = judge([sync(), office('A'), other], { autoentryPaths: [S_DATASET] });
    expect(codes(r)).not.toContain('office.ok');
  });

  it('a thousand PCs: the finding stays short, naming a few', () => {
    const many = Array.from({ length: 1000 }, (_, i) => office(`PC${String(i + 1).padStart(4, '0')}`));
    const r = judge([sync(), ...many], { autoentryPaths: [] });
    expect(r.findings[0]!.detail.length).toBeLessThan(400);
    expect(r.findings[0]!.detail).toContain('SYNC-PC and 1000 others all work in');
  });
});

describe('names in a sentence', () => {
  it('none, one, two, or a list ending in "and"', () => {
    expect(listNames([])).toBe('');
    expect(listNames(['A'])).toBe('A');
    expect(listNames(['A', 'B'])).toBe('A and B');
    expect(listNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

