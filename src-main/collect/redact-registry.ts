import type { RegistryValue } from '../../src-shared/model/machine-snapshot-schema.js';
import { NETWORK_DRIVE_ROOT, UNINSTALL_ROOTS } from '../probes/registry-facts.js';

/**
 * The registry values the rules read, by the kind of key: an Uninstall entry's name, version
 * and install folder, a mapped drive's remote path. Every other value (the account a drive was
 * mapped with, licence and serial numbers, the registered owner…) is left out of a redacted
 * bundle; the keys themselves stay, since the rules read their names (versions of QuickBooks).
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
