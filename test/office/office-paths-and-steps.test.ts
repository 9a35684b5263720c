import { describe, expect, it } from 'vitest';
import { OFFICE_FINDING_CODES } from '../../src-shared/office/office-codes.js';
import type { OfficeFindingDraft } from '../../src-shared/office/office-finding-draft.js';
import { officeGuidanceFor } from '../../src-shared/office/office-guidance.js';
import { officePathOf, resolveOnMachine, serverShortName, shareKeyOf } from '../../src-shared/office/office-paths.js';
import { newestPerComputer, officeInputsFrom, reportSyncAppLocation } from '../../src-shared/office/office-roles.js';
import { summariseMachine } from '../../src-shared/office/office-summary.js';
import { canonicalisePosixPath } from '../../src-shared/paths/posix-path.js';
import { canonicaliseWinPath } from '../../src-shared/winpath/canonical-path.js';
import { DATASET, FILESRV, pc, S_DATASET } from './office-test-pcs.js';

describe('comparing shares across the office', () => {
  it('a server is named without its DNS suffix, in lower case; an address stays whole', () => {
    expect(serverShortName('FILESRV.office.local')).toBe('filesrv');
    expect(serverShortName('FILESRV')).toBe('filesrv');
    expect(serverShortName('192.168.1.20')).toBe('192.168.1.20');
    expect(serverShortName('fe80::1.2')).toBe('fe80::1.2');
    expect(serverShortName('10.1.2.3.4')).toBe('10');
    expect(serverShortName('x10.1.2.3')).toBe('x10');
    expect(serverShortName('10.1.2.3x')).toBe('10');
  });

  it('a share path\'s key: the short server, then the names as Windows folds them', () => {
    expect(shareKeyOf('FILESRV.office.local', 'Accounts', ['Sage', 'Company.000'])).toBe('\\\\filesrv\\ACCOUNTS\\SAGE\\COMPANY.000');
    expect(shareKeyOf('filesrv', 'accounts', [])).toBe('\\\\filesrv\\ACCOUNTS');
  });

  it('a local path\'s key carries the PC\'s name, so two PCs\' C: drives never meet', () => {
    const a = resolveOnMachine(pc({ name: 'Office-PC1' }), 'c:\\Sage\\Company.000', true)!;
    expect(a).toEqual({ computerName: 'Office-PC1', spelled: 'c:\\Sage\\Company.000', resolved: 'C:\\Sage\\Company.000', local: true, key: 'office-pc1|C:\\SAGE\\COMPANY.000' });
    expect(resolveOnMachine(pc({ name: 'office-pc1' }), 'C:\\SAGE\\company.000', true)!.key).toBe(a.key);
  });

  it('a Sage dataset\'s ACCDATA is dropped only for Sage', () => {
    const m = pc({ name: 'PC', drives: { 'S:': FILESRV } });
    expect(resolveOnMachine(m, `${S_DATASET}\\ACCDATA`, true)!.resolved).toBe(DATASET);
    expect(resolveOnMachine(m, `${S_DATASET}\\ACCDATA`, false)!.resolved).toBe(`${DATASET}\\ACCDATA`);
  });

  it('a spelling that is no Windows path, or a PC that spells paths the POSIX way, resolves to nothing', () => {
    expect(resolveOnMachine(pc({ name: 'PC' }), 'Sage\\Company.000', true)).toBeUndefined();
    expect(resolveOnMachine(pc({ name: 'NAS', flavour: 'posix' }), 'C:\\Sage', true)).toBeUndefined();
    expect(officePathOf(pc({ name: 'NAS', flavour: 'posix' }), { spelled: 'C:\\Sage' }, true)).toBeUndefined();
    const posix = canonicalisePosixPath('/srv/sage/Company.000');
    expect(posix.ok).toBe(true);
    expect(officePathOf(pc({ name: 'NAS', flavour: 'posix' }), { spelled: '/srv/sage/Company.000', ...(posix.ok && { canonical: posix.value }) }, true)).toBeUndefined();
  });

  it('what the probe resolved on that PC counts over what the spelling says', () => {
    const m = pc({ name: 'PC', drives: { 'S:': FILESRV } });
    const probe = canonicaliseWinPath('\\\\NAS2\\Books\\Company.000');
    expect(probe.ok).toBe(true);
    const p = officePathOf(m, { spelled: S_DATASET, ...(probe.ok && { canonical: probe.value }) }, true)!;
    expect(p).toMatchObject({ spelled: S_DATASET, resolved: '\\\\NAS2\\Books\\Company.000', local: false, key: '\\\\nas2\\BOOKS\\COMPANY.000' });
    expect(officePathOf(m, { spelled: S_DATASET }, true)!.resolved).toBe(DATASET);
  });

  it('the PC\'s own links are followed when the probe did not resolve the spelling', () => {
    const linked = pc({ name: 'SERVER01', links: { 'C:\\Links\\Books': '\\\\FILESRV\\Accounts\\Sage' } });
    expect(officePathOf(linked, { spelled: 'C:\\Links\\Books\\Company.000' }, true)!.resolved).toBe(DATASET);
    expect(officePathOf(pc({ name: 'PC' }), { spelled: 'C:\\Links\\Books\\Company.000' }, true)!.local).toBe(true);
  });
});

describe('the office\'s inputs', () => {
  it('AutoEntry\'s paths: the command line, else the first bundle with some, the Sync App\'s PC first', () => {
    const bundles = [
      { runsSyncApp: false, checkInputs: { autoentryPaths: ['C:\\PC1'] } },
      { runsSyncApp: true, checkInputs: { autoentryPaths: [] } },
      { runsSyncApp: true, checkInputs: {} },
      { runsSyncApp: true, checkInputs: { autoentryPaths: ['S:\\Sync'] } },
      { runsSyncApp: false },
    ];
    expect(officeInputsFrom({ autoentryPaths: [] }, bundles)).toEqual({ autoentryPaths: ['S:\\Sync'] });
    expect(officeInputsFrom({ autoentryPaths: [] }, bundles.slice(0, 3))).toEqual({ autoentryPaths: ['C:\\PC1'] });
    expect(officeInputsFrom({ autoentryPaths: [] }, [])).toEqual({ autoentryPaths: [] });
    expect(officeInputsFrom({ autoentryPaths: ['D:\\Given'] }, bundles)).toEqual({ autoentryPaths: ['D:\\Given'] });
  });

  it('the paths handed on are a copy: the judgement cannot change what it was given', () => {
    const given = { autoentryPaths: ['D:\\Given'] };
    const inputs = officeInputsFrom(given, []);
    inputs.autoentryPaths.push('X');
    expect(given.autoentryPaths).toEqual(['D:\\Given']);
  });

  it('the Sync App location: the command line, trimmed, else the first non-blank one of the bundles, the Sync App\'s PC first', () => {
    const bundles = [
      { runsSyncApp: false, checkInputs: { syncAppLocation: 'FROM-PC1' } },
      { runsSyncApp: true, checkInputs: { syncAppLocation: '  ' } },
      { runsSyncApp: true, checkInputs: { syncAppLocation: ' FROM-SYNC ' } },
    ];
    expect(officeInputsFrom({ autoentryPaths: [], syncAppLocation: ' GIVEN ' }, bundles).syncAppLocation).toBe('GIVEN');
    expect(officeInputsFrom({ autoentryPaths: [], syncAppLocation: '  ' }, bundles).syncAppLocation).toBe('FROM-SYNC');
    expect(officeInputsFrom({ autoentryPaths: [] }, bundles.slice(0, 2)).syncAppLocation).toBe('FROM-PC1');
    expect('syncAppLocation' in officeInputsFrom({ autoentryPaths: [] }, bundles.slice(1, 2))).toBe(false);
  });

  it('each PC\'s own report names the one runner, else the location given, trimmed', () => {
    expect(reportSyncAppLocation(['SYNC-PC'], undefined)).toBe('SYNC-PC');
    expect(reportSyncAppLocation([], ' CLOUD-VM ')).toBe('CLOUD-VM');
    expect(reportSyncAppLocation(['A', 'B'], '   ')).toBeUndefined();
  });

  it('the same PC twice: the newer capture replaces the older in its place; a tie keeps the first', () => {
    const kept = newestPerComputer([
      { computerName: 'PC1', capturedAt: '2026-11-01T00:00:00Z', n: 1 },
      { computerName: 'PC2', capturedAt: '2026-11-01T00:00:00Z', n: 2 },
      { computerName: 'pc1', capturedAt: '2026-11-01T00:00:00Z', n: 3 },
      { computerName: 'PC2.office.local', capturedAt: '2026-11-03T00:00:00Z', n: 4 },
      { computerName: 'PC2', capturedAt: '2026-11-02T00:00:00Z', n: 5 },
    ]);
    expect(kept.map((k) => k.n)).toEqual([1, 4]);
  });
});

describe('what the office view shows of one PC', () => {
  it('the Sync App, the newest Sage version, the QuickBooks versions, and the data as spelled and as resolved', () => {
    const m = pc({
      name: 'SYNC-PC',
      syncApp: 'service',
      drives: { 'S:': FILESRV, 'Q:': '\\\\QB\\Data' },
      sage: [{ version: '2026', list: 'unreadable' }, { version: '2025', list: [S_DATASET] }],
      quickbooksVersions: ['2024'],
      configured: [S_DATASET, 'Q:\\Cafe.QBW'],
      recent: ['Q:\\Cafe.QBW', 'C:\\Old.QBW'],
    });
    expect(summariseMachine(m, true)).toEqual({
      runsSyncApp: true,
      sageVersion: '2026',
      quickbooksVersions: ['2024'],
      uses: [
        { software: 'sage', source: 'autoentry', spelled: S_DATASET, resolved: DATASET, local: false },
        { software: 'quickbooks', source: 'autoentry', spelled: 'Q:\\Cafe.QBW', resolved: '\\\\QB\\Data\\Cafe.QBW', local: false },
        { software: 'sage', source: 'sage-list', spelled: S_DATASET, resolved: DATASET, local: false },
        { software: 'quickbooks', source: 'quickbooks-recent', spelled: 'Q:\\Cafe.QBW', resolved: '\\\\QB\\Data\\Cafe.QBW', local: false },
      ],
    });
    expect(summariseMachine(m, false).uses.map((u) => u.source)).toEqual(['sage-list', 'quickbooks-recent']);
  });

  it('no Sage at all: no version', () => {
    const summary = summariseMachine(pc({ name: 'PC' }), false);
    expect(summary).toEqual({ runsSyncApp: false, quickbooksVersions: [], uses: [] });
    expect('sageVersion' in summary).toBe(false);
  });
});

describe('what to do about each office finding', () => {
  const draft = (code: OfficeFindingDraft['code'], machines: string[], paths: Record<string, string> = {}): OfficeFindingDraft => ({ code, title: 't', detail: 'd', machines, paths });
  const texts = (d: OfficeFindingDraft) => officeGuidanceFor(d).map((s) => s.text);

  it('dataset-split: reconnect on the Sync App\'s PC to the dataset another PC works in, spelled the way that PC reaches it (a desktop step on that PC: no web button under it)', () => {
    const steps = officeGuidanceFor(draft('office.dataset-split', ['SYNC-PC', 'OFFICE-PC1'], { 'SYNC-PC': 'D:\\Copy\\Company.000', 'OFFICE-PC1': S_DATASET }));
    expect(steps[0]).toEqual({ text: `On SYNC-PC, open the Sync App and connect the company to the dataset the office works in (on OFFICE-PC1 it is ${S_DATASET}; spell it the way SYNC-PC reaches that share).` });
    expect(steps).toHaveLength(3);
    expect(steps[2]!.action).toEqual({ kind: 'open-autoentry' });
    expect(texts(draft('office.dataset-split', ['SYNC-PC'], { 'SYNC-PC': 'D:\\Copy' }))[0]).toBe('On SYNC-PC, open the Sync App and connect the company to the dataset the office works in.');
  });

  it('the steps name the PCs concerned', () => {
    expect(texts(draft('office.syncapp-several', ['A', 'B']))[0]).toBe('Look on AutoEntry\'s Integrate page which of A, B AutoEntry is connected to.');
    expect(texts(draft('office.syncapp-location-wrong', ['SYNC-PC', 'OFFICE-PC1']))[0]).toBe('Either start the Sync App on SYNC-PC and close it elsewhere, or change the Sync App location in AutoEntry to the PC where it runs.');
    expect(texts(draft('office.drive-letter-conflict', ['A', 'B']))[1]).toBe('Or set AutoEntry\'s path with the full share name (\\\\server\\share\\…) so it means the same thing on A, B.');
  });

  it('every step of every office problem says something, in a sentence', () => {
    for (const code of OFFICE_FINDING_CODES) {
      for (const step of officeGuidanceFor(draft(code, ['A', 'B'], { A: 'D:\\Copy', B: S_DATASET }))) {
        expect(step.text, code).toMatch(/^[A-Z].{30,}[.)]$/);
      }
    }
  });

  it('each problem has its own steps, and the ones that lead to AutoEntry open it', () => {
    const first = OFFICE_FINDING_CODES.filter((c) => c !== 'office.ok').map((code) => texts(draft(code, ['A', 'B']))[0]);
    expect(new Set(first).size).toBe(first.length);
    expect(officeGuidanceFor(draft('office.syncapp-none', ['A']))[2]!.action).toEqual({ kind: 'open-autoentry' });
    expect(officeGuidanceFor(draft('office.ok', ['A']))).toEqual([]);
    expect(texts(draft('office.quickbooks-hosts', ['A', 'B']))).toHaveLength(3);
    expect(texts(draft('office.version-skew', ['A', 'B']))).toHaveLength(2);
    expect(texts(draft('office.unreadable-bundle', []))).toHaveLength(1);
  });
});
