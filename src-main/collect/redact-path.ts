import type { Pseudonyms } from './pseudonyms.js';
import { isKnownName, isKnownWord, wordsOf } from './redact-vocabulary.js';

/** The extensions kept on a replaced name (`Smith Ltd.QBW.ND` → `Client-1.QBW.ND`): a run of known short words after the stem. */
const KEPT_EXTENSIONS = /((?:\.[A-Za-z0-9]{1,4})+)$/;

function keptExtension(name: string): string {
  const run = KEPT_EXTENSIONS.exec(name)?.[1] ?? '';
  // Only the trailing parts that are known words: `Harbour.Cafe.exe` keeps `.exe`, not `.Cafe.exe`.
  const parts = run.split('.').slice(1);
  let kept = '';
  for (let i = parts.length - 1; i >= 0 && isKnownWord(parts[i]!); i--) kept = `.${parts[i]}${kept}`;
  return kept;
}

/**
 * A name as a redacted bundle may show it: kept when it is made only of known words
 * (`redact-vocabulary.ts`) — whatever else the bundle named that way, so a PC called `SAGE` does
 * not turn the `Sage` folder into its pseudonym — or when it has no letter or digit at all;
 * otherwise its pseudonym, keeping a known extension (`Client-1.QBW`).
 */
export function redactName(name: string, pseudonyms: Pseudonyms): string {
  if (wordsOf(name).length === 0 || isKnownName(name)) return name;
  const known = pseudonyms.known(name);
  if (known !== undefined) return known;
  const extension = keptExtension(name);
  const stem = name.slice(0, name.length - extension.length);
  if (wordsOf(stem).length === 0 || isKnownName(stem)) return name;
  return `${pseudonyms.known(stem) ?? pseudonyms.of(stem, 'folder')}${extension}`;
}

/** A path is a drive path, a UNC path, a rooted path (`\Users\…`, as HOMEPATH), `%VAR%\…` or a POSIX absolute path. */
export function looksLikePath(text: string): boolean {
  return /^[A-Za-z]:[\\/]/.test(text) || /^\\\\[^\\]/.test(text) || /^\\[^\\]/.test(text) || /^%[A-Za-z0-9_()]+%[\\/]/.test(text) || /^\/[^/]/.test(text);
}

/** `C:\A;D:\B`: a list of paths joined by `;`, each redacted on its own. */
export function redactPathList(text: string, pseudonyms: Pseudonyms): string {
  return text
    .split(/(;)/)
    .map((part) => (part === ';' || part.trim() === '' ? part : looksLikePath(part.trim()) ? redactPaddedPath(part, pseudonyms) : `${pseudonyms.of(part.trim(), 'folder')}`))
    .join('');
}

/** A path with spaces around it (a padded value, `A; B`): the spaces stay outside its first and last names. */
export function redactPaddedPath(text: string, pseudonyms: Pseudonyms): string {
  const trimmed = text.trim();
  const start = text.indexOf(trimmed);
  return `${text.slice(0, start)}${redactPath(trimmed, pseudonyms)}${text.slice(start + trimmed.length)}`;
}

/**
 * Replaces every identifying name in a path, keeping its separators and shape: UNC server
 * names become `SERVER-n` (or the computer's pseudonym), user and client folders their pseudonyms.
 */
export function redactPath(path: string, pseudonyms: Pseudonyms): string {
  // Win32 long-path forms keep their prefix: `\\?\C:\…`, `\\?\UNC\SERVER\share\…`.
  const long = /^(\\\\[?.]\\(?:UNC\\)?)(.*)$/i.exec(path);
  if (long) {
    const rest = long[2]!;
    if (/UNC\\$/i.test(long[1]!)) {
      const [server = '', ...tail] = rest.split('\\');
      const pseudonym = server === '' ? '' : (pseudonyms.known(server) ?? pseudonyms.of(server, 'server'));
      return `${long[1]}${pseudonym}${tail.length > 0 ? redactSegments(`\\${tail.join('\\')}`, pseudonyms) : ''}`;
    }
    return `${long[1]}${redactSegments(rest, pseudonyms)}`;
  }
  const unc = /^(\\\\|\/\/)([^\\/]+)(.*)$/.exec(path);
  if (unc) {
    const server = pseudonyms.known(unc[2]!) ?? pseudonyms.of(unc[2]!, 'server');
    return `${unc[1]}${server}${redactSegments(unc[3]!, pseudonyms)}`;
  }
  return redactSegments(path, pseudonyms);
}

/** Every name of a path through the vocabulary, wherever it stands (no folder exempts what is below it). */
function redactSegments(path: string, pseudonyms: Pseudonyms): string {
  return path
    .split(/([\\/])/)
    .map((part) => (part === '\\' || part === '/' ? part : redactName(part, pseudonyms)))
    .join('');
}
