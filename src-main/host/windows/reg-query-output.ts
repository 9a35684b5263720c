import type { RegistryKey } from '../../../src-shared/model/system.js';
import type { RegistryValue } from '../../../src-shared/model/machine-snapshot-schema.js';

/** How `reg query` spells the default value's name in Windows display languages. */
const DEFAULT_VALUE_NAMES = new Set([
  '(default)', '(standard)', '(par défaut)', '(predeterminado)', '(predefinito)', '(standaard)',
  '(padrão)', '(predefinição)', '(domyślna)', '(výchozí)', '(standardwert)', '(по умолчанию)',
]);

const HIVE_ABBREVIATIONS: Record<string, string> = {
  HKEY_LOCAL_MACHINE: 'HKLM',
  HKEY_CURRENT_USER: 'HKCU',
  HKEY_USERS: 'HKU',
  HKEY_CLASSES_ROOT: 'HKCR',
  HKEY_CURRENT_CONFIG: 'HKCC',
};

/** `HKEY_LOCAL_MACHINE\SOFTWARE\…` → `HKLM\SOFTWARE\…`. */
export function abbreviateHive(key: string): string {
  // Splitting a string on a separator always gives at least one part.
  const [hive, ...rest] = key.split('\\') as [string, ...string[]];
  const short = HIVE_ABBREVIATIONS[hive.toUpperCase()] ?? hive;
  return [short, ...rest].join('\\');
}

function valueOf(type: string, data: string): RegistryValue | undefined {
  switch (type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      return data;
    case 'REG_DWORD':
    case 'REG_QWORD': {
      const number = Number(data); // Number() ignores the spaces around it
      return Number.isFinite(number) ? number : undefined;
    }
    case 'REG_MULTI_SZ':
      // Empty data splits to [''], which the filter empties: no list.
      return data.split('\\0').filter((part, index, all) => part !== '' || index < all.length - 1);
  }
  return undefined; // binary and other kinds: no rule reads them
}

/**
 * Parses `reg query <key> /s`: key lines start at the margin with a hive name; value lines are
 * indented and split on the `REG_*` type token (names may hold spaces); `(Default)` in any
 * language becomes the default value `""`.
 */
export function parseRegQuery(text: string): RegistryKey[] {
  const keys: RegistryKey[] = [];
  let current: RegistryKey | undefined;
  for (const rawLine of text.split(/\r?\n/)) {
    // A blank line matches neither a key nor a value, so it needs no test of its own.
    const line = rawLine.replace(/\s+$/, '');
    if (/^HKEY_[A-Z_]+(\\|$)/i.test(line)) {
      current = { key: abbreviateHive(line), values: {} };
      keys.push(current);
      continue;
    }
    const value = /^\s+(.*?)\s{2,}(REG_[A-Z_]+)(?:\s{2,}(.*))?$/.exec(line) ?? /^\s+(.*?)\s+(REG_[A-Z_]+)(?:\s+(.*))?$/.exec(line);
    if (!value || current === undefined) continue;
    const rawName = value[1]!;
    const name = DEFAULT_VALUE_NAMES.has(rawName.toLowerCase()) ? '' : rawName;
    const parsed = valueOf(value[2]!, value[3] ?? '');
    if (parsed !== undefined) current.values[name] = parsed;
  }
  return keys;
}
