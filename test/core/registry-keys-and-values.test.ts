import { describe, expect, it } from 'vitest';
import { isAtOrBelow, normaliseRoot, rootsCovered } from '../../src-shared/model/registry-key-path.js';
import { persistentDriveMappings, registryString } from '../../src-shared/model/registry-values.js';
import type { RegistryKey } from '../../src-shared/model/system.js';

// Registry key paths as Windows spells them (reg.exe and PowerShell accept the full and the
// abbreviated hive names, either slash, any case: https://learn.microsoft.com/windows-server/administration/windows-commands/reg-query)
// and the values the checks read from them (spec/machine-snapshot.md, `registry`).

describe('a registry root spelled the one way', () => {
  it('abbreviates the hive, whatever its case; backslashes; no trailing backslash', () => {
    expect(normaliseRoot('HKEY_LOCAL_MACHINE\\SOFTWARE\\Sage')).toBe('HKLM\\SOFTWARE\\Sage');
    expect(normaliseRoot('hkey_current_user/Network/S')).toBe('HKCU\\Network\\S');
    expect(normaliseRoot('hklm\\SOFTWARE\\Intuit\\\\')).toBe('HKLM\\SOFTWARE\\Intuit');
    expect(normaliseRoot('HKEY_USERS\\S-1-5-21\\Network')).toBe('HKU\\S-1-5-21\\Network');
    expect(normaliseRoot('HKEY_CLASSES_ROOT\\.qbw')).toBe('HKCR\\.qbw');
  });
});

describe('a key at or below a root', () => {
  it('compares whole segments, without case, across spellings', () => {
    expect(isAtOrBelow('HKLM\\SOFTWARE\\Sage', 'HKEY_LOCAL_MACHINE\\software\\sage\\')).toBe(true);
    expect(isAtOrBelow('HKLM\\SOFTWARE\\Sage\\Accounts\\2025', 'HKLM\\SOFTWARE\\Sage')).toBe(true);
    expect(isAtOrBelow('HKLM\\SOFTWARE\\SageX', 'HKLM\\SOFTWARE\\Sage')).toBe(false);
    expect(isAtOrBelow('HKLM\\SOFTWARE', 'HKLM\\SOFTWARE\\Sage')).toBe(false);
    expect(isAtOrBelow('HKCU\\SOFTWARE\\Sage', 'HKLM\\SOFTWARE\\Sage')).toBe(false);
  });

  it('roots already read cover those asked for only when each one lies at or below one of them', () => {
    const read = ['HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall', 'HKCU\\Software'];
    expect(rootsCovered(['HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall', 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall'], read)).toBe(true);
    expect(rootsCovered(['HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall', 'HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall'], read)).toBe(false);
    expect(rootsCovered(['HKLM\\SOFTWARE'], read)).toBe(false);
    expect(rootsCovered([], read)).toBe(true);
  });
});

describe('a value\'s text', () => {
  it('is found by name in any case (not by a name of the same length); the first such value counts; empty or not text is no text', () => {
    const key: RegistryKey = { key: 'HKLM\\X', values: { DisplayIcon: 'C:\\Program Files (x86)\\Sage\\Accounts\\Sage.exe', Publisher: 'Sage (UK) Limited', displayname: 'Sage 50 Accounts', DisplayName: 'later', EstimatedSize: 1024, Empty: '' } };
    expect(registryString(key, 'DisplayName')).toBe('Sage 50 Accounts');
    expect(registryString(key, 'PUBLISHER')).toBe('Sage (UK) Limited');
    expect(registryString(key, 'EstimatedSize')).toBeUndefined();
    expect(registryString(key, 'Empty')).toBeUndefined();
    expect(registryString(key, 'InstallLocation')).toBeUndefined();
  });

  it('reads the key\'s own values only, never one its values object inherits', () => {
    const values = Object.create({ DisplayName: 'inherited' }) as Record<string, string>;
    values['Publisher'] = 'Intuit';
    expect(registryString({ key: 'HKLM\\X', values }, 'DisplayName')).toBeUndefined();
  });
});

describe('persistent drive mappings', () => {
  it('one a letter directly under HKCU\\Network that has a RemotePath', () => {
    const keys: RegistryKey[] = [
      { key: 'HKCU\\Network\\s', values: { RemotePath: '\\\\FILESRV\\Accounts', UserName: '' } },
      { key: 'HKCU\\Network\\T', values: { UserName: 'jane' } },
      { key: 'HKCU\\Network\\AB', values: { RemotePath: '\\\\FILESRV\\Two' } },
      { key: 'HKCU\\Network\\U\\Sub', values: { RemotePath: '\\\\FILESRV\\Sub' } },
      { key: 'HKLM\\Network\\V', values: { RemotePath: '\\\\FILESRV\\Machine' } },
      { key: 'HKCU\\Network\\W', values: { RemotePath: '' } },
    ];
    expect(persistentDriveMappings(keys)).toEqual([{ letter: 'S:', remote: '\\\\FILESRV\\Accounts' }]);
  });
});
