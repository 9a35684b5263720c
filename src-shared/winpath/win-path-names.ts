import { trimEndOf } from './trim-end.js';

/**
 * The names below a path's root, by Windows' documented normalisation (GetFullPathNameW; see
 * "File path formats on Windows systems", sections "Evaluate relative components" and "Trim
 * characters"):
 *
 * - runs of separators count as one;
 * - `.` is dropped and `..` drops the name before it, never climbing above the root;
 * - a name followed by a separator loses one final period when it ends in a single period
 *   (`a.` → `a`); `...` and `a..` are names and stay as they are;
 * - the last name, when the path does not end in a separator, loses all its trailing periods
 *   and spaces, and vanishes when nothing is left (`C:\a\...` is `C:\a`);
 * - so `C:\Sage \Company.000` keeps the space in `Sage `, and `C:\Sage \` names `Sage `.
 *
 * A `\\?\` path skips all of this: its names are taken literally.
 */

export type NamesParse =
  | { ok: true; names: string[]; dots: boolean; trimmed: boolean; trailingSeparator: boolean }
  | { ok: false; problem: 'invalid-character' | 'empty-name' | 'slash' };

/** Characters Windows allows in no file or folder name (and control characters). */
export const INVALID_NAME_CHARS = /[<>:"|?*\u0000-\u001f]/;

/** Ordinary (normalised) names below the root; `rest` uses `\` only. */
export function normaliseNames(rest: string): NamesParse {
  const raw = rest.split('\\');
  const trailingSeparator = rest.endsWith('\\');
  let lastNamed = raw.length - 1;
  while (raw[lastNamed] === '') lastNamed--;
  const names: string[] = [];
  let dots = false;
  let trimmed = false;
  for (let i = 0; i < raw.length; i++) {
    const part = raw[i]!;
    if (part === '.' || part === '..') {
      dots = true;
      if (part === '..') names.pop();
      continue;
    }
    const isLast = i === lastNamed && !trailingSeparator;
    const name = isLast ? trimEndOf(part, '. ') : part.replace(/(?<=[^.])\.$/, '');
    if (name !== part) trimmed = true;
    if (name === '') continue;
    if (INVALID_NAME_CHARS.test(name)) return { ok: false, problem: 'invalid-character' };
    names.push(name);
  }
  return { ok: true, names, dots, trimmed, trailingSeparator: trailingSeparator && lastNamed >= 0 };
}

/** The names of a `\\?\` path, literally: only `\` separates, and one final `\` is allowed. */
export function literalNames(rest: string): NamesParse {
  if (rest === '') return { ok: true, names: [], dots: false, trimmed: false, trailingSeparator: false };
  const trailingSeparator = rest.endsWith('\\');
  const raw = (trailingSeparator ? rest.slice(0, -1) : rest).split('\\');
  for (const name of raw) {
    if (name === '') return { ok: false, problem: 'empty-name' };
    if (name.includes('/')) return { ok: false, problem: 'slash' };
    if (INVALID_NAME_CHARS.test(name)) return { ok: false, problem: 'invalid-character' };
  }
  return { ok: true, names: raw, dots: false, trimmed: false, trailingSeparator };
}

/** A name ending in a single period (one pattern object for every call: a literal makes one each time). */
const ENDS_IN_ONE_PERIOD = /(?:^|[^.])\.$/;

/**
 * Whether the ordinary spelling of this name reads back as the same name. `.`, `..` and a name
 * ending in a single period only exist literally (through `\\?\`).
 */
export function survivesNormalisation(name: string): boolean {
  return name !== '..' && !ENDS_IN_ONE_PERIOD.test(name);
}

