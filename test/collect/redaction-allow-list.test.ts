import { describe, expect, it } from 'vitest';
import { MachineSnapshotSchema, type MachineSnapshot } from '../../src-shared/model/machine-snapshot-schema.js';
import { redactSnapshot } from '../../src-main/collect/redact-snapshot.js';
import { maskContacts } from '../../src-main/collect/redact-text.js';
import { checkSnapshot, machine } from '../support/check-machine.js';
import { verdict } from './support.js';

const QBW = 'C:\\Users\\Public\\Documents\\Intuit\\QuickBooks\\Company Files\\Harbour Cafe.QBW';
const NETWORK_QBW = 'Z:\\Pemberton Bakery\\Pemberton Bakery Ltd.QBW';
const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]).toString('base64');

/** An office PC whose snapshot names people, clients, servers and contacts everywhere a name can hide. */
function namedOffice(): MachineSnapshot {
  const s = machine('quickbooks-sync-app-stopped');
  s.host = { ...s.host, computerName: 'RECEPTION-MAGGIE', userName: 'Margaret.Okonkwo', userDomain: 'OKONKWOACCT' };
  const profile = 'C:\\Users\\Margaret.Okonkwo';
  s.env = {
    ...s.env,
    LOCALAPPDATA: `${profile}\\AppData\\Local`,
    APPDATA: `${profile}\\AppData\\Roaming`,
    USERPROFILE: profile,
    HOMEDRIVE: 'C:',
    HOMEPATH: '\\Users\\Margaret.Okonkwo',
    USERNAME: 'margaret.okonkwo',
    COMPUTERNAME: 'reception-maggie',
    USERDOMAIN: 'OkonkwoAcct',
    PSModulePath: 'C:\\Users\\Margaret.Okonkwo\\Documents\\WindowsPowerShell\\Modules;C:\\Program Files\\WindowsPowerShell\\Modules',
    ONEDRIVE: 'C:\\Users\\Margaret.Okonkwo\\OneDrive - Okonkwo Accountants',
  };
  s.drives = { ...s.drives, 'Z:': { kind: 'network', remote: '\\\\FINCHLEY-NAS\\Clients' } };
  const ini = s.files['C:\\Users\\sam\\AppData\\Local\\Intuit\\QuickBooks 2024\\QBWUSER.INI']!;
  delete s.files['C:\\Users\\sam\\AppData\\Local\\Intuit\\QuickBooks 2024\\QBWUSER.INI'];
  s.files[`${profile}\\AppData\\Local\\Intuit\\QuickBooks 2024\\QBWUSER.INI`] = {
    ...ini,
    text:
      '[QBW]\r\nLASTUSER=Dave Pemberton\r\nLastCompanyName=Pemberton Bakery Ltd\r\nRegisteredTo=margaret@okonkwo-accountants.co.uk\r\n' +
      `[MRUFILES_STANDARD_STRATUM]\r\nFILE1=${QBW}\r\nFILE2=${NETWORK_QBW}\r\nFILE3=Z:\\Finchley Florist\\Books.QBW;Z:\\Zed Dental\\Zed.QBW\r\n`,
  };
  s.files[NETWORK_QBW] = { size: 1000, mtime: '2026-11-19T17:00:00Z' };
  s.files[`${NETWORK_QBW}.ND`] = {
    base64: utf16('[NetConnect]\r\nServerIp=192.168.4.20\r\nServerName=FINCHLEY-NAS\r\nEngineName=QB_FINCHLEY-NAS_34\r\nFilePath=\\\\FINCHLEY-NAS\\Clients\\Pemberton Bakery\\Pemberton Bakery Ltd.QBW\r\nServerMode=1\r\nLastUser=dave.pemberton\r\n'),
  };
  s.files['C:\\ProgramData\\Sage\\Accounts\\2025\\COMPANY'] = {
    text: [
      'C:\\Sage Data\\Kestrel Joinery\\Company.000',
      '; Kestrel Joinery: ask Dave Pemberton (dave.pemberton@kestrel-joinery.co.uk) or call 01632 960123',
      'Harbour Cafe — owner on +44 20 7946 0958',
      '',
    ].join('\r\n'),
  };
  s.dirs = ['C:\\Users\\MARGAR~1\\Documents\\Okonkwo Private'];
  s.links = { 'C:\\Users\\MARGAR~1': profile, '\\\\?\\UNC\\FINCHLEY-NAS\\Clients': 'Z:\\' };
  s.denied = ['\\\\FINCHLEY-NAS\\Directors'];
  s.processes.push(
    { pid: 7001, name: 'QBW.exe', path: 'C:\\Program Files\\Intuit\\QuickBooks 2024\\QBW.exe', user: 'OKONKWOACCT\\dave.pemberton', sessionId: 2 },
    { pid: 7002, name: 'notepad.exe', path: 'C:\\Users\\DAVE~1.PEM\\AppData\\Local\\Temp\\notes.exe', user: 'dave.pemberton@okonkwo-accountants.co.uk', sessionId: 2 },
  );
  s.services.push({ name: 'QBCFMonitorService', displayName: 'Backups for MARGARET.OKONKWO of harbour cafe', state: 'running' });
  s.registry['HKCU\\Network\\Z'] = { RemotePath: '\\\\FINCHLEY-NAS\\Clients', UserName: 'OKONKWOACCT\\dave.pemberton', ProviderName: 'Microsoft Windows Network', ConnectionType: 1 };
  s.registry['HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{QB34}'] = {
    ...s.registry['HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{QB34}'],
    RegOwner: 'Margaret Okonkwo',
    RegCompany: 'Okonkwo Accountants',
    ProductID: '0123-4567-8901-234',
    LicenseNumber: '4455-6677-8899-001',
  };
  s.registry['HKLM\\SOFTWARE\\WOW6432Node\\Intuit\\QuickBooks\\34.0'] = { InstallPath: 'C:\\Program Files\\Intuit\\QuickBooks 2024\\', SerialNumber: 'SN-99887766', RegisteredOwner: 'Pemberton Bakery Ltd' };
  return MachineSnapshotSchema.parse(s);
}

const COMPANY_NAMES = ['Harbour Cafe', 'Pemberton Bakery Ltd', 'Zed Dental Practice'];
const NAMES = [
  'Margaret', 'Okonkwo', 'MAGGIE', 'dave', 'Pemberton', 'FINCHLEY', 'Harbour', 'Kestrel', 'Florist', 'Zed',
  'MARGAR~1', 'DAVE~1', '01632', '7946', '960123', '192.168', '0123-4567', '4455-6677', 'SN-99887766', 'okonkwo-accountants', 'kestrel-joinery',
];

/** Everything a bundle holds as text, file contents decoded. */
function allText(snapshot: MachineSnapshot, inputs: unknown): string {
  const decoded = Object.values(snapshot.files).map((f) => {
    if (f.base64 === undefined) return '';
    const bytes = Buffer.from(f.base64, 'base64');
    return bytes[0] === 0xff ? bytes.subarray(2).toString('utf16le') : bytes.toString('latin1');
  });
  return [JSON.stringify(snapshot), JSON.stringify(inputs), ...decoded].join('\n');
}

const inputs = { autoentryPaths: [NETWORK_QBW, QBW], syncAppLocation: 'Reception-Maggie' };
const redactOffice = () => redactSnapshot(namedOffice(), inputs, { companyNames: COMPANY_NAMES });

// Redacted inside each test (not in the describe body): mutation testing credits only work done in a test.
describe('a redacted bundle of an office full of names', () => {

  it('names nobody: no person, client, server, company, contact, address or serial survives, in any case', () => {
    const redacted = redactOffice();
    const text = allText(redacted.snapshot, redacted.inputs);
    for (const name of NAMES) expect(text.toLowerCase(), name).not.toContain(name.toLowerCase());
  });

  it('keeps only what the rules read of the registry and the parsed files', () => {
    const redacted = redactOffice();
    expect(Object.keys(redacted.snapshot.registry['HKCU\\Network\\Z']!)).toEqual(['RemotePath']);
    const uninstall = Object.keys(redacted.snapshot.registry).find((key) => /\\Uninstall\\Client-\d+$/.test(key))!;
    expect(Object.keys(redacted.snapshot.registry[uninstall]!).sort()).toEqual(['DisplayName', 'DisplayVersion', 'InstallLocation']);
    expect(redacted.snapshot.registry['HKLM\\SOFTWARE\\WOW6432Node\\Intuit\\QuickBooks\\34.0']).toEqual({});
    const ini = Object.entries(redacted.snapshot.files).find(([p]) => p.endsWith('QBWUSER.INI'))![1].text!;
    expect(ini).not.toMatch(/LASTUSER|LastCompanyName|RegisteredTo/i);
    expect(ini).toMatch(/^FILE3=Z:\\Client-\d+\\Client-\d+\.QBW;Z:\\Client-\d+\\Client-\d+\.QBW\r$/m);
    const company = redacted.snapshot.files['C:\\ProgramData\\Sage\\Accounts\\2025\\COMPANY']!.text!;
    expect(company.split('\r\n')).toEqual([expect.stringMatching(/^C:\\Sage Data\\Client-\d+\\Company\.000$/), '[line removed]', '[line removed]', '']);
    expect(redacted.snapshot.env['HOMEPATH']).toBe('\\Users\\user-1');
    expect(Object.keys(redacted.snapshot.env)).not.toContain('PSModulePath');
    expect(redacted.snapshot.services.at(-1)!.displayName).toMatch(/^Backups for user-1 of Client-\d+$/);
    expect(redacted.snapshot.env).toMatchObject({ USERNAME: 'user-1', COMPUTERNAME: 'PC-1', USERDOMAIN: 'DOMAIN-1' });
    expect(redacted.snapshot.processes.slice(-2).map((p) => p.user)).toEqual([expect.stringMatching(/^DOMAIN-1\\user-\d+$/), expect.stringMatching(/^user-\d+$/)]);
  });

  it('still diagnoses the same: same codes, same severities, same status', async () => {
    const original = namedOffice();
    const redacted = redactOffice();
    const before = await checkSnapshot(original, { autoentryPaths: inputs.autoentryPaths, syncAppLocation: inputs.syncAppLocation });
    const after = await checkSnapshot(MachineSnapshotSchema.parse(redacted.snapshot), { autoentryPaths: redacted.inputs.autoentryPaths, syncAppLocation: redacted.inputs.syncAppLocation! });
    expect(verdict(after)).toEqual(verdict(before));
    expect(after.status).toBe(before.status);
    expect(before.findings.length).toBeGreaterThan(2);
  });
});

describe('masking contacts in free text', () => {
  it('masks e-mail addresses and phone numbers but leaves dates, versions and short numbers', () => {
    expect(maskContacts('mail a.b-c@x-y.co.uk or call (01632) 960 123, +44 20 7946 0958, 07700-900123')).toBe('mail [e-mail] or call [phone], [phone], [phone]');
    const ordinary = 'QuickBooks 2024 34.0 R12, 2026-11-20 09:30, port 8019, 4.2.1, build 34.0.12345.678, 10.0.19045.1234';
    expect(maskContacts(ordinary)).toBe(ordinary);
  });
});
