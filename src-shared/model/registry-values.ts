import type { RegistryKey } from './system.js';
import { NETWORK_DRIVE_ROOT } from './registry-roots.js';

/** A value's text by name (any case: the registry's names are case-insensitive); the first such value counts. */
export function registryString(key: RegistryKey, name: string): string | undefined {
  // Asked three times per Uninstall key, hundreds of keys per PC (a thousand PCs in an office):
  // no array of entries, one lower-cased name, lengths compared before any lower-casing.
  const wanted = name.toLowerCase();
  const values = key.values;
  for (const valueName in values) {
    // Stryker disable next-line ConditionalExpression: a shortcut only — a name of another length never lower-cases to the one wanted.
    if (valueName.length !== wanted.length) continue;
    if (!Object.hasOwn(values, valueName) || valueName.toLowerCase() !== wanted) continue;
    const value = values[valueName];
    return typeof value === 'string' && value.length > 0 ? value : undefined;
  }
  return undefined;
}

/** Persistent drive mappings under HKCU\Network\<letter> (seen even when the check runs elevated). */
export function persistentDriveMappings(keys: readonly RegistryKey[]): Array<{ letter: string; remote: string }> {
  const prefix = `${NETWORK_DRIVE_ROOT.toLowerCase()}\\`;
  return keys.flatMap((key) => {
    const lower = key.key.toLowerCase();
    if (!lower.startsWith(prefix)) return [];
    const letter = key.key.slice(prefix.length);
    const remote = registryString(key, 'RemotePath');
    return /^[a-zA-Z]$/.test(letter) && remote ? [{ letter: `${letter.toUpperCase()}:`, remote }] : [];
  });
}

