import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InstalledProgram, RegistryKey } from '../../src-shared/model/system.js';
import { installedPrograms } from '../../src-main/probes/registry-facts.js';
import { registryString } from '../../src-shared/model/registry-values.js';
import { UNINSTALL_ROOTS } from '../../src-shared/model/registry-roots.js';

/** The rule, spelled plainly: a key directly under an Uninstall root, with a DisplayName; each value read as `registryString` reads it. */
function byTheRule(keys: readonly RegistryKey[]): InstalledProgram[] {
  return keys.flatMap((key) => {
    const root = UNINSTALL_ROOTS.find((r) => key.key.toLowerCase().startsWith(`${r.toLowerCase()}\\`));
    if (!root || key.key.toLowerCase().slice(root.length + 1).includes('\\')) return [];
    const displayName = registryString(key, 'DisplayName');
    if (!displayName) return [];
    const program: InstalledProgram = { displayName, registryKey: key.key };
    const version = registryString(key, 'DisplayVersion');
    const installLocation = registryString(key, 'InstallLocation');
    if (version) program.version = version;
    if (installLocation) program.installLocation = installLocation;
    return [program];
  });
}

const valueName = fc.oneof(
  fc.constantFrom('DisplayName', 'displayname', 'DISPLAYNAME', 'DisplayVersion', 'displayVERSION', 'InstallLocation', 'installlocation', 'Publisher', 'EstimatedSize', 'DisplayNamE', 'İnstallLocation', 'DisplayNam', 'InstallLocatioN'),
  fc.string({ maxLength: 16 }),
);
const value = fc.oneof(fc.string({ maxLength: 6 }), fc.constant(''), fc.integer(), fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }));
const keyName = fc.oneof(
  fc.tuple(fc.constantFrom(...UNINSTALL_ROOTS, 'HKLM\\SOFTWARE\\Sage', 'hklm\\software\\microsoft\\windows\\currentversion\\uninstall'), fc.constantFrom('', '\\', '\\{1}', '\\Sage 50', '\\a\\b', '\\Ünï')).map(([r, t]) => r + t),
  fc.string({ maxLength: 20 }),
);
const registryKey = fc.record({ key: keyName, values: fc.dictionary(valueName, value, { maxKeys: 6 }) });

describe('installedPrograms', () => {
  it('lists what the rule lists, in order, for any keys (values in any case, first match counts, empty or non-text values ignored)', () => {
    fc.assert(
      fc.property(fc.array(registryKey, { maxLength: 8 }), (keys) => {
        expect(installedPrograms(keys)).toEqual(byTheRule(keys));
      }),
      { numRuns: 1000 },
    );
  });

  it('takes the first of two spellings of a value name', () => {
    const key: RegistryKey = { key: `${UNINSTALL_ROOTS[0]}\\X`, values: { displayname: '', DisplayName: 'Second', DISPLAYVERSION: '2.0', displayVersion: '3.0' } };
    expect(installedPrograms([key])).toEqual([]);
    const other: RegistryKey = { key: `${UNINSTALL_ROOTS[2]}\\Y`, values: { DisplayName: 'First', displayname: 'Second', DISPLAYVERSION: '2.0', displayVersion: '3.0', InstallLocation: 7 } };
    expect(installedPrograms([other])).toEqual([{ displayName: 'First', registryKey: other.key, version: '2.0' }]);
  });
});
