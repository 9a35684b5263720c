import type { RegistryValue } from '../../src-shared/model/machine-snapshot-schema.js';
import { NETWORK_DRIVE_ROOT, UNINSTALL_ROOTS } from '../../src-shared/model/registry-roots.js';
import type { Pseudonyms } from './pseudonyms.js';
import { redactName } from './redact-path.js';

/**
 * The registry values the rules read, by the kind of key: an Uninstall entry's name, version
 * and install folder, a mapped drive's remote path. Every other value (the account a drive was
 * mapped with, licence and serial numbers, the registered owner…) is left out of a redacted
 * bundle. The keys' names go through the vocabulary (`redactRegistryKey`).
 */
export function keptRegistryValues(key: string): (name: string) => boolean {
  const lower = key.toLowerCase();
  if (UNINSTALL_ROOTS.some((root) => lower.startsWith(`${root.toLowerCase()}\\`))) {
    return (name) => /^(displayname|displayversion|installlocation)$/i.test(name);
  }
  if (lower.startsWith(`${NETWORK_DRIVE_ROOT.toLowerCase()}\\`)) return (name) => /^remotepath$/i.test(name);
  // Stryker disable next-line ArrowFunction: filter() reads undefined as false, the same answer.
  return () => false;
}

/** The registry values a redacted bundle keeps, each passed through `redact` when it is text. */
export function redactRegistryValues(key: string, values: Record<string, RegistryValue>, redact: (name: string, value: string) => string): Record<string, RegistryValue> {
  const kept = keptRegistryValues(key);
  return Object.fromEntries(
    Object.entries(values)
      .filter(([name]) => kept(name))
      .map(([name, value]) => [name, typeof value === 'string' ? redact(name, value) : Array.isArray(value) ? value.map((v) => redact(name, v)) : value]),
  );
}

/**
 * A key's path with each name through the vocabulary: `HKLM\SOFTWARE\Intuit\QuickBooks\34.0`
 * and `…\Uninstall\{GUID}` stay (the rules read QuickBooks' version from the name), a key named
 * after a person or a client (`HKCU\Software\Harbour Cafe`) gets its pseudonym.
 */
export function redactRegistryKey(key: string, pseudonyms: Pseudonyms): string {
  return key.split('\\').map((name) => redactName(name, pseudonyms)).join('\\');
}
