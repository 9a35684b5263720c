import type { RegistryValue } from '../../../src-shared/model/machine-snapshot-schema.js';
import type { EmulatedPc } from './emulated-pc.js';

/**
 * The registry as a tree: the snapshot's keys (subkeys implied by longer keys) plus the keys
 * every Windows has. Names compared case-insensitively, kept as spelled.
 */
export interface RegistryTree {
  exists(key: string): boolean;
  /** The key's own spelling and values. */
  values(key: string): Record<string, RegistryValue>;
  /** Full names of the direct subkeys, in registry order (alphabetical, case-insensitive). */
  subkeys(key: string): string[];
  spelling(key: string): string;
}

const ALWAYS_THERE = [
  'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall',
  'HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall',
  'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion',
  'HKU',
  'HKCR',
];

export function registryTree(pc: EmulatedPc): RegistryTree {
  const registry = pc.registry();
  const spelled = new Map<string, string>();
  const children = new Map<string, Map<string, string>>();
  const add = (key: string) => {
    const parts = key.split('\\');
    for (let n = 1; n <= parts.length; n += 1) {
      const full = parts.slice(0, n).join('\\');
      const lower = full.toLowerCase();
      if (!spelled.has(lower)) spelled.set(lower, full);
      if (n > 1) {
        const parent = parts.slice(0, n - 1).join('\\').toLowerCase();
        if (!children.has(parent)) children.set(parent, new Map());
        children.get(parent)!.set(lower, spelled.get(lower)!);
      }
    }
  };
  for (const key of [...ALWAYS_THERE, ...Object.keys(registry)]) add(key);
  const valuesByKey = new Map(Object.entries(registry).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    exists: (key) => spelled.has(key.toLowerCase()),
    values: (key) => ({ ...(valuesByKey.get(key.toLowerCase()) ?? {}) }),
    subkeys: (key) => [...(children.get(key.toLowerCase())?.values() ?? [])].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())),
    spelling: (key) => spelled.get(key.toLowerCase()) ?? key,
  };
}
