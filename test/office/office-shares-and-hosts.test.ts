import { describe, expect, it } from 'vitest';
import { driveLetterFindings } from '../../src-shared/office/drive-letter-rule.js';
import { quickBooksHostFindings } from '../../src-shared/office/quickbooks-hosts-rule.js';
import { FILESRV, pc, S_DATASET, type PcSpec } from './office-test-pcs.js';

const onS = (name: string, remote: string, extra: Partial<PcSpec> = {}) => pc({ name, drives: { 'S:': remote }, sage: [{ version: '2025', list: [S_DATASET] }], ...extra });

describe('a drive letter means different shares on different PCs (office.drive-letter-conflict)', () => {
  it('S: in a company list, mapped to two shares: each PC named with its share', () => {
    expect(driveLetterFindings([onS('SYNC-PC', FILESRV), onS('OFFICE-PC1', FILESRV), onS('OFFICE-PC2', '\\\\OLDNAS\\Accounts')])).toEqual([{
      code: 'office.drive-letter-conflict',
      title: 'S: means different shares on different PCs',
      detail: 'On SYNC-PC, S: is \\\\FILESRV\\Accounts; On OFFICE-PC1, S: is \\\\FILESRV\\Accounts; On OFFICE-PC2, S: is \\\\OLDNAS\\Accounts. A path starting with S: that is right on one desk names other files on another — and AutoEntry\'s path is read on the Sync App\'s PC.',
      machines: ['SYNC-PC', 'OFFICE-PC1', 'OFFICE-PC2'],
      paths: { 'SYNC-PC': FILESRV, 'OFFICE-PC1': FILESRV, 'OFFICE-PC2': '\\\\OLDNAS\\Accounts' },
      // The PC whose mapping differs from most is the odd one.
      oddOnes: ['OFFICE-PC2'],
    }]);
  });

  it('two spellings of one share are one share', () => {
    expect(driveLetterFindings([onS('A', FILESRV), onS('B', '\\\\filesrv.office.local\\ACCOUNTS'), onS('C', '\\\\FILESRV\\Accounts\\')])).toEqual([]);
  });

  it('a tie between two mappings singles out every PC that maps the letter', () => {
    expect(driveLetterFindings([onS('A', FILESRV), onS('B', '\\\\OLDNAS\\Accounts')])[0]!.oddOnes).toEqual(['A', 'B']);
  });

  it('a letter nobody spells in a path is not compared', () => {
    const other = (name: string, remote: string) => pc({ name, drives: { 'T:': remote }, sage: [{ version: '2025', list: ['\\\\FILESRV\\Accounts\\Sage\\Company.000'] }] });
    expect(driveLetterFindings([other('A', FILESRV), other('B', '\\\\OLDNAS\\Accounts')])).toEqual([]);
  });

  it('the letter may come from AutoEntry\'s path, a company list or a QuickBooks recent list, on any PC', () => {
    const bare = (name: string, remote: string, extra: Partial<PcSpec> = {}) => pc({ name, drives: { 'Q:': remote }, ...extra });
    expect(driveLetterFindings([bare('A', '\\\\QB\\Data', { configured: ['Q:\\Cafe.QBW'] }), bare('B', '\\\\OLD\\Data')])).toHaveLength(1);
    expect(driveLetterFindings([bare('A', '\\\\QB\\Data'), bare('B', '\\\\OLD\\Data', { recent: ['Q:\\Cafe.QBW'] })])).toHaveLength(1);
    expect(driveLetterFindings([bare('A', '\\\\QB\\Data'), bare('B', '\\\\OLD\\Data', { sage: [{ version: '2025', list: ['Q:\\Company.000'] }] })])).toHaveLength(1);
    // An unreadable company list names no letter.
    expect(driveLetterFindings([bare('A', '\\\\QB\\Data'), bare('B', '\\\\OLD\\Data', { sage: [{ version: '2025', list: 'unreadable' }] })])).toEqual([]);
  });

  it('a local drive with that letter is not a share, and a mapping that names no share is not compared', () => {
    expect(driveLetterFindings([onS('A', FILESRV), onS('B', 'fixed')])).toEqual([]);
    expect(driveLetterFindings([onS('A', FILESRV), onS('B', 'not a share')])).toEqual([]);
    expect(driveLetterFindings([onS('A', FILESRV), onS('B', '')])).toEqual([]);
    expect(driveLetterFindings([onS('A', FILESRV), onS('B', '\\\\OLDNAS\\Accounts'), onS('C', 'fixed')]).map((f) => f.machines)).toEqual([['A', 'B']]);
  });

  it('a network drive whose remote names a drive, not a share, is not compared', () => {
    expect(driveLetterFindings([onS('A', FILESRV), onS('B', 'D:\\Data'), onS('C', FILESRV)])).toEqual([]);
  });

  it('a local drive that reports a remote (a substituted folder) is not a share', () => {
    const subst = onS('B', 'fixed');
    subst.observations.drives = [{ letter: 'S:', kind: 'fixed', remote: '\\\\OLDNAS\\Accounts' }];
    expect(driveLetterFindings([onS('A', FILESRV), subst])).toEqual([]);
  });

  it('each PC\'s mapping of that very letter counts, not another letter\'s', () => {
    const b = pc({ name: 'B', drives: { 'T:': '\\\\OLDNAS\\Accounts', 'S:': FILESRV }, sage: [{ version: '2025', list: [S_DATASET] }] });
    expect(driveLetterFindings([onS('A', FILESRV), b])).toEqual([]);
  });

  it('spellings that are no path, or a share path, name no letter and stop nothing', () => {
    const odd = { configured: ['relative\\Company.000', '', '\\\\FILESRV\\Accounts\\Sage\\Company.000'], recent: ['C:'] };
    expect(driveLetterFindings([onS('A', FILESRV, odd), onS('B', '\\\\OLDNAS\\Accounts', odd)]).map((f) => f.title)).toEqual(['S: means different shares on different PCs']);
  });

  it('a drive table in lower case is read as Windows reads it', () => {
    expect(driveLetterFindings([onS('A', FILESRV), pc({ name: 'B', drives: { 's:': '\\\\OLDNAS\\Accounts' } })]).map((f) => f.machines)).toEqual([['A', 'B']]);
  });

  it('each letter on its own, in order', () => {
    const both = (name: string, s: string, t: string) => pc({ name, drives: { 'T:': t, 'S:': s }, sage: [{ version: '2025', list: ['T:\\Company.001', S_DATASET] }] });
    expect(driveLetterFindings([both('A', FILESRV, '\\\\X\\T'), both('B', '\\\\OLDNAS\\Accounts', '\\\\Y\\T')]).map((f) => f.title)).toEqual([
      'S: means different shares on different PCs',
      'T: means different shares on different PCs',
    ]);
  });

  it('an office with a POSIX file server among its PCs compares no drive letters', () => {
    expect(driveLetterFindings([onS('A', FILESRV), onS('B', '\\\\OLDNAS\\Accounts'), pc({ name: 'NAS', flavour: 'posix' })])).toEqual([]);
  });
});

const QB_FILE = '\\\\QB-SERVER\\QBData\\Harbour Cafe.QBW';
const SERVICE = { name: 'QuickBooksDB34', state: 'running' as const };

describe('more than one computer claims to host a QuickBooks company file (office.quickbooks-hosts)', () => {
  it('the .ND sidecars name different hosts', () => {
    const found = quickBooksHostFindings([
      pc({ name: 'SYNC-PC', companyFiles: [{ path: QB_FILE, nd: { hostName: 'QB-SERVER' } }] }),
      pc({ name: 'FRONT-DESK', companyFiles: [{ path: QB_FILE, nd: { hostName: 'FRONT-DESK' } }] }),
    ]);
    expect(found).toEqual([{
      code: 'office.quickbooks-hosts',
      title: '2 computers claim to host Harbour Cafe.QBW',
      detail: 'QB-SERVER and FRONT-DESK each claim to host \\\\QB-SERVER\\QBData\\Harbour Cafe.QBW for multi-user access. Only one computer should: the others should have hosting turned off, or users and the Sync App may be sent to different database servers.',
      machines: ['FRONT-DESK', 'SYNC-PC'],
      paths: { 'SYNC-PC': QB_FILE, 'FRONT-DESK': QB_FILE },
      // The file's own server may host it; the workstation claiming it should not.
      oddOnes: ['FRONT-DESK'],
    }]);
  });

  it('a PC running its database service with hosting on claims the file for itself', () => {
    const hosting = (name: string, extra: Partial<PcSpec> = {}) => pc({ name, services: [SERVICE], companyFiles: [{ path: QB_FILE, nd: { serverMode: 1, hostedHere: true } }], ...extra });
    expect(quickBooksHostFindings([hosting('A'), hosting('B')]).map((f) => f.machines)).toEqual([['A', 'B']]);
    // The service, running, in any case of its name: QuickBooksDB followed by its version number only.
    expect(quickBooksHostFindings([hosting('A'), hosting('B', { services: [{ name: 'quickbooksdb28', state: 'running' }] })])).toHaveLength(1);
    expect(quickBooksHostFindings([hosting('A'), hosting('B', { services: [{ name: 'Spooler', state: 'running' }, SERVICE] })])).toHaveLength(1);
    expect(quickBooksHostFindings([hosting('A'), hosting('B', { services: [{ name: 'QuickBooksDB34', state: 'stopped' }] })])).toEqual([]);
    expect(quickBooksHostFindings([hosting('A'), hosting('B', { services: [{ name: 'QuickBooksDB', state: 'running' }] })])).toEqual([]);
    expect(quickBooksHostFindings([hosting('A'), hosting('B', { services: [{ name: 'QuickBooksDB34x', state: 'running' }] })])).toEqual([]);
    expect(quickBooksHostFindings([hosting('A'), hosting('B', { services: [{ name: 'OldQuickBooksDB34', state: 'running' }] })])).toEqual([]);
    // Hosting off, or the sidecar names another computer: no claim.
    expect(quickBooksHostFindings([hosting('A'), hosting('B', { companyFiles: [{ path: QB_FILE, nd: { serverMode: 2, hostedHere: true } }] })])).toEqual([]);
    expect(quickBooksHostFindings([hosting('A'), hosting('B', { companyFiles: [{ path: QB_FILE, nd: { serverMode: 1, hostedHere: false } }] })])).toEqual([]);
    expect(quickBooksHostFindings([hosting('A'), hosting('B', { companyFiles: [{ path: QB_FILE }] })])).toEqual([]);
  });

  it('one host named in several spellings is one host; office PCs keep their own spelling', () => {
    const seen = (name: string, host: string) => pc({ name, companyFiles: [{ path: QB_FILE, nd: { hostName: host } }] });
    expect(quickBooksHostFindings([seen('A', 'QB-SERVER'), seen('B', 'qb-server.office.local'), seen('C', 'QB-SERVER')])).toEqual([]);
    const [f] = quickBooksHostFindings([seen('FRONT-DESK', 'front-desk.office.local'), seen('B', 'QB-SERVER'), seen('C', 'Qb-Server')]);
    expect(f!.detail).toMatch(/^FRONT-DESK and QB-SERVER each claim/);
    expect(f!.machines).toEqual(['FRONT-DESK', 'B', 'C']);
  });

  it('three claims: all three named', () => {
    const seen = (name: string, host: string) => pc({ name, companyFiles: [{ path: QB_FILE, nd: { hostName: host } }] });
    const [f] = quickBooksHostFindings([seen('A', 'A'), seen('B', 'B'), seen('C', 'C')]);
    expect(f!.title).toBe('3 computers claim to host Harbour Cafe.QBW');
    expect(f!.detail).toMatch(/^A, B and C each claim/);
  });

  it('a company file path is a file, not a Sage dataset: a folder named ACCDATA is not its parent', () => {
    const found = quickBooksHostFindings([
      pc({ name: 'A', companyFiles: [{ path: '\\\\QB\\Data\\ACCDATA', nd: { hostName: 'A' } }] }),
      pc({ name: 'B', companyFiles: [{ path: '\\\\QB\\Data', nd: { hostName: 'B' } }] }),
    ]);
    expect(found).toEqual([]);
  });

  it('different files are judged apart, each spelling resolved on its own PC', () => {
    const found = quickBooksHostFindings([
      pc({ name: 'A', drives: { 'Q:': '\\\\QB-SERVER\\QBData' }, companyFiles: [{ path: 'Q:\\Harbour Cafe.QBW', nd: { hostName: 'A' } }, { path: '\\\\QB-SERVER\\QBData\\Bakery.QBW', nd: { hostName: 'A' } }] }),
      pc({ name: 'B', companyFiles: [{ path: QB_FILE, nd: { hostName: 'B' } }, { path: 'not a path', nd: { hostName: 'C' } }] }),
    ]);
    expect(found.map((f) => [f.title, f.paths])).toEqual([['2 computers claim to host Harbour Cafe.QBW', { A: 'Q:\\Harbour Cafe.QBW', B: QB_FILE }]]);
  });
});
