/**
 * The 8.3 short name `dir /x` shows for an entry, or undefined when it has none (its long name
 * already fits 8.3). Each entry line ends with the long name, the short name before it:
 * ` 12/1/2026   2:37 AM  <DIR>         SAGE~4Z4     Sage Data Files` (Wine hashes short names;
 * Windows numbers them, `SAGEDA~1`).
 */
export function shortNameIn(dirOutput: string, longName: string): string | undefined {
  for (const line of dirOutput.split(/\r?\n/)) {
    const trimmed = line.replace(/\s+$/, '');
    if (!trimmed.toLowerCase().endsWith(` ${longName.toLowerCase()}`)) continue;
    const before = trimmed.slice(0, trimmed.length - longName.length).trim().split(/\s+/).pop() ?? '';
    if (before.includes('~')) return before;
  }
  return undefined;
}
