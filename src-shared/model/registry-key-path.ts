/** Registry key paths, spelled the one way and compared by whole segments (pure: every host and the snapshot share it). */

const HIVE_ALIASES: Record<string, string> = {
  HKEY_LOCAL_MACHINE: 'HKLM',
  HKEY_CURRENT_USER: 'HKCU',
  HKEY_USERS: 'HKU',
  HKEY_CLASSES_ROOT: 'HKCR',
};

/** A root spelled the one way: abbreviated hive, backslashes, no trailing backslash. */
export function normaliseRoot(root: string): string {
  const parts = root.replace(/\//g, '\\').replace(/\\+$/, '').split('\\');
  // Stryker disable next-line StringLiteral: split() returns at least one part, so the `?? ''` (for the type checker) never applies.
  const hive = (parts[0] ?? '').toUpperCase();
  return [HIVE_ALIASES[hive] ?? hive, ...parts.slice(1)].join('\\');
}

/** `key` is `root` or below it (whole segments, case-insensitive). */
export function isAtOrBelow(key: string, root: string): boolean {
  const k = normaliseRoot(key).toLowerCase();
  const r = normaliseRoot(root).toLowerCase();
  return k === r || k.startsWith(`${r}\\`);
}

/** Whether every root asked for lies at or below one of those already read. */
export function rootsCovered(asked: readonly string[], read: readonly string[]): boolean {
  return asked.every((root) => read.some((done) => isAtOrBelow(root, done)));
}
