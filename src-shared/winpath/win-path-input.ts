import { trimEndOf } from './trim-end.js';

/**
 * What a user pastes around a path, taken off before Windows' own rules apply.
 *
 * - Tabs, carriage returns and line feeds at either end (a copied line) and ASCII spaces before
 *   the path are never part of it: a name cannot contain a control character, and a full path
 *   starts with a drive letter or `\\`.
 * - Surrounding double quotes (as Explorer's "Copy as path" writes them) are removed.
 * - Trailing ASCII spaces are left alone: for an ordinary path Windows' last-name rule trims
 *   them, and in a `\\?\` path they belong to the name.
 * - Nothing else is trimmed: a no-break space (U+00A0) or any other Unicode space is a
 *   character of the name, as Windows reads it.
 */
export function unwrapPastedPath(input: string): { text: string; quoted: boolean } {
  let text = stripPasteEnds(input);
  let quoted = false;
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    text = stripPasteEnds(text.slice(1, -1));
    quoted = true;
  }
  return { text, quoted };
}

function stripPasteEnds(text: string): string {
  return trimEndOf(text.replace(/^[ \t\r\n]+/, ''), '\t\r\n');
}

/**
 * What settings and the command line keep of a typed or pasted path: ASCII whitespace around it
 * goes, except a `\\?\` path's trailing spaces, which belong to its last name. A no-break space
 * (or any other Unicode space) is never removed.
 */
export function tidyTypedPath(text: string): string {
  const kept = stripPasteEnds(text);
  return kept.startsWith('\\\\?\\') ? kept : trimEndOf(kept, ' ');
}
