import type { InstalledProgram, RegistryKey } from '../../src-shared/model/system.js';

/** The registry roots every probe needs, read in one call. */
export const UNINSTALL_ROOTS = [
  'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall',
  'HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall',
  'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall',
] as const;
export const NETWORK_DRIVE_ROOT = 'HKCU\\Network';
export const INTUIT_ROOTS = ['HKLM\\SOFTWARE\\Intuit', 'HKLM\\SOFTWARE\\WOW6432Node\\Intuit'] as const;
export const SAGE_ROOTS = ['HKLM\\SOFTWARE\\Sage', 'HKLM\\SOFTWARE\\WOW6432Node\\Sage'] as const;
export const PROBE_REGISTRY_ROOTS = [...UNINSTALL_ROOTS, NETWORK_DRIVE_ROOT, ...INTUIT_ROOTS, ...SAGE_ROOTS];

/** A value's text by name (any case: the registry's names are case-insensitive); the first such value counts. */
function stringValue(key: RegistryKey, name: string): string | undefined {
  // Asked three times per Uninstall key, hundreds of keys per PC (a thousand PCs in an office):
  // no array of entries, one lower-cased name, lengths compared before any lower-casing.
  const wanted = name.toLowerCase();
  const values = key.values;
  for (const valueName in values) {
    if (valueName.length !== wanted.length || !Object.hasOwn(values, valueName) || valueName.toLowerCase() !== wanted) continue;
    const value = values[valueName];
    return typeof value === 'string' && value.length > 0 ? value : undefined;
  }
  return undefined;
}

/** Programs listed under the Uninstall keys (both registry views and the user's own). */
export function installedPrograms(keys: readonly RegistryKey[]): InstalledProgram[] {
  const roots = UNINSTALL_ROOTS.map((r) => `${r.toLowerCase()}\\`);
  return keys.flatMap((key) => {
    const lower = key.key.toLowerCase();
    const root = roots.find((r) => lower.startsWith(r));
    if (!root || lower.slice(root.length).includes('\\')) return [];
    const displayName = stringValue(key, 'DisplayName');
    if (!displayName) return [];
    const program: InstalledProgram = { displayName, registryKey: key.key };
    const version = stringValue(key, 'DisplayVersion');
    const installLocation = stringValue(key, 'InstallLocation');
    if (version) program.version = version;
    if (installLocation) program.installLocation = installLocation;
    return [program];
  });
}

/** Persistent drive mappings under HKCU\Network\<letter> (seen even when the check runs elevated). */
export function persistentDriveMappings(keys: readonly RegistryKey[]): Array<{ letter: string; remote: string }> {
  const prefix = `${NETWORK_DRIVE_ROOT.toLowerCase()}\\`;
  return keys.flatMap((key) => {
    const lower = key.key.toLowerCase();
    if (!lower.startsWith(prefix)) return [];
    const letter = key.key.slice(prefix.length);
    const remote = stringValue(key, 'RemotePath');
    return /^[a-zA-Z]$/.test(letter) && remote ? [{ letter: `${letter.toUpperCase()}:`, remote }] : [];
  });
}

export { stringValue as registryString };
