import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src-shared/diagnose/diagnose.js';
import type { Observations } from '../../src-shared/model/observations.js';
import { codesOf, companyFile, configured, DIR, emptyObservations, FILE, MISSING, only, problem, recent } from '../support/observations-builder.js';

const FOLDER = 'C:\\Users\\Public\\Documents\\Intuit\\QuickBooks\\Company Files';
const LOCAL = `${FOLDER}\\Harbour Cafe.QBW`;
const SERVER = '\\\\QBSERVER\\QBData\\Harbour Cafe.QBW';

function qb(edit: (o: Observations) => void): Observations {
  const o = emptyObservations();
  edit(o);
  return o;
}

describe('QuickBooks Desktop found or not', () => {
  it('nothing of QuickBooks anywhere is not-found, info', () => {
    const f = only(diagnose(emptyObservations()), 'quickbooks.not-found');
    expect(f.severity).toBe('info');
    expect(f.title).toBe('No QuickBooks Desktop found');
    expect(f.detail).toBe('There is no sign of QuickBooks Desktop on OFFICE-PC1: no program, no recently opened company files, no company files in the usual folder.');
  });

  it('any one sign is enough; a company file that is not there is no sign', () => {
    const signs: Array<[string, (o: Observations) => void]> = [
      ['version', (o) => o.quickbooks.versions.push('2024')],
      ['program', (o) => o.quickbooks.installs.push({ displayName: 'QuickBooks Desktop Pro 2024', registryKey: 'HKLM\\Q' })],
      ['service', (o) => o.quickbooks.services.push({ name: 'QuickBooksDB34', state: 'running' })],
      ['process', (o) => o.quickbooks.processes.push({ pid: 5, name: 'QBW32.EXE' })],
      ['recent', (o) => o.quickbooks.recent.push(recent(LOCAL, 0))],
      ['file', (o) => o.quickbooks.companyFiles.push(companyFile(LOCAL))],
    ];
    for (const [name, edit] of signs) {
      const c = codesOf(diagnose(qb(edit)));
      expect(c, name).toContain('quickbooks.found');
      expect(c, name).not.toContain('quickbooks.not-found');
    }
    expect(codesOf(diagnose(qb((o) => o.quickbooks.companyFiles.push(companyFile(LOCAL, MISSING)))))).toContain('quickbooks.not-found');
  });

  it('found: names the versions and counts company files and recent entries', () => {
    const one = only(diagnose(qb((o) => {
      o.quickbooks.versions.push('2024');
      o.quickbooks.companyFiles.push(companyFile(LOCAL), companyFile(`${FOLDER}\\Gone.QBW`, MISSING));
      o.quickbooks.recent.push(recent(LOCAL, 0));
    })), 'quickbooks.found');
    expect(one.severity).toBe('info');
    expect(one.title).toBe('QuickBooks Desktop found (2024)');
    expect(one.detail).toBe('1 company file found; 1 recently opened entry.');
    const many = only(diagnose(qb((o) => {
      o.quickbooks.versions.push('2023', 'Enterprise 24.0');
      o.quickbooks.companyFiles.push(companyFile(LOCAL), companyFile(`${FOLDER}\\Other.QBW`));
      o.quickbooks.recent.push(recent(LOCAL, 0), recent(SERVER, 1));
    })), 'quickbooks.found');
    expect(many.title).toBe('QuickBooks Desktop found (2023, Enterprise 24.0)');
    expect(many.detail).toBe('2 company files found; 2 recently opened entries.');
    const bare = only(diagnose(qb((o) => o.quickbooks.processes.push({ pid: 5, name: 'QBW32.EXE' }))), 'quickbooks.found');
    expect(bare.title).toBe('QuickBooks Desktop found');
    expect(bare.detail).toBe('0 company files found; 0 recently opened entries.');
  });

  it('each stopped database service is a warning; a running one is not', () => {
    const stopped = diagnose(qb((o) => o.quickbooks.services.push(
      { name: 'QuickBooksDB34', state: 'stopped' },
      { name: 'QuickBooksDB33', state: 'paused' },
      { name: 'QuickBooksDB32', state: 'running' },
    ))).findings.filter((f) => f.code === 'quickbooks.db-service-stopped');
    // Intuit's own words first; the service's name is for IT, in the detail.
    expect(stopped.map((f) => f.title)).toEqual(['QuickBooks Database Server Manager is not running on this PC', 'QuickBooks Database Server Manager is not running on this PC']);
    expect(stopped.map((f) => /service (\S+) is/.exec(f.detail)?.[1])).toEqual(['QuickBooksDB34', 'QuickBooksDB33']);
    expect(stopped.map((f) => f.severity)).toEqual(['warn', 'warn']);
    expect(stopped[0]!.detail).toMatch(/^Company files shared in multi-user mode.* For IT: its Windows service QuickBooksDB34 is stopped\.$/);
    expect(stopped[1]!.detail).toMatch(/ For IT: its Windows service \S+ is paused\.$/);
  });

  it('a company file whose .ND names another host is hosted elsewhere, info', () => {
    const f = only(diagnose(qb((o) => o.quickbooks.companyFiles.push(companyFile(SERVER, FILE, { file: `${SERVER}.ND`, hostName: 'QBSERVER', serverIp: '192.168.1.20', serverMode: 1, hostedHere: false })))), 'quickbooks.hosted-elsewhere');
    expect(f.severity).toBe('info');
    expect(f.title).toBe(`${SERVER} is hosted by QBSERVER`);
    expect(f.detail).toBe(`Its network file (${SERVER}.ND) names QBSERVER (192.168.1.20) as the computer that hosts it in multi-user mode, not OFFICE-PC1.`);
    expect(f.evidence).toEqual([`${SERVER}.ND`]);
    const noIp = only(diagnose(qb((o) => o.quickbooks.companyFiles.push(companyFile(SERVER, FILE, { file: `${SERVER}.ND`, hostName: 'QBSERVER' })))), 'quickbooks.hosted-elsewhere');
    expect(noIp.detail).toBe(`Its network file (${SERVER}.ND) names QBSERVER as the computer that hosts it in multi-user mode, not OFFICE-PC1.`);
  });

  it('no hosted-elsewhere without an .ND, without a host, with hosting off, hosted here, or for a file that is not there', () => {
    const cases: Array<Parameters<typeof companyFile>> = [
      [SERVER, FILE],
      [SERVER, FILE, { file: `${SERVER}.ND` }],
      [SERVER, FILE, { file: `${SERVER}.ND`, hostName: 'QBSERVER', serverMode: 2 }],
      [SERVER, FILE, { file: `${SERVER}.ND`, hostName: 'OFFICE-PC1', hostedHere: true }],
      [SERVER, MISSING, { file: `${SERVER}.ND`, hostName: 'QBSERVER' }],
    ];
    for (const args of cases) expect(codesOf(diagnose(qb((o) => o.quickbooks.companyFiles.push(companyFile(...args)))))).not.toContain('quickbooks.hosted-elsewhere');
  });

  it('"not found" also rests on the configured QuickBooks files', () => {
    const o = qb((x) => x.configured.push(configured(LOCAL, { state: 'timeout', message: 'no answer' })));
    expect(codesOf(diagnose(o))).toContain('quickbooks.unknown');
    const fine = qb((x) => x.configured.push(configured(LOCAL, MISSING)));
    fine.problems.push(problem('datasets', 'Looking at a dataset'));
    expect(codesOf(diagnose(fine))).toContain('quickbooks.not-found');
  });
});

describe('a configured QuickBooks company file', () => {
  it('the file QuickBooks opened most recently of that name is a match, saying which and why', () => {
    const spelled = `${FOLDER}\\harbour cafe.qbw`;
    const report = diagnose(qb((o) => {
      o.quickbooks.recent.push(recent(SERVER, 3), recent(LOCAL, 1), recent(`${FOLDER}\\Other.QBW`, 0));
      o.quickbooks.companyFiles.push(companyFile(LOCAL));
      o.configured.push(configured(spelled, FILE));
    }));
    const f = only(report, 'path.match');
    expect(f.severity).toBe('ok');
    expect(f.software).toBe('quickbooks');
    expect(f.configuredPath).toBe(spelled);
    expect(f.title).toBe('AutoEntry points at the company file QuickBooks uses');
    expect(f.detail).toBe(`${spelled} is the harbour cafe.qbw QuickBooks opened most recently.`);
    expect(f.inUsePath).toBe(LOCAL);
    expect(f.equivalence!.map((s) => s.kind)).toEqual(['case']);
  });

  it('a quoted path is read without its quotes', () => {
    const quoted = `"${LOCAL}"`;
    const f = only(diagnose(qb((o) => { o.quickbooks.recent.push(recent(LOCAL, 0)); o.configured.push(configured(quoted, FILE)); })), 'path.match');
    expect(f.detail).toBe(`${quoted} is the Harbour Cafe.QBW QuickBooks opened most recently.`);
  });

  it('an existing copy that is not the one opened most recently is a mismatch suggesting that one', () => {
    const f = only(diagnose(qb((o) => {
      o.quickbooks.recent.push(recent(LOCAL, 4), recent(SERVER, 2));
      o.configured.push(configured(LOCAL, FILE));
    })), 'path.mismatch');
    expect(f.severity).toBe('error');
    expect(f.suggestedPath).toBe(SERVER);
    expect(f.title).toBe('AutoEntry points at an older copy of the company file');
    expect(f.detail).toBe(`${LOCAL} exists, but QuickBooks last opened the file of that name at ${SERVER}. Invoices sent to this copy will not appear in the books QuickBooks opens.`);
  });

  it('recent entries that are not paths, or of another name, do not count', () => {
    const report = diagnose(qb((o) => {
      o.quickbooks.recent.push(recent('Harbour Cafe.QBW', 0), recent(`${FOLDER}\\Harbour Cafe Old.QBW`, 1));
      o.configured.push(configured(LOCAL, FILE));
    }));
    expect(only(report, 'path.match').title).toBe('AutoEntry points at an existing QuickBooks company file');
  });

  it('a missing file opened last elsewhere has moved: mismatch with where QuickBooks opened it', () => {
    const f = only(diagnose(qb((o) => { o.quickbooks.recent.push(recent(SERVER, 0)); o.configured.push(configured(LOCAL, MISSING)); })), 'path.mismatch');
    expect(f.suggestedPath).toBe(SERVER);
    expect(f.title).toBe('The company file has moved');
    expect(f.detail).toBe(`There is no file at ${LOCAL}. QuickBooks last opened ${SERVER}, so AutoEntry should point there.`);
  });

  it('a missing file QuickBooks lists at that very path is missing, and says it was listed', () => {
    const f = only(diagnose(qb((o) => { o.quickbooks.recent.push(recent(LOCAL, 0)); o.configured.push(configured(LOCAL, MISSING)); })), 'path.missing');
    expect(f.severity).toBe('error');
    expect(f.title).toBe('Nothing exists at the AutoEntry path');
    expect(f.detail).toBe(`There is no company file at ${LOCAL}, although QuickBooks lists it as recently opened.`);
    expect(f).not.toHaveProperty('suggestedPath');
  });

  it('a missing file never opened is plainly missing', () => {
    const f = only(diagnose(qb((o) => o.configured.push(configured(LOCAL, MISSING)))), 'path.missing');
    expect(f.detail).toBe(`There is no company file at ${LOCAL}.`);
  });

  it('a folder named like a company file is not a company file', () => {
    const f = only(diagnose(qb((o) => o.configured.push(configured(LOCAL, DIR)))), 'path.not-dataset');
    expect(f.severity).toBe('error');
    expect(f.title).toBe('The AutoEntry path is a folder, not a company file');
    expect(f.detail).toBe(`${LOCAL} is a folder. AutoEntry needs the QuickBooks company file itself (the .QBW inside it).`);
  });

  it('never opened here with another existing copy of that name: ambiguous, warn, naming the copies', () => {
    const report = diagnose(qb((o) => {
      o.quickbooks.companyFiles.push(companyFile(LOCAL), companyFile(SERVER), companyFile('D:\\Gone\\Harbour Cafe.QBW', MISSING), companyFile('D:\\Other\\Other.QBW'), companyFile('Harbour Cafe.QBW'));
      o.configured.push(configured(LOCAL, FILE));
    }));
    const f = only(report, 'path.ambiguous');
    expect(f.severity).toBe('warn');
    expect(f.title).toBe('There are two copies of this company file');
    expect(f.detail).toBe(`${LOCAL} exists, but so does ${SERVER}, and QuickBooks has opened neither on this PC. Check which one the business works in.`);
    expect(f.evidence).toEqual([SERVER]);
  });

  it('never opened here and no other copy is a match; itself under another spelling does not count', () => {
    const report = diagnose(qb((o) => {
      o.quickbooks.companyFiles.push(companyFile(LOCAL.toUpperCase()), companyFile('D:\\Other\\Other.QBW'));
      o.configured.push(configured(`${LOCAL}`, FILE));
    }));
    const f = only(report, 'path.match');
    expect(f.title).toBe('AutoEntry points at an existing QuickBooks company file');
    expect(f.detail).toBe(`${LOCAL} exists. QuickBooks has not opened it on this PC for jane, and no other copy was found.`);
    expect(f.equivalence).toEqual([]);
    expect(f).not.toHaveProperty('inUsePath');
  });

  it('spaces pasted around the path do not hide the file QuickBooks opened', () => {
    const padded = `  ${LOCAL}  `;
    const f = only(diagnose(qb((o) => { o.quickbooks.recent.push(recent(LOCAL, 0)); o.configured.push(configured(padded, FILE)); })), 'path.match');
    expect(f.inUsePath).toBe(LOCAL);
    expect(f.title).toBe('AutoEntry points at the company file QuickBooks uses');
  });
});
