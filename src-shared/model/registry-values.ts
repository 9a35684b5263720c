import type { RegistryKey } from './system.js';
import { NETWORK_DRIVE_ROOT } from './registry-roots.js';
import { rememberedByText } from './text-memo.js';

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
  // Every registry key the probes read (hundreds a PC): one loop, no array per key, whether a key
  // is below HKCU\Network worked out once per key name (an office's PCs share most).
  const mappings: Array<{ letter: string; remote: string }> = [];
  for (const key of keys) {
    if (!isBelowNetworkRoot(key.key)) continue;
    const letter = key.key.slice(NETWORK_PREFIX.length);
    const remote = registryString(key, 'RemotePath');
    if (/^[a-zA-Z]$/.test(letter) && remote) mappings.push({ letter: `${letter.toUpperCase()}:`, remote });
  }
  return mappings;
}

const NETWORK_PREFIX = `${NETWORK_DRIVE_ROOT.toLowerCase()}\\`;
const isBelowNetworkRoot = rememberedByText((key: string): boolean => key.toLowerCase().startsWith(NETWORK_PREFIX));

