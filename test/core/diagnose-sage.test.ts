import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src-shared/diagnose/diagnose.js';
import type { Observations } from '../../src-shared/model/observations.js';
import { codesOf, configured, dataset, DIR, emptyObservations, FILE, MISSING, only, PD, sageVersion, unreadableVersion } from '../support/observations-builder.js';

const S25 = `${PD}\\2025\\Company.000`;
const S24 = `${PD}\\2024\\Company.000`;

function sage(edit: (o: Observations) => void): Observations {
  const o = emptyObservations();
  edit(o);
  return o;
}

describe('Sage 50 found or not', () => {
  it('nothing of Sage anywhere is not-found, info, naming this computer', () => {
    const f = only(diagnose(emptyObservations()), 'sage.not-found');
    expect(f.severity).toBe('info');
    expect(f.title).toBe('No Sage 50 Accounts found');
    expect(f.detail).toBe('There is no sign of Sage 50 Accounts on OFFICE-PC1: no settings folders, no datasets, no program.');
  });

  it('any one sign is enough: a version, a program, a service, a process, or a dataset at the configured path', () => {
    const signs: Array<[string, (o: Observations) => void]> = [
      ['version', (o) => o.sage.versions.push(sageVersion('2025', 31, []))],
      ['program', (o) => o.sage.installs.push({ displayName: 'Sage 50 Accounts', registryKey: 'HKLM\\S' })],
      ['service', (o) => o.sage.services.push({ name: 'SageAccountsDataService', state: 'running' })],
      ['process', (o) => o.sage.processes.push({ pid: 1, name: 'Sage.exe' })],
      ['dataset', (o) => o.configured.push(configured(S25, DIR, true))],
    ];
    for (const [name, edit] of signs) {
      const c = codesOf(diagnose(sage(edit)));
      expect(c, name).toContain('sage.found');
      expect(c, name).not.toContain('sage.not-found');
    }
    // A folder that is not a dataset is no sign of Sage; one that could not be looked inside leaves it open.
    expect(codesOf(diagnose(sage((o) => o.configured.push(configured('C:\\Temp', DIR, false)))))).toContain('sage.not-found');
    expect(codesOf(diagnose(sage((o) => o.configured.push(configured('C:\\Temp', DIR, null)))))).toContain('sage.unknown');
  });

  it('found with settings: names the version in use, the versions and how many datasets they list', () => {
    const one = only(diagnose(sage((o) => o.sage.versions.push(sageVersion('2025', 31, [dataset(S25)])))), 'sage.found');
    expect(one.severity).toBe('info');
    expect(one.title).toBe('Sage 50 Accounts found (2025 in use)');
    expect(one.detail).toBe('Settings for version 2025; 1 company dataset listed.');
    const two = only(diagnose(sage((o) => o.sage.versions.push(
      sageVersion('2025', 31, [dataset(S25), dataset(`${PD}\\2025\\COMPANY.000\\`), dataset('D:\\Data\\Shop.001')]),
      sageVersion('2024', 30, [dataset(S24), dataset('D:\\data\\shop.001')]),
    ))), 'sage.found');
    expect(two.detail).toBe('Settings for versions 2025, 2024; 3 company datasets listed.');
    const none = only(diagnose(sage((o) => o.sage.versions.push(sageVersion('2025', 31, [])))), 'sage.found');
    expect(none.detail).toBe('Settings for version 2025; 0 company datasets listed.');
  });

  it('datasets whose lines are not paths count by their spelling', () => {
    const f = only(diagnose(sage((o) => o.sage.versions.push(sageVersion('2025', 31, [dataset('not a path'), dataset('also not'), dataset('not a path')])))), 'sage.found');
    expect(f.detail).toBe('Settings for version 2025; 2 company datasets listed.');
  });

  it('found without settings: says what was seen instead', () => {
    const server = only(diagnose(sage((o) => o.configured.push(configured(S25, DIR, true)))), 'sage.found');
    expect(server.title).toBe('Sage 50 Accounts found');
    expect(server.detail).toBe('A Sage 50 dataset was found at the configured path; no Sage 50 settings are on this computer (it may be the file server).');
    const program = sage((o) => o.sage.installs.push({ displayName: 'Sage 50 Accounts v31', registryKey: 'HKLM\\S' }));
    program.sage.services.push({ name: 'SageSvc', state: 'running' });
    expect(only(diagnose(program), 'sage.found').detail).toBe('Sage 50 Accounts is installed (Sage 50 Accounts v31), but no company list was found.');
    expect(only(diagnose(sage((o) => o.sage.services.push({ name: 'SageSvc', state: 'running' }))), 'sage.found').detail).toBe('Sage 50 Accounts is installed (SageSvc), but no company list was found.');
    expect(only(diagnose(sage((o) => o.sage.processes.push({ pid: 1, name: 'Sage.exe' }))), 'sage.found').detail).toBe('Sage 50 Accounts is installed (running), but no company list was found.');
  });

  it('an unreadable COMPANY list is a warning naming the file and the problem', () => {
    const report = diagnose(sage((o) => o.sage.versions.push(unreadableVersion('2025', 31, 'it is not text'), sageVersion('2024', 30, [dataset(S24)]))));
    const f = only(report, 'sage.company-list-unreadable');
    expect(f.severity).toBe('warn');
    expect(f.title).toBe("Sage 2025's list of companies cannot be read");
    expect(f.detail).toBe(`${PD}\\2025\\COMPANY exists but it is not text. Sync Doctor cannot tell which datasets Sage 2025 uses.`);
    expect(f.evidence).toEqual([`${PD}\\2025\\COMPANY`]);
    expect(only(report, 'sage.found').title).toBe('Sage 50 Accounts found (2025 in use)');
  });

  it('lines of a COMPANY list that are not paths are a warning, the rest are used', () => {
    const one = only(diagnose(sage((o) => o.sage.versions.push(sageVersion('2025', 31, [dataset(S25)], undefined, [3])))), 'sage.company-list-unreadable');
    expect(one.title).toBe("Part of Sage 2025's list of companies cannot be read");
    expect(one.detail).toBe(`${PD}\\2025\\COMPANY has a line (3) that is not a dataset path; the other lines were used.`);
    expect(one.evidence).toEqual([`${PD}\\2025\\COMPANY`]);
    const two = only(diagnose(sage((o) => o.sage.versions.push(sageVersion('2025', 31, [dataset(S25)], undefined, [2, 5])))), 'sage.company-list-unreadable');
    expect(two.detail).toBe(`${PD}\\2025\\COMPANY has lines (2, 5) that are not a dataset path; the other lines were used.`);
    expect(codesOf(diagnose(sage((o) => o.sage.versions.push(sageVersion('2025', 31, [dataset(S25)])))))).not.toContain('sage.company-list-unreadable');
  });

  it('a stopped Sage data service is a warning with its state and start type; a running one is not', () => {
    const o = sage((x) => x.sage.services.push(
      { name: 'SageSvc', displayName: 'Sage 50 Accounts Data Service', state: 'stopped', startType: 'auto' },
      { name: 'SageOther', state: 'paused' },
      { name: 'SageFine', state: 'running' },
    ));
    const stopped = diagnose(o).findings.filter((f) => f.code === 'sage.service-stopped');
    expect(stopped.map((f) => f.title)).toEqual(['The Sage data service "Sage 50 Accounts Data Service" is not running', 'The Sage data service "SageOther" is not running']);
    expect(stopped.map((f) => f.severity)).toEqual(['warn', 'warn']);
    expect(stopped[0]!.detail).toBe('The service is stopped (start type: auto). Sage 50 and the Sync App may not be able to open the data while it is stopped.');
    expect(stopped[1]!.detail).toMatch(/^The service is paused\. /);
  });
});

describe('a configured Sage path', () => {
  const in2025 = (o: Observations, ...more: ReturnType<typeof dataset>[]) => o.sage.versions.push(sageVersion('2025', 31, [dataset(S25), ...more], '2025-04-02T08:00:00Z'));

  it('the dataset Sage lists is a match, with what Sage lists as the path in use', () => {
    const f = only(diagnose(sage((o) => { in2025(o); o.configured.push(configured(S25, DIR, true)); })), 'path.match');
    expect(f.severity).toBe('ok');
    expect(f.software).toBe('sage');
    expect(f.configuredPath).toBe(S25);
    expect(f.title).toBe('AutoEntry points at the dataset Sage 2025 uses');
    expect(f.detail).toBe(`${S25} is listed by Sage 2025.`);
    expect(f.inUsePath).toBe(S25);
    expect(f.equivalence).toEqual([]);
  });

  it('another spelling of the listed dataset is a match that says why', () => {
    const spelled = `${PD}\\2025\\Company.000\\ACCDATA`;
    const f = only(diagnose(sage((o) => { in2025(o); o.configured.push(configured(spelled, DIR, true)); })), 'path.match');
    expect(f.detail).toBe(`${spelled} and ${S25} are the same folder, spelled differently.`);
    expect(f.equivalence!.map((s) => s.kind)).toEqual(['accdata']);
  });

  it('nothing at the path: missing, suggesting the one dataset Sage uses', () => {
    const f = only(diagnose(sage((o) => { in2025(o); o.configured.push(configured('C:\\Old\\Company.000', MISSING)); })), 'path.missing');
    expect(f.severity).toBe('error');
    expect(f.title).toBe('Nothing exists at the AutoEntry path');
    expect(f.detail).toBe(`There is no file or folder at C:\\Old\\Company.000. Sage 2025 uses ${S25}.`);
    expect(f.suggestedPath).toBe(S25);
  });

  it('nothing at the path and no Sage list: missing, with nothing to suggest', () => {
    const f = only(diagnose(sage((o) => o.configured.push(configured('C:\\Old\\Company.000', MISSING)))), 'path.missing');
    expect(f.detail).toBe('There is no file or folder at C:\\Old\\Company.000.');
    expect(f).not.toHaveProperty('suggestedPath');
  });

  it('a suggestion only when one dataset is clear: the only one that exists, or the only one of the same folder name', () => {
    const missing = configured('C:\\Old\\Shop.001', MISSING);
    const suggest = (...datasets: ReturnType<typeof dataset>[]) => only(diagnose(sage((o) => { o.sage.versions.push(sageVersion('2025', 31, datasets)); o.configured.push(missing); })), 'path.missing').suggestedPath;
    expect(suggest(dataset(S25), dataset('D:\\Data\\Shop.001'))).toBe('D:\\Data\\Shop.001');
    expect(suggest(dataset(S25), dataset('D:\\Data\\SHOP.001'))).toBe('D:\\Data\\SHOP.001');
    expect(suggest(dataset(S25), dataset('D:\\Data\\Other.001'))).toBeUndefined();
    expect(suggest(dataset(S25), dataset('D:\\Data\\Shop.001', MISSING))).toBe(S25);
    expect(suggest(dataset(S25), dataset('not a path'))).toBe(S25);
    expect(suggest(dataset('D:\\A\\Shop.001'), dataset('D:\\B\\Shop.001'))).toBeUndefined();
    expect(suggest()).toBeUndefined();
  });

  it('a folder that could not be looked inside is unreachable, not a verdict on what it is', () => {
    const f = only(diagnose(sage((o) => { in2025(o); o.configured.push(configured('C:\\Slow', DIR, null)); })), 'path.unreachable');
    expect(f.title).toBe('The AutoEntry path could not be looked inside');
    expect(f.detail).toBe('C:\\Slow exists, but its contents could not be read in time, so Sync Doctor cannot tell whether it is a Sage dataset.');
  });

  it('something that is not a dataset is not-dataset, with a word about QuickBooks backups', () => {
    const plain = only(diagnose(sage((o) => { in2025(o); o.configured.push(configured('C:\\Temp', DIR, false)); })), 'path.not-dataset');
    expect(plain.severity).toBe('error');
    expect(plain.title).toBe('The AutoEntry path is not a Sage dataset or QuickBooks company file');
    expect(plain.detail).toBe('C:\\Temp exists, but it is neither a Sage 50 dataset (a folder holding ACCDATA\\SETUP.DTA) nor a QuickBooks company file (.QBW).');
    expect(plain.suggestedPath).toBe(S25);
    for (const ext of ['QBB', 'qbm', 'QBX', 'tlg', 'ND']) {
      const f = only(diagnose(sage((o) => o.configured.push(configured(`C:\\Books\\Cafe.${ext}`, FILE, false)))), 'path.not-dataset');
      expect(f.detail, ext).toMatch(/ It looks like a QuickBooks backup or helper file; AutoEntry needs the company file \(\.QBW\)\.$/);
    }
    expect(only(diagnose(sage((o) => o.configured.push(configured('C:\\Books\\Cafe.QBB.txt', FILE, false)))), 'path.not-dataset').detail).not.toContain('backup');
  });

  it('a dataset an older version lists is stale, with when Sage moved on and the old data written since', () => {
    const report = diagnose(sage((o) => {
      in2025(o);
      o.sage.versions.push(sageVersion('2024', 30, [dataset(S24)]));
      o.configured.push(configured(`${PD}\\2024\\company.000`, DIR, true, '2026-11-19T16:40:00Z'));
    }));
    const f = only(report, 'path.stale-version');
    expect(f.severity).toBe('error');
    expect(f.title).toBe('AutoEntry still points at the Sage 2024 data; Sage now uses 2025');
    expect(f.detail).toBe(`${PD}\\2024\\company.000 belongs to Sage 2024. Sage 2025 is in use and works on ${S25}, so invoices sent to the old path never reach the books.`);
    expect(f.suggestedPath).toBe(S25);
    expect(f.upgradedAt).toBe('2025-04-02T08:00:00Z');
    expect(f.staleDatasetLastWrite).toBe('2026-11-19T16:40:00Z');
    expect(f.evidence).toEqual(['The 2024 data was still written to on 19 Nov 2026, 16:40 UTC, after Sage 2025 took over on 2 Apr 2025, 08:00 UTC: invoices published since then probably went into the old data.']);
  });

  it('stale data not written since the upgrade, or written exactly then, carries no last write and no evidence', () => {
    for (const lastWrite of ['2025-01-10T10:00:00Z', '2025-04-02T08:00:00Z', undefined]) {
      const f = only(diagnose(sage((o) => {
        in2025(o);
        o.sage.versions.push(sageVersion('2024', 30, [dataset(S24)]));
        o.configured.push(configured(S24, DIR, true, lastWrite));
      })), 'path.stale-version');
      expect(f, String(lastWrite)).not.toHaveProperty('staleDatasetLastWrite');
      expect(f, String(lastWrite)).not.toHaveProperty('evidence');
      expect(f.upgradedAt).toBe('2025-04-02T08:00:00Z');
    }
  });

  it('without the time the newer list appeared, stale names no upgrade time', () => {
    const f = only(diagnose(sage((o) => {
      o.sage.versions.push(sageVersion('2025', 31, [dataset(S25), dataset('D:\\X\\Company.000')]), sageVersion('2024', 30, [dataset(S24)]));
      o.configured.push(configured(S24, DIR, true, '2026-11-19T16:40:00Z'));
    })), 'path.stale-version');
    expect(f).not.toHaveProperty('upgradedAt');
    expect(f).not.toHaveProperty('staleDatasetLastWrite');
    expect(f).not.toHaveProperty('suggestedPath');
    expect(f.detail).toBe(`${S24} belongs to Sage 2024. Sage 2025 is in use, so invoices sent to the old path never reach the books.`);
  });

  it('stale by its folder alone when no older list names it; a newer or equal folder is not stale', () => {
    const inOld = only(diagnose(sage((o) => { in2025(o); o.configured.push(configured(`${PD}\\2023\\Shop.001`, DIR, true)); })), 'path.stale-version');
    expect(inOld.title).toBe('AutoEntry still points at the Sage 2023 data; Sage now uses 2025');
    const same = diagnose(sage((o) => { in2025(o); o.configured.push(configured(`${PD}\\2025\\Shop.001`, DIR, true)); }));
    expect(codesOf(same)).toContain('path.mismatch');
    const newer = diagnose(sage((o) => { in2025(o); o.configured.push(configured(`${PD}\\2026\\Shop.001`, DIR, true)); }));
    expect(codesOf(newer)).toContain('path.mismatch');
  });

  it('a dataset a newer, unreadable version does not list, listed by the version in use\'s older sibling only, follows the version whose list is read', () => {
    // 2026 exists but its list is unreadable: 2025's list is the one used; 2024's dataset is stale against 2025.
    const report = diagnose(sage((o) => {
      o.sage.versions.push(unreadableVersion('2026', 32), sageVersion('2025', 31, [dataset(S25)], '2025-04-02T08:00:00Z'), sageVersion('2024', 30, [dataset('D:\\Books\\Shop.001')]));
      o.configured.push(configured('D:\\Books\\Shop.001', DIR, true));
    }));
    expect(only(report, 'path.stale-version').title).toBe('AutoEntry still points at the Sage 2024 data; Sage now uses 2025');
    const listed = diagnose(sage((o) => {
      o.sage.versions.push(unreadableVersion('2026', 32), sageVersion('2025', 31, [dataset(S25)]));
      o.configured.push(configured(S25, DIR, true));
    }));
    expect(only(listed, 'path.match').title).toBe('AutoEntry points at the dataset Sage 2025 uses');
  });

  it('a dataset listed only by a newer version than the one in use is not stale', () => {
    const report = diagnose(sage((o) => {
      o.sage.versions.push(sageVersion('2025', 31, [dataset(S25)]), sageVersion('2026', 32, [dataset('D:\\New\\Shop.001')]));
      o.configured.push(configured('D:\\New\\Shop.001', DIR, true));
    }));
    expect(codesOf(report)).toContain('path.mismatch');
  });

  it('a dataset with no Sage settings here to compare with is a match that says so', () => {
    const f = only(diagnose(sage((o) => o.configured.push(configured('\\\\SRV\\Sage\\Company.000\\', DIR, true)))), 'path.match');
    expect(f.title).toBe('AutoEntry points at a Sage 50 dataset');
    expect(f.detail).toBe('\\\\SRV\\Sage\\Company.000\\ is a Sage 50 dataset. There are no Sage 50 settings on OFFICE-PC1 to compare it with, so check it is the company open in Sage on the PC where the Sync App runs.');
    expect(f.equivalence!.map((s) => s.kind)).toEqual(['trailing']);
  });

  it('a dataset Sage does not list is a mismatch, suggesting the one it uses', () => {
    const f = only(diagnose(sage((o) => { in2025(o); o.configured.push(configured('D:\\Copy\\Company.000', DIR, true)); })), 'path.mismatch');
    expect(f.severity).toBe('error');
    expect(f.title).toBe('AutoEntry points at a Sage dataset that Sage does not use');
    expect(f.detail).toBe(`D:\\Copy\\Company.000 is a Sage 50 dataset, but Sage 2025 does not list it; it uses ${S25}. Invoices published to it will not appear in the company Sage opens.`);
    expect(f.suggestedPath).toBe(S25);
  });

  it('a mismatch when no list could be read names the newest version and suggests nothing', () => {
    const f = only(diagnose(sage((o) => { o.sage.versions.push(unreadableVersion('2025', 31)); o.configured.push(configured('D:\\Copy\\Company.000', DIR, true)); })), 'path.mismatch');
    expect(f.detail).toBe('D:\\Copy\\Company.000 is a Sage 50 dataset, but Sage 2025 does not list it. Invoices published to it will not appear in the company Sage opens.');
    expect(f).not.toHaveProperty('suggestedPath');
  });

  it('a line of the list in use that is not a full path is passed over when matching', () => {
    const report = diagnose(sage((o) => {
      o.sage.versions.push(sageVersion('2025', 31, [dataset('Company.000'), dataset(S25)]));
      o.configured.push(configured(S25, DIR, true));
    }));
    expect(only(report, 'path.match').inUsePath).toBe(S25);
  });

  it('a suggestion by folder name uses the last folder of each path', () => {
    const missing = configured('C:\\Old\\Data\\Shop.001', MISSING);
    const f = only(diagnose(sage((o) => {
      o.sage.versions.push(sageVersion('2025', 31, [dataset('D:\\Data\\Other\\Cafe.001'), dataset('E:\\Data\\Books\\Shop.001')]));
      o.configured.push(missing);
    })), 'path.missing');
    expect(f.suggestedPath).toBe('E:\\Data\\Books\\Shop.001');
  });

  it('a drive root has no folder name to go by, so only a single dataset is suggested', () => {
    const f = only(diagnose(sage((o) => {
      o.sage.versions.push(sageVersion('2025', 31, [dataset(S25), dataset('D:\\Data\\Shop.001')]));
      o.configured.push(configured('Z:\\', MISSING));
    })), 'path.missing');
    expect(f).not.toHaveProperty('suggestedPath');
  });

  it('stale when the older list names the dataset among others', () => {
    const f = only(diagnose(sage((o) => {
      in2025(o);
      o.sage.versions.push(sageVersion('2024', 30, [dataset('D:\\Books\\Cafe.001'), dataset('D:\\Books\\Shop.001')]));
      o.configured.push(configured('D:\\Books\\Shop.001', DIR, true));
    })), 'path.stale-version');
    expect(f.title).toBe('AutoEntry still points at the Sage 2024 data; Sage now uses 2025');
  });

  it('an older list that names other datasets does not make an unlisted dataset stale', () => {
    const report = diagnose(sage((o) => {
      in2025(o);
      o.sage.versions.push(sageVersion('2024', 30, [dataset('D:\\Books\\Cafe.001'), dataset('not a path')]));
      o.configured.push(configured('D:\\Copy\\Shop.001', DIR, true));
    }));
    expect(codesOf(report)).toContain('path.mismatch');
    expect(codesOf(report)).not.toContain('path.stale-version');
  });

  it('a list that cannot be read adds nothing to the count of datasets', () => {
    const f = only(diagnose(sage((o) => o.sage.versions.push(unreadableVersion('2026', 32), sageVersion('2025', 31, [dataset(S25)])))), 'sage.found');
    expect(f.detail).toBe('Settings for versions 2026, 2025; 1 company dataset listed.');
  });
});
