import { parseIniText } from './ini-text.js';

/**
 * The recently opened company files of a QBWUSER.INI: every section whose name starts
 * `MRUFILES`, keys `FILE1`, `FILE2`, … (FILE1 is the most recent). Sections keep their order;
 * within one, entries are sorted by number.
 */
export function parseRecentFiles(text: string): string[] {
  const files: string[] = [];
  for (const section of parseIniText(text)) {
    if (!section.name.toUpperCase().startsWith('MRUFILES')) continue;
    const numbered = section.entries
      .map((e) => ({ n: /^FILE(\d+)$/i.exec(e.key)?.[1], value: e.value }))
      .filter((e): e is { n: string; value: string } => e.n !== undefined && e.value.length > 0)
      .sort((a, b) => Number(a.n) - Number(b.n));
    for (const e of numbered) files.push(e.value);
  }
  return files;
}
