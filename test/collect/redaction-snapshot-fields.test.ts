import { describe, expect, it } from 'vitest';
import { MACHINE_FORMAT, type MachineSnapshot } from '../../src-shared/model/machine-snapshot-schema.js';
import { redactRegistryValues } from '../../src-main/collect/redact-registry.js';
import { redactSnapshot } from '../../src-main/collect/redact-snapshot.js';

/**
 * The less common corners of a snapshot, each of which can carry a name: accounts with and
 * without a domain, service paths, slow folders, file contents in UTF-8 with a BOM or in ANSI,
 * registry values of every type, the company names from Settings, a Sync App on another PC.
 */
const UNINSTALL = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{QB34}';
const utf8Bom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]).toString('base64');

function receptionPc(): MachineSnapshot {
  return {
    format: MACHINE_FORMAT,
    capturedAt: '2026-11-20T09:30:00Z',
    host: { computerName: 'RECEPTION', userName: 'maggie', sessionId: 1 },
    env: { USERNAME: 'maggie', USER: '  ', COMPUTERNAME: '\\\\RECEPTION', USERPROFILE: 'C:\\Users\\maggie', userdomain: 'HOMEOFFICE' },
    drives: {},
    files: {
      'C:\\ProgramData\\Sage\\Accounts\\2025\\COMPANY': { base64: utf8Bom('C:\\Sage Data\\Harbour Cafe\\Company.000\r\n') },
      'C:\\ProgramData\\Sage\\Accounts\\2024\\COMPANY': { base64: Buffer.from('D:\\Café Rouge\\Company.000\r\n', 'latin1').toString('base64') },
    },
    slow: { '\\\\FILESRV\\Harbour Cafe': 4000 },
    processes: [
      { pid: 1, name: 'a.exe', user: 'maggie' },
      { pid: 2, name: 'b.exe', user: '.\\bob' },
      { pid: 3, name: 'c.exe', user: 'NT AUTHORITY\\SYSTEM' },
    ],
    services: [{ name: 'Backup', state: 'running', path: 'D:\\Harbour Cafe\\backup.exe', account: 'FINCHLEY\\maggie', displayName: 'Backups of Pemberton Bakery' }],
    registry: {
      [UNINSTALL]: { DisplayName: 'QuickBooks for Harbour Cafe', InstallLocation: ['C:\\Users\\maggie\\QB'], DisplayVersion: 34, Publisher: 'Intuit' },
      'HKCU\\Network\\Z': { RemotePath: '\\\\FILESRV\\Harbour Cafe', UserName: 'FINCHLEY\\maggie' },
      'HKLM\\SOFTWARE\\Sage\\Line 50': { Owner: 'Maggie', RemotePath: '\\\\FILESRV\\Harbour Cafe' },
    },
  } as MachineSnapshot;
}

const redact = () => redactSnapshot(receptionPc(), { autoentryPaths: [], syncAppLocation: 'FRONT-DESK' }, { companyNames: [' Pemberton Bakery ', '  '] });

describe('redacting the less common corners of a snapshot', () => {
  it('accounts: a bare user, a local one and a domain one get pseudonyms; a system account stays', () => {
    const { snapshot } = redact();
    expect(snapshot.processes.map((p) => p.user)).toEqual(['user-1', '.\\user-2', 'NT AUTHORITY\\SYSTEM']);
    expect(snapshot.services[0]!.account).toBe('DOMAIN-2\\user-1');
  });

  it('name variables become pseudonyms (keeping a leading \\\\), a blank one stays blank', () => {
    const { snapshot } = redact();
    // A domain named only here (in any case of the variable's name) still gets its pseudonym.
    expect(snapshot.env).toEqual({ USERNAME: 'user-1', USER: '  ', COMPUTERNAME: '\\\\PC-1', USERPROFILE: 'C:\\Users\\user-1', userdomain: 'DOMAIN-1' });
  });

  it('service paths, slow folders and the Sync App location are redacted', () => {
    const { snapshot, inputs } = redact();
    expect(snapshot.services[0]!.path).toMatch(/^D:\\Client-\d+\\backup\.exe$/);
    expect(Object.keys(snapshot.slow!)).toEqual([expect.stringMatching(/^\\\\SERVER-1\\Client-\d+$/)]);
    expect(Object.values(snapshot.slow!)).toEqual([4000]);
    expect(inputs).toEqual({ autoentryPaths: [], syncAppLocation: 'PC-2' });
  });

  it('file contents keep their encoding: UTF-8 with its mark, ANSI as ANSI', () => {
    const { snapshot } = redact();
    const bytes2025 = Buffer.from(snapshot.files['C:\\ProgramData\\Sage\\Accounts\\2025\\COMPANY']!.base64!, 'base64');
    expect([...bytes2025.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes2025.subarray(3).toString('utf8')).toMatch(/^C:\\Sage Data\\Client-\d+\\Company\.000\r\n$/);
    expect(snapshot.files['C:\\ProgramData\\Sage\\Accounts\\2025\\COMPANY']!.size).toBe(bytes2025.length);
    const ansi = Buffer.from(snapshot.files['C:\\ProgramData\\Sage\\Accounts\\2024\\COMPANY']!.base64!, 'base64').toString('latin1');
    expect(ansi).toMatch(/^D:\\Client-\d+\\Company\.000\r\n$/);
  });

  it('registry: only the values the rules read, text and lists redacted, numbers kept', () => {
    const { snapshot } = redact();
    // `{QB34}` is no GUID: the key's own name is not on the vocabulary either.
    const uninstall = Object.keys(snapshot.registry).find((key) => /\\Uninstall\\Client-\d+$/.test(key))!;
    expect(snapshot.registry[uninstall]).toEqual({ DisplayName: expect.stringMatching(/^QuickBooks for Client-\d+$/), InstallLocation: [expect.stringMatching(/^C:\\Users\\user-1\\Client-\d+$/)], DisplayVersion: 34 });
    expect(snapshot.registry['HKCU\\Network\\Z']).toEqual({ RemotePath: expect.stringMatching(/^\\\\SERVER-1\\Client-\d+$/) });
    expect(snapshot.registry['HKLM\\SOFTWARE\\Sage\\Line 50']).toEqual({});
  });

  it("the settings' company names are replaced in free text, blank ones ignored", () => {
    const { snapshot } = redact();
    expect(snapshot.services[0]!.displayName).toMatch(/^Backups of Client-\d+$/);
    const withoutBlank = redactSnapshot(receptionPc(), { autoentryPaths: [] }, { companyNames: ['Pemberton Bakery'] });
    const withBlank = redactSnapshot(receptionPc(), { autoentryPaths: [] }, { companyNames: ['  ', 'Pemberton Bakery'] });
    expect(withBlank).toEqual(withoutBlank);
  });

  it('a bundle made without check inputs carries none', () => {
    expect(redactSnapshot(receptionPc()).inputs).toEqual({ autoentryPaths: [] });
  });

  it("an Uninstall entry keeps exactly its name, version and folder, not look-alikes such as ParentDisplayName", () => {
    const values = { DisplayName: 'QuickBooks', ParentDisplayName: 'Harbour Cafe tools', DisplayName_Localized: 'Harbour Cafe', DisplayVersion: '34.0', InstallLocation: ['C:\\QB'], EstimatedSize: 5 };
    expect(redactRegistryValues(UNINSTALL, values, (_name, v) => `<${v}>`)).toEqual({ DisplayName: '<QuickBooks>', DisplayVersion: '<34.0>', InstallLocation: ['<C:\\QB>'] });
  });
});
