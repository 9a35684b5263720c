import type { Pseudonyms } from './pseudonyms.js';
import { looksLikePath, redactPaddedPath, redactPathList } from './redact-path.js';
import { winUpcase } from '../../src-shared/winpath/win-case.js';
import { isKnownName, isKnownWord } from './redact-vocabulary.js';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
/**
 * A run that reads as a phone number: 9 digits or more with spaces, dashes or brackets between
 * them (not dots, so a version such as 34.0.12345.67 is never taken for one).
 */
const PHONE = /(?<![\w.])(?:\+\d{1,3}[\s-]?)?(?:\(\d{1,5}\)[\s-]?)?\d(?:[\s-]?\d){4,}(?![\w.])/g;
const DATE_LIKE = /^\d{4}-\d\d-\d\d/;

/** E-mail addresses and phone numbers, masked wherever they appear. */
export function maskContacts(text: string): string {
  return text.replace(EMAIL, '[e-mail]').replace(PHONE, (run) => (DATE_LIKE.test(run) || run.replace(/\D/g, '').length < 9 ? run : '[phone]'));
}

/**
 * Free text with every name met so far (users, computers, servers, clients, company names from
 * the settings) replaced by its pseudonym, in any case, and contacts masked; then every word left
 * that is not on the vocabulary (`redact-vocabulary.ts`) replaced by a pseudonym of its own.
 * Names shorter than three characters, and names made of known words (a PC called `SAGE`), are
 * not looked for: they would match inside ordinary words, or turn product names into pseudonyms.
 */
export function redactFreeText(text: string, pseudonyms: Pseudonyms): string {
  let out = maskContacts(text);
  for (const name of pseudonyms.names().sort((a, b) => b.length - a.length)) {
    if (name.trim().length < 3 || isKnownName(name)) continue;
    const pseudonym = pseudonyms.known(name);
    if (pseudonym !== undefined) out = out.replace(new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`, 'gi'), pseudonym);
  }
  return out.replace(/[\p{L}\p{N}]+/gu, (word) => (isKnownWord(word) ? word : pseudonyms.known(word) ?? pseudonyms.of(word, 'word')));
}

/** A string value: a path (or `;`-joined paths) is redacted as such, anything else as free text. */
export function redactValue(text: string, pseudonyms: Pseudonyms): string {
  const trimmed = text.trim();
  if (trimmed.includes(';') && trimmed.split(';').some((part) => looksLikePath(part.trim()))) return redactPathList(text, pseudonyms);
  return looksLikePath(trimmed) ? redactPaddedPath(text, pseudonyms) : redactFreeText(text, pseudonyms);
}

/** Which parsed file a path is, by its name. */
export type ParsedFileKind = 'company-list' | 'nd' | 'qbwuser-ini';

export function parsedFileKind(path: string): ParsedFileKind {
  const name = winUpcase(path.slice(Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/')) + 1));
  if (name.endsWith('.ND')) return 'nd';
  if (name === 'QBWUSER.INI') return 'qbwuser-ini';
  return 'company-list';
}

/** The only `.ND` keys the QuickBooks rules read. */
const ND_KEYS = /^(serverip|enginename|serverport|filepath|servermode)$/i;
/** In QBWUSER.INI, only the recent-files lists (`[MRUFILES…]`, `FILEn=`). */
const MRU_SECTION = /^\s*\[\s*mrufiles/i;
const MRU_KEY = /^file\d+$/i;
/** What a COMPANY line that is not a path becomes: still not a path, so it counts as before. */
export const REDACTED_LINE = '[line removed]';

/**
 * The text of a file the probes parse, keeping only what they read: COMPANY lines that are
 * paths (redacted; any other line replaced, so line numbers and counts hold), the `.ND` keys the
 * rules read (`EngineName=QB_<HOST>_<NN>` keeps its shape, `ServerIp` becomes a stand-in address),
 * and QBWUSER.INI's recent-file entries. Every other line of an `.ND` or INI file is dropped.
 */
export function redactTextFile(text: string, pseudonyms: Pseudonyms, kind: ParsedFileKind = 'company-list'): string {
  let section = '';
  let out = '';
  for (const [, line = '', ending = ''] of text.matchAll(/([^\r\n]*)(\r\n|\r|\n|$)/g)) {
    if (line === '' && ending === '') continue;
    const redacted = redactLine(line);
    if (redacted !== undefined) out += `${redacted}${ending}`;
  }
  return out;

  function redactLine(line: string): string | undefined {
    const trimmed = line.trim();
    if (kind === 'company-list') {
      if (trimmed === '') return line;
      return looksLikePath(trimmed) ? redactValue(line, pseudonyms) : REDACTED_LINE;
    }
    if (trimmed === '') return line;
    if (/^\[.*\]$/.test(trimmed)) {
      section = trimmed;
      // A section's name is kept only when it is made of known words (`[MRUFILES]`, `[NetConnect]`).
      return isKnownName(trimmed.slice(1, -1)) ? line : undefined;
    }
    const pair = /^(\s*)([^=;#[\s][^=]*?)(\s*=\s*)(.*?)(\s*)$/.exec(line);
    if (!pair) return undefined;
    const [, lead, key, equals, value, tail] = pair as unknown as [string, string, string, string, string, string];
    const keep = kind === 'nd' ? ND_KEYS.test(key) : MRU_SECTION.test(section) && MRU_KEY.test(key);
    if (!keep) return undefined;
    return `${lead}${key}${equals}${redactPair(key, value)}${tail}`;
  }

  function redactPair(key: string, value: string): string {
    const engine = /^(QB_)(.+)(_\d+)$/i.exec(value);
    const name = key.toLowerCase();
    if (name === 'enginename' && engine) return `${engine[1]}${pseudonyms.known(engine[2]!) ?? pseudonyms.of(engine[2]!, 'computer')}${engine[3]}`;
    if (name === 'serverip' && value !== '') return pseudonyms.of(value, 'address');
    if (name === 'serverport' || name === 'servermode') return /^\d+$/.test(value) ? value : '0';
    return redactValue(value, pseudonyms);
  }
}
