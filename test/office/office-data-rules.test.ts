import { describe, expect, it } from 'vitest';
import { datasetSplitFindings } from '../../src-shared/office/dataset-split-rule.js';
import { autoEntryPathsOn, quickBooksFilesInUse, sageDatasetsInUse } from '../../src-shared/office/data-in-use.js';
import type { OfficeMachine } from '../../src-shared/office/office-machine.js';
import { officeRoles } from '../../src-shared/office/office-roles.js';
import { versionSkewFindings } from '../../src-shared/office/version-skew-rule.js';
import { DATASET, FILESRV, pc, S_DATASET, type PcSpec } from './office-test-pcs.js';

function split(machines: OfficeMachine[], syncAppLocation?: string) {
  return datasetSplitFindings(machines, officeRoles(machines, { autoentryPaths: [], ...(syncAppLocation && { syncAppLocation }) }));
}

const sage = (name: string, list: string[], extra: Partial<PcSpec> = {}) => pc({ name, drives: { 'S:': FILESRV }, sage: [{ version: '2025', list }], ...extra });
const syncPc = (configured: string[], list: string[] = [], extra: Partial<PcSpec> = {}) => sage('SYNC-PC', list, { syncApp: 'process', configured, ...extra });

describe('the data each PC works in', () => {
  it('Sage: the datasets of the newest readable company list, each once, with that list\'s version', () => {
    const m = pc({ name: 'PC', drives: { 'S:': FILESRV }, sage: [{ version: '2026', list: 'unreadable' }, { version: '2025', list: [S_DATASET, `${DATASET}\\ACCDATA`, 'C:\\Local\\Company.001'] }, { version: '2024', list: ['C:\\Old\\Company.000'] }] });
    const uses = sageDatasetsInUse(m);
    expect(uses.map((u) => [u.spelled, u.resolved, u.version, u.local])).toEqual([
      [S_DATASET, DATASET, '2025', false],
      ['C:\\Local\\Company.001', 'C:\\Local\\Company.001', '2025', true],
    ]);
    expect(uses[0]!.computerName).toBe('PC');
  });

  it('Sage: no readable list, no datasets; a line that is no path is left out', () => {
    expect(sageDatasetsInUse(pc({ name: 'PC', sage: [{ version: '2025', list: 'unreadable' }] }))).toEqual([]);
    expect(sageDatasetsInUse(pc({ name: 'PC' }))).toEqual([]);
    expect(sageDatasetsInUse(pc({ name: 'PC', sage: [{ version: '2025', list: ['Company.000', DATASET] }] })).map((u) => u.spelled)).toEqual([DATASET]);
  });

  it('QuickBooks: the company files of the recent lists, most recent first, each once', () => {
    const m = pc({ name: 'PC', drives: { 'Q:': '\\\\QB\\Data' }, recent: [{ path: 'Q:\\Cafe.QBW', recency: 2 }, { path: '\\\\QB\\Data\\Bakery.QBW', recency: 0 }, { path: '\\\\qb\\data\\cafe.qbw', recency: 1 }, { path: 'nowhere', recency: 3 }] });
    expect(quickBooksFilesInUse(m).map((u) => u.spelled)).toEqual(['\\\\QB\\Data\\Bakery.QBW', '\\\\qb\\data\\cafe.qbw']);
  });

  it('a QuickBooks file is never taken for a Sage dataset: an ACCDATA name stays', () => {
    const m = pc({ name: 'PC', recent: ['\\\\QB\\Data\\ACCDATA'] });
    expect(quickBooksFilesInUse(m)[0]!.resolved).toBe('\\\\QB\\Data\\ACCDATA');
  });

  it('AutoEntry\'s paths as resolved on the PC, Sage paths as datasets, QuickBooks paths as files', () => {
    const m = pc({ name: 'PC', drives: { 'S:': FILESRV }, configured: [`${S_DATASET}\\ACCDATA`, 'S:\\QB\\Cafe.QBW', 'relative\\path'] });
    expect(autoEntryPathsOn(m).map((p) => [p.resolved, p.quickbooks])).toEqual([
      [DATASET, false],
      ['\\\\FILESRV\\Accounts\\QB\\Cafe.QBW', true],
    ]);
  });

  it('a PC that spells paths the POSIX way takes no part in comparing them', () => {
    const server = pc({ name: 'NAS', flavour: 'posix', sage: [{ version: '2025', list: ['/srv/sage/Company.000'] }], recent: ['/srv/qb/Cafe.QBW'], configured: ['/srv/sage/Company.000'] });
    expect(sageDatasetsInUse(server)).toEqual([]);
    expect(quickBooksFilesInUse(server)).toEqual([]);
    expect(autoEntryPathsOn(server)).toEqual([]);
  });
});

describe('AutoEntry posts to data nobody else works in (office.dataset-split)', () => {
  it('a local copy on the Sync App\'s PC while the others agree on the share', () => {
    const found = split([syncPc(['D:\\Copy\\Company.000'], ['D:\\Copy\\Company.000'], { drives: { 'S:': FILESRV, 'D:': 'fixed' } }), sage('OFFICE-PC1', [S_DATASET]), sage('SERVER01', [DATASET])]);
    expect(found).toEqual([{
      code: 'office.dataset-split',
      title: 'AutoEntry posts to a dataset nobody else in the office works in',
      detail: 'On SYNC-PC, where the Sync App runs, AutoEntry\'s path D:\\Copy\\Company.000 is a folder on SYNC-PC itself. OFFICE-PC1 and SERVER01 all work in \\\\FILESRV\\Accounts\\Sage\\Company.000 instead, so invoices land in books nobody looks at.',
      machines: ['SYNC-PC', 'OFFICE-PC1', 'SERVER01'],
      paths: { 'SYNC-PC': 'D:\\Copy\\Company.000', 'OFFICE-PC1': S_DATASET, SERVER01: DATASET },
      // The odd one out is the Sync App's PC, not the PCs doing it right.
      oddOnes: ['SYNC-PC'],
    }]);
  });

  it('a local spelling that resolves elsewhere on that PC says where; one other PC "works" there', () => {
    const [f] = split([syncPc(['d:\\copy\\company.000\\accdata']), sage('OFFICE-PC1', [S_DATASET])]);
    expect(f!.detail).toBe('On SYNC-PC, where the Sync App runs, AutoEntry\'s path d:\\copy\\company.000\\accdata is a folder on SYNC-PC itself (D:\\copy\\company.000). OFFICE-PC1 works in \\\\FILESRV\\Accounts\\Sage\\Company.000 instead, so invoices land in books nobody looks at.');
  });

  it('another share: the detail names that share', () => {
    const [f] = split([syncPc(['\\\\OLDNAS\\Accounts\\Sage\\Company.000']), sage('OFFICE-PC1', [S_DATASET]), sage('OFFICE-PC2', [S_DATASET])]);
    expect(f!.detail).toContain('AutoEntry\'s path \\\\OLDNAS\\Accounts\\Sage\\Company.000 is \\\\OLDNAS\\Accounts\\Sage\\Company.000. OFFICE-PC1 and OFFICE-PC2 all work in');
  });

  it('a QuickBooks company file nobody else opens', () => {
    const [f] = split([pc({ name: 'SYNC-PC', syncApp: 'process', configured: ['C:\\Copy\\Cafe.QBW'] }), pc({ name: 'FRONT-DESK', recent: ['\\\\QB\\Data\\Cafe.QBW'], sage: [{ version: '2025', list: ['C:\\Copy\\Cafe.QBW'] }] })]);
    expect(f).toMatchObject({
      title: 'AutoEntry posts to a company file nobody else in the office opens',
      paths: { 'SYNC-PC': 'C:\\Copy\\Cafe.QBW', 'FRONT-DESK': '\\\\QB\\Data\\Cafe.QBW' },
    });
  });

  it('no split when another PC works in AutoEntry\'s data, however it spells it', () => {
    expect(split([syncPc([S_DATASET]), sage('OFFICE-PC1', ['\\\\filesrv.office.local\\ACCOUNTS\\sage\\company.000']), sage('OFFICE-PC2', ['C:\\Other\\Company.000'])])).toEqual([]);
  });

  it('a PC that works in no dataset is left out: the others still agree', () => {
    const [f] = split([syncPc(['D:\\Copy\\Company.000']), sage('OFFICE-PC1', [S_DATASET]), pc({ name: 'RECEPTION' }), sage('OFFICE-PC2', [S_DATASET])]);
    expect(f!.machines).toEqual(['SYNC-PC', 'OFFICE-PC1', 'OFFICE-PC2']);
  });

  it('no split when one other PC works in AutoEntry\'s data, even if it and others also share another', () => {
    const other = 'S:\\Sage\\Company.001';
    expect(split([syncPc([S_DATASET]), sage('OFFICE-PC1', [S_DATASET, other]), sage('OFFICE-PC2', [other])])).toEqual([]);
  });

  it('no split when nobody else uses any data, or the Sync App\'s PC is not known', () => {
    expect(split([syncPc(['D:\\Copy\\Company.000']), pc({ name: 'OFFICE-PC1' })])).toEqual([]);
    const two = [sage('A', [S_DATASET], { syncApp: 'process', configured: ['D:\\Copy\\Company.000'] }), sage('B', [S_DATASET], { syncApp: 'process' }), sage('C', [S_DATASET])];
    expect(split(two)).toEqual([]);
  });

  it('with nobody running it, the PC AutoEntry names is where its path is read', () => {
    const found = split([sage('SYNC-PC', [], { configured: ['D:\\Copy\\Company.000'] }), sage('OFFICE-PC1', [S_DATASET])], 'SYNC-PC');
    expect(found.map((f) => f.machines)).toEqual([['SYNC-PC', 'OFFICE-PC1']]);
    expect(split([sage('SYNC-PC', [], { configured: ['D:\\Copy\\Company.000'] }), sage('OFFICE-PC1', [S_DATASET])])).toEqual([]);
  });

  it('the others do not agree on one dataset: no split', () => {
    expect(split([syncPc(['D:\\Copy\\Company.000']), sage('OFFICE-PC1', [S_DATASET]), sage('OFFICE-PC2', ['\\\\OLDNAS\\Accounts\\Sage\\Company.000'])])).toEqual([]);
  });

  it('of several datasets they share, the one with AutoEntry\'s folder name is meant', () => {
    const both = [S_DATASET, 'S:\\Sage\\Company.001'];
    const [f] = split([syncPc(['D:\\Copy\\COMPANY.001']), sage('OFFICE-PC1', both), sage('OFFICE-PC2', [...both].reverse())]);
    expect(f!.paths).toEqual({ 'SYNC-PC': 'D:\\Copy\\COMPANY.001', 'OFFICE-PC1': 'S:\\Sage\\Company.001', 'OFFICE-PC2': 'S:\\Sage\\Company.001' });
    expect(f!.detail).toContain('all work in \\\\FILESRV\\Accounts\\Sage\\Company.001 instead');
  });

  it('several shared datasets, none with AutoEntry\'s folder name: no telling which is meant', () => {
    const both = [S_DATASET, 'S:\\Sage\\Company.001'];
    expect(split([syncPc(['D:\\Copy\\Books']), sage('OFFICE-PC1', both), sage('OFFICE-PC2', both)])).toEqual([]);
  });

  it('one shared dataset under another name still is the office\'s data', () => {
    const [f] = split([syncPc(['D:\\Copy\\Books']), sage('OFFICE-PC1', [S_DATASET, 'C:\\Mine\\Company.000']), sage('OFFICE-PC2', [S_DATASET])]);
    expect(f!.paths['OFFICE-PC1']).toBe(S_DATASET);
  });

  it('each of AutoEntry\'s paths is judged on its own', () => {
    const found = split([syncPc([S_DATASET, 'D:\\Copy\\Company.000']), sage('OFFICE-PC1', [S_DATASET])]);
    expect(found.map((f) => f.paths['SYNC-PC'])).toEqual(['D:\\Copy\\Company.000']);
  });
});

describe('PCs open a shared dataset with different Sage versions (office.version-skew)', () => {
  const on = (name: string, version: string, path = S_DATASET) => pc({ name, drives: { 'S:': FILESRV }, sage: [{ version, list: [path] }] });

  it('the PCs behind are named, with the version each lists it under', () => {
    expect(versionSkewFindings([on('SYNC-PC', '2025'), on('OFFICE-PC1', '2024', DATASET), on('OFFICE-PC2', '2024')])).toEqual([{
      code: 'office.version-skew',
      title: 'PCs open \\\\FILESRV\\Accounts\\Sage\\Company.000 with different Sage versions',
      detail: 'SYNC-PC uses Sage 2025; OFFICE-PC1 uses Sage 2024; OFFICE-PC2 uses Sage 2024. OFFICE-PC1 and OFFICE-PC2 have not been upgraded to 2025, and the Sync App writes with the version on its own PC.',
      machines: ['SYNC-PC', 'OFFICE-PC1', 'OFFICE-PC2'],
      paths: { 'SYNC-PC': S_DATASET, 'OFFICE-PC1': DATASET, 'OFFICE-PC2': S_DATASET },
      versions: { 'SYNC-PC': '2025', 'OFFICE-PC1': '2024', 'OFFICE-PC2': '2024' },
      oddOnes: ['OFFICE-PC1', 'OFFICE-PC2'],
    }]);
  });

  it('a PC whose newer version could not be read (denied) is not said to use the older one', () => {
    const denied = pc({ name: 'OFFICE-PC1', drives: { 'S:': FILESRV }, sage: [{ version: '2025', list: 'denied' }, { version: '2024', list: [S_DATASET] }] });
    expect(sageDatasetsInUse(denied)).toEqual([]);
    expect(versionSkewFindings([on('SYNC-PC', '2025'), denied])).toEqual([]);
    const garbled = pc({ name: 'OFFICE-PC1', drives: { 'S:': FILESRV }, sage: [{ version: '2025', list: 'unreadable' }, { version: '2024', list: [S_DATASET] }] });
    expect(versionSkewFindings([on('SYNC-PC', '2025'), garbled]).map((f) => f.code)).toEqual(['office.version-skew']);
  });

  it('versions are compared as numbers: V100 is newer than V99', () => {
    const [f] = versionSkewFindings([on('A', 'V100'), on('B', 'V99')]);
    expect(f!.detail).toContain('B has not been upgraded to V100');
    const [g] = versionSkewFindings([on('A', 'V99'), on('B', 'V100')]);
    expect(g!.detail).toContain('A has not been upgraded to V100');
  });

  it('the same version everywhere, or different datasets: no skew', () => {
    expect(versionSkewFindings([on('A', '2025'), on('B', '2025', DATASET)])).toEqual([]);
    expect(versionSkewFindings([on('A', '2025'), on('B', '2024', 'C:\\Local\\Company.000')])).toEqual([]);
    expect(versionSkewFindings([on('A', '2025')])).toEqual([]);
  });
});
