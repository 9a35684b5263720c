/**
 * Parsing and printing absolute Windows paths: drive-letter (`C:\…`), UNC (`\\server\share\…`),
 * the device forms `\\.\C:\…` / `\\.\UNC\…` (normalised like the ordinary ones) and the literal
 * forms `\\?\C:\…` / `\\?\UNC\…` (not normalised at all). Built from Windows' documented rules
 * ("File path formats on Windows systems"; GetFullPathNameW). Pure; never throws.
 */
import { serverShortName } from './server-name.js';
import { literalNames, normaliseNames, survivesNormalisation, INVALID_NAME_CHARS, type NamesParse } from './win-path-names.js';
import { unwrapPastedPath } from './win-path-input.js';
import { trimEndOf } from './trim-end.js';
import { sameWinName, winUpcase } from './win-case.js';

export type WinRoot = { kind: 'drive'; letter: string } | { kind: 'unc'; server: string; share: string };

export interface WinPath {
  root: WinRoot;
  /** Folder and file names below the root, as Windows resolves them. */
  segments: string[];
}

/** What parsing had to tidy up: each is a way two spellings of one path can differ. */
export type SpellingNote = 'long-prefix' | 'device-prefix' | 'separator' | 'trailing' | 'dots' | 'quotes';

export type WinPathParse =
  | { ok: true; path: WinPath; notes: SpellingNote[] }
  | { ok: false; reason: string };

/** Windows refuses paths longer than this, even with `\\?\`. */
export const MAX_WINDOWS_PATH = 32_767;

type Refusal = { ok: false; reason: string };
const refuse = (reason: string): Refusal => ({ ok: false, reason });

export function parseWinPath(input: string): WinPathParse {
  const notes = new Set<SpellingNote>();
  const unwrapped = unwrapPastedPath(input);
  let text = unwrapped.text;
  if (unwrapped.quoted) notes.add('quotes');
  if (text.length === 0) return refuse('The path is empty.');
  if (text.length > MAX_WINDOWS_PATH) return refuse(`The path is longer than Windows allows (${MAX_WINDOWS_PATH} characters).`);

  // Only `\\?\` spelled with back slashes skips normalisation; `//?/` is a device path like `\\.\`.
  if (text.startsWith('\\\\?\\')) {
    notes.add('long-prefix');
    return finish(input, parseDevice(input, text.slice(4), true), notes);
  }
  if (text.includes('/')) {
    text = text.replace(/\//g, '\\');
    notes.add('separator');
  }
  if (/^\\\\[.?]\\/.test(text)) {
    notes.add('device-prefix');
    return finish(input, parseDevice(input, text.slice(4), false), notes);
  }
  return finish(input, parseOrdinary(input, text), notes);
}

type RootAndNames = { ok: true; root: WinRoot; names: NamesParse } | Refusal;

function finish(input: string, parsed: RootAndNames, notes: Set<SpellingNote>): WinPathParse {
  if (!parsed.ok) return parsed;
  const names = parsed.names;
  if (!names.ok) return refuse(namesProblem(input, names.problem));
  if (names.dots) notes.add('dots');
  if (names.trimmed || names.trailingSeparator) notes.add('trailing');
  return { ok: true, path: { root: parsed.root, segments: names.names }, notes: [...notes] };
}

function namesProblem(input: string, problem: 'invalid-character' | 'empty-name' | 'slash'): string {
  switch (problem) {
    case 'invalid-character': return `"${input}" has a character Windows does not allow in a file or folder name.`;
    case 'empty-name': return `"${input}" has an empty name between two \\; a \\\\?\\ path is taken literally, so Windows does not allow it.`;
    case 'slash': return `"${input}" has a / inside a name; in a \\\\?\\ path / does not separate folders, and Windows does not allow it in a name.`;
  }
}

/** `C:\…` or `\\server\share\…`, normalised. */
function parseOrdinary(input: string, text: string): RootAndNames {
  const drive = /^([a-zA-Z]):(.*)/s.exec(text);
  if (drive) return driveRoot(input, drive[1]!, drive[2]!, normaliseNames);
  if (text.startsWith('\\\\')) return uncRoot(input, text.slice(2), false);
  return refuse(`"${input}" is not a full Windows path (it should start with a drive letter such as C:\\ or with \\\\server\\share).`);
}

/**
 * After `\\.\` (or `//?/`) or `\\?\`: a drive or `UNC\server\share`. The device form is normalised
 * like an ordinary path; the literal form takes every name as it is.
 */
function parseDevice(input: string, rest: string, literal: boolean): RootAndNames {
  if (/^unc\\/i.test(rest)) return uncRoot(input, rest.slice(4), literal);
  const drive = /^([a-zA-Z]):(.*)/s.exec(rest);
  if (drive) {
    const tail = drive[2]!;
    const letter = `${drive[1]!.toUpperCase()}:`;
    // The volume itself (`\\.\C:`), not a folder on it: a device, not a relative path.
    if (tail === '') return refuse(`"${input}" names the volume ${letter} itself (a device), not a folder on it; give the folder, such as ${letter}\\Sage.`);
    // In a literal `\\?\` path, / is no separator: `D:/XY` is the name "D:/XY", which Windows does not allow.
    if (literal && tail.startsWith('/')) return refuse(`"${input}" uses / after ${letter}; in a \\\\?\\ path only \\ separates folders, so write ${letter}${tail.replace(/\//g, '\\')} or leave out the \\\\?\\.`);
    return driveRoot(input, drive[1]!, tail, literal ? literalNames : normaliseNames);
  }
  return refuse(`"${input}" names a device, not a folder on a drive or a shared folder.`);
}

function driveRoot(input: string, letter: string, tail: string, names: (rest: string) => NamesParse): RootAndNames {
  if (!tail.startsWith('\\')) {
    // `C:` alone is the current folder of drive C (or, after \\?\ or \\.\, the volume itself), never C:\.
    return refuse(`"${input}" is relative to the current folder of drive ${letter.toUpperCase()}: (or names the drive itself); give the full path, such as ${letter.toUpperCase()}:\\.`);
  }
  return { ok: true, root: { kind: 'drive', letter: `${letter.toUpperCase()}:` }, names: names(tail.slice(1)) };
}

/**
 * `server\share\…` after the leading `\\`. Ordinary and device paths collapse a run of separators
 * after the server (`\\server\\share` is `\\server\share`); a literal path does not. The server
 * and share are the root: `..` never climbs above them, and a share followed by `\` keeps its
 * name as it is (distinct shares `share` and `share.` can exist on one server). Only a share that
 * ends the path loses its trailing periods and spaces, like any last name (GetFullPathNameW
 * reads `\\spam\\eggs. . .` as `\\spam\eggs`).
 */
function uncRoot(input: string, body: string, literal: boolean): RootAndNames {
  // The pattern always matches: [^\\]* matches at the start and (.*) with the s flag reaches the
  // end; without a share there is no tail, and an empty share is refused below.
  // Stryker disable next-line Regex: the anchors and the optional group cannot change a match, as said above
  const m = (literal ? /^([^\\]*)(?:\\([^\\]*)(.*))?$/s : /^([^\\]*)(?:\\+([^\\]*)(.*))?$/s).exec(body);
  // Stryker disable next-line OptionalChaining,StringLiteral: the pattern always matches, and group 1 always takes part
  const server = m?.[1] ?? '';
  // Stryker disable next-line OptionalChaining,StringLiteral: no tail only when there is no share, which is refused whatever the tail
  const tail = m?.[3] ?? '';
  // Stryker disable next-line OptionalChaining: the pattern always matches
  const spelledShare = m?.[2] ?? '';
  const share = literal || tail !== '' ? spelledShare : trimEndOf(spelledShare, '. ');
  if (!server || !share) return refuse(`"${input}" names a server but no shared folder (expected \\\\server\\share\\…).`);
  if (INVALID_NAME_CHARS.test(server) || INVALID_NAME_CHARS.test(share) || (literal && (server.includes('/') || share.includes('/')))) {
    return refuse(`"${input}" has a character Windows does not allow in a server or share name.`);
  }
  const names = literal ? literalNames(tail.slice(1)) : normaliseNames(tail);
  if (names.ok && share !== spelledShare) names.trimmed = true;
  return { ok: true, root: { kind: 'unc', server, share }, names };
}

export function formatRoot(root: WinRoot): string {
  return root.kind === 'drive' ? `${root.letter}\\` : `\\\\${root.server}\\${root.share}`;
}

/** Whether only the literal `\\?\` spelling keeps these names as they are. */
function needsLiteralSpelling(path: WinPath): boolean {
  return (path.root.kind === 'unc' && path.root.server === '.') || !path.segments.every(survivesNormalisation);
}

/** A name Windows would trim on reading it back (one pattern object for every call: a literal makes one each time). */
const ENDS_IN_PERIOD_OR_SPACE = /[. ]$/;

/**
 * The ordinary spelling: `C:\A\B`, `C:\` for a drive root, `\\server\share\A`. A last name
 * (or a share with nothing below it) ending in a space or period gets a trailing `\`, so Windows
 * does not trim it on reading it back; names only `\\?\` can express (`a.`, `..`) keep the
 * `\\?\` form. Reading the result back gives the same path.
 */
export function formatWinPath(path: WinPath): string {
  const { root, segments } = path;
  if (needsLiteralSpelling(path)) {
    const base = root.kind === 'drive' ? `\\\\?\\${root.letter}` : `\\\\?\\UNC\\${root.server}\\${root.share}`;
    return `${base}\\${segments.join('\\')}`;
  }
  const base = formatRoot(root);
  if (segments.length === 0) return root.kind === 'unc' && ENDS_IN_PERIOD_OR_SPACE.test(root.share) ? `${base}\\` : base;
  const guard = ENDS_IN_PERIOD_OR_SPACE.test(segments.at(-1)!) ? '\\' : '';
  return `${root.kind === 'drive' ? base : `${base}\\`}${segments.join('\\')}${guard}`;
}

/**
 * The key two spellings share when Windows treats them as one path (case folded as Windows folds
 * it; a server without its DNS suffix, server-name.ts).
 */
export function winPathKey(path: WinPath): string {
  return winUpcase(formatWinPath({ root: rootForComparison(path.root), segments: path.segments }));
}

function rootForComparison(root: WinRoot): WinRoot {
  return root.kind === 'unc' ? { ...root, server: serverShortName(root.server) } : root;
}

/** Whether `prefix` is `path` or one of its ancestors, whole names, case-insensitive as on Windows. */
export function isPrefixOf(prefix: WinPath, path: WinPath): boolean {
  if (!sameRoot(prefix.root, path.root)) return false;
  if (prefix.segments.length > path.segments.length) return false;
  return prefix.segments.every((s, i) => sameWinName(s, path.segments[i]!));
}

export function sameRoot(a: WinRoot, b: WinRoot): boolean {
  return sameWinName(formatRoot(rootForComparison(a)), formatRoot(rootForComparison(b)));
}
