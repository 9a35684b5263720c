import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MachineSnapshot } from '../../src-shared/model/machine-snapshot-schema.js';
import { collectSnapshot } from '../../src-main/collect/collect-snapshot.js';
import { redactSnapshot } from '../../src-main/collect/redact-snapshot.js';
import { isKnownName, isKnownWord, wordsOf } from '../../src-main/collect/redact-vocabulary.js';
import { createSnapshotHost } from '../../src-main/host/snapshot/snapshot-host.js';
import { checkSnapshot, machine } from '../support/check-machine.js';
import { fixtureMachinesWithInputs, verdict } from './support.js';

/** A made-up word that is on no list: what a person's, a company's or a client's name looks like to redaction. */
const SYLLABLES = ['har', 'bo', 'ur', 'kel', 'mo', 'zan', 'tri', 'vex', 'lu', 'dor', 'pem', 'ber', 'ton', 'qui', 'sa', 'ri', 'fen', 'wick'];
const word = fc
  .array(fc.constantFrom(...SYLLABLES), { minLength: 2, maxLength: 3 })
  .map((parts) => parts.join(''))
  .map((w) => `${w[0]!.toUpperCase()}${w.slice(1)}`)
  .filter((w) => !isKnownWord(w));
const personName = fc.array(word, { minLength: 1, maxLength: 2 }).map((words) => words.join(' '));

const FIELDS = [
  'user', 'computer', 'domain', 'os', 'client', 'quickbooksClient', 'autoentryClient', 'programFolder', 'windowsFolder', 'exeName', 'dllName', 'iniName',
  'registryKey', 'uninstallKey', 'process', 'processOwner', 'service', 'serviceAccount', 'iniSection', 'freeText', 'company', 'failure', 'autoentryPath',
] as const;
type Planted = Record<(typeof FIELDS)[number], string>;
const planted = fc.record(Object.fromEntries(FIELDS.map((field) => [field, personName])) as Record<(typeof FIELDS)[number], fc.Arbitrary<string>>);

/** The fixture machine with a name planted in every kind of field a snapshot has, each in a place the rules look at or beside one. */
function plant(base: MachineSnapshot, names: Planted): MachineSnapshot {
  // The machine's own user and computer are renamed everywhere they occur, paths included.
  const renamed = JSON.parse(
    JSON.stringify(base)
      .replace(new RegExp(`\\b${base.host.userName}\\b`, 'g'), names.user)
      .replace(new RegExp(`\\b${base.host.computerName}\\b`, 'g'), names.computer),
  ) as MachineSnapshot;
  const s: MachineSnapshot = { ...renamed, host: { ...renamed.host, userDomain: names.domain, os: `Windows 11 Pro ${names.os}` } };
  const ini = `C:\\Users\\${names.user}\\AppData\\Local\\Intuit\\QuickBooks 2024\\QBWUSER.INI`;
  s.files = {
    ...s.files,
    [`C:\\Clients\\${names.client}\\Notes\\${names.exeName}.exe`]: { size: 10 },
    [`C:\\QuickBooks ${names.quickbooksClient}\\Books\\${names.dllName}.dll`]: { size: 10 },
    [`C:\\AutoEntry ${names.autoentryClient}\\${names.iniName}.ini`]: { size: 10 },
    [`C:\\Program Files\\${names.programFolder}\\tool.exe`]: { size: 10 },
    [`D:\\Backup\\Windows\\${names.windowsFolder}\\x.dll`]: { size: 10 },
    [ini]: { text: `[${names.iniSection}]\r\nFILE1=C:\\x.QBW\r\n[MRUFILES]\r\nFILE1=C:\\Clients\\${names.client}\\Books.QBW\r\n` },
  };
  s.registry = {
    ...s.registry,
    [`HKCU\\Software\\${names.registryKey}\\Settings`]: { Owner: names.freeText },
    [`HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\${names.uninstallKey}`]: { DisplayName: `${names.uninstallKey} Tools`, InstallLocation: `C:\\Program Files\\${names.uninstallKey}` },
  };
  s.processes = [...s.processes, { pid: 99001, name: `${names.process}.exe`, path: `C:\\Program Files\\${names.process}\\${names.process}.exe`, user: `${names.domain}\\${names.processOwner}` }];
  s.services = [...s.services, { name: names.service, displayName: `${names.service} for ${names.freeText}`, state: 'running', account: `NT AUTHORITY\\${names.serviceAccount}` }];
  s.lookupFailures = [{ topic: 'services', what: 'the service list', kind: 'error', message: `sc exited with 5 for ${names.failure}` }];
  return s;
}

/** Every string of a snapshot a reader would see: values, map keys, and file contents decoded. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => [key, ...(key === 'base64' && typeof v === 'string' ? [Buffer.from(v, 'base64').toString('latin1'), Buffer.from(v, 'base64').toString('utf16le')] : allStrings(v))]);
  }
  return [];
}

const FIXTURES = fixtureMachinesWithInputs();

/**
 * A fixture with a stalled folder makes each of its checks wait the whole look-up deadline (5 s,
 * twice a run): it is planted a fixed number of times, so that the random pick of fixtures cannot
 * make the test's length a matter of luck.
 */
const stalls = (fixture: (typeof FIXTURES)[number]): boolean => Object.keys(machine(fixture.name).slow ?? {}).length > 0;
const QUICK = FIXTURES.filter((f) => !stalls(f));
const STALLED = FIXTURES.filter(stalls);

async function plantedNamesAreGoneAndVerdictKept(fixture: (typeof FIXTURES)[number], names: Planted): Promise<void> {
  const snapshot = plant(machine(fixture.name), names);
  const inputs = { autoentryPaths: [...fixture.autoentryPaths, `C:\\Data\\${names.autoentryPath}\\Company.000`], ...(fixture.syncAppLocation !== undefined && { syncAppLocation: fixture.syncAppLocation }) };
  const redacted = redactSnapshot(snapshot, inputs, { companyNames: [names.company] });
  const words = new Set(allStrings({ ...redacted.snapshot, inputs: redacted.inputs }).flatMap(wordsOf).map((w) => w.toLowerCase()));
  for (const [field, name] of Object.entries(names)) {
    for (const w of wordsOf(name)) expect(words.has(w.toLowerCase()), `${field}: ${name} in ${fixture.name}`).toBe(false);
  }
  const before = await checkSnapshot(snapshot, inputs);
  const after = await checkSnapshot(redacted.snapshot, redacted.inputs);
  expect(verdict(after)).toEqual(verdict(before));
  expect(after.status).toBe(before.status);
}

describe('redaction by vocabulary', () => {
  it('no planted name survives anywhere in a redacted bundle, and it still diagnoses the same (codes, severities, status)', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...QUICK), planted, plantedNamesAreGoneAndVerdictKept), { numRuns: 40 });
  });

  it('the same holds for a machine with a stalled folder (planted twice, each check waiting out its deadline)', async () => {
    expect(STALLED.length).toBeGreaterThan(0);
    await fc.assert(fc.asyncProperty(fc.constantFrom(...STALLED), planted, plantedNamesAreGoneAndVerdictKept), { numRuns: 2 });
  }, 120_000);

  it('every name a redacted bundle keeps is on the list: paths, registry keys, processes, services, the OS', () => {
    for (const fixture of FIXTURES) {
      const { snapshot } = redactSnapshot(machine(fixture.name), { autoentryPaths: fixture.autoentryPaths });
      const names = [
        ...Object.keys(snapshot.files).flatMap((p) => p.split('\\')),
        ...Object.keys(snapshot.registry).flatMap((k) => k.split('\\')),
        ...snapshot.processes.map((p) => p.name),
        ...snapshot.services.map((s) => s.name),
        snapshot.host.os ?? '',
      ].filter((name) => wordsOf(name).length > 0);
      for (const name of names) expect(isKnownName(name) || /^(?:Client|Name|user|PC|DOMAIN|SERVER)-\d+(?:\.[A-Za-z0-9]+)*$/.test(name), `${fixture.name}: ${name}`).toBe(true);
    }
  });

  it('a PC named SAGE keeps the Sage folders and diagnoses the same', async () => {
    const fixture = FIXTURES.find((f) => f.name === 'sage-stale-after-upgrade')!;
    const base = machine(fixture.name);
    const sage = JSON.parse(JSON.stringify(base).replace(new RegExp(base.host.computerName, 'g'), 'SAGE')) as MachineSnapshot;
    const redacted = redactSnapshot(sage, { autoentryPaths: fixture.autoentryPaths });
    expect(redacted.snapshot.host.computerName).toBe('PC-1');
    expect(Object.keys(redacted.snapshot.files).filter((p) => p.startsWith('C:\\ProgramData\\Sage\\Accounts\\')).length).toBeGreaterThan(0);
    const before = await checkSnapshot(sage, { autoentryPaths: fixture.autoentryPaths });
    const after = await checkSnapshot(redacted.snapshot, redacted.inputs);
    expect(verdict(after)).toEqual(verdict(before));
    expect(after.status).toBe(before.status);
  });

  it('Sync App patterns go through it too: a pattern that names a client is a pseudonym in the bundle', async () => {
    const collected = await collectSnapshot(createSnapshotHost(machine('sage-healthy')), { autoentryPaths: [], syncAppPatterns: ['AutoEntry', 'Pemberton Sync'] }, { timeoutMs: 5000, redact: true });
    expect(collected.checkInputs.syncAppPatterns).toEqual(['AutoEntry', expect.stringMatching(/^Client-\d+$/)]);
    const plain = await collectSnapshot(createSnapshotHost(machine('sage-healthy')), { autoentryPaths: [], syncAppPatterns: ['AutoEntry', 'Pemberton Sync'] }, { timeoutMs: 5000, redact: false });
    expect(plain.checkInputs.syncAppPatterns).toEqual(['AutoEntry', 'Pemberton Sync']);
  });
});
