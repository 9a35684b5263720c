import { parseWinPath, winPathKey } from '../../src-shared/winpath/parse-win-path.js';

function key(path: string): string {
  const parsed = parseWinPath(path);
  return parsed.ok ? winPathKey(parsed.path) : path.trim().toLowerCase();
}

/** The same spelling as Windows reads it: case, separators, a trailing `\` and `.`/`..` aside (no drive mapping). */
export function samePathText(a: string, b: string): boolean {
  return key(a) === key(b);
}
