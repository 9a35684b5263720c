/**
 * Parsing and printing absolute Windows paths: drive-letter (`C:\…`), UNC (`\\server\share\…`)
 * and their `\\?\` / `\\?\UNC\` / `\\.\` long forms. Pure; never throws.
 */

export type WinRoot = { kind: 'drive'; letter: string } | { kind: 'unc'; server: string; share: string };

export interface WinPath {
  root: WinRoot;
  /** Folder and file names below the root, with `.` and `..` already applied. */
  segments: string[];
}

/** What parsing had to tidy up: each is a way two spellings of one path can differ. */
export type SpellingNote = 'long-prefix' | 'separator' | 'trailing' | 'dots' | 'quotes';

export type WinPathParse =
  | { ok: true; path: WinPath; notes: SpellingNote[] }
  | { ok: false; reason: string };

/** Windows refuses paths longer than this, even with `\\?\`. */
export const MAX_WINDOWS_PATH = 32_767;
const INVALID_NAME_CHARS = /[<>:"|?*\u0000-\u001f]/;

export function parseWinPath(input: string): WinPathParse {
  const notes = new Set<SpellingNote>();
  let text = input.trim();
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    text = text.slice(1, -1).trim();
    notes.add('quotes');
  }
  if (text.length === 0) return { ok: false, reason: 'The path is empty.' };
  if (text.length > MAX_WINDOWS_PATH) return { ok: false, reason: `The path is longer than Windows allows (${MAX_WINDOWS_PATH} characters).` };
  if (text.includes('/')) {
    text = text.replace(/\//g, '\\');
    notes.add('separator');
  }

  let longForm = false;
  const longMatch = /^\\\\[?.]\\(.*)$/s.exec(text);
  if (longMatch) {
    longForm = true;
    notes.add('long-prefix');
    const rest = longMatch[1]!;
    text = /^unc\\/i.test(rest) ? `\\\\${rest.slice(4)}` : rest;
  }

  let root: WinRoot;
  let remainder: string;
  const drive = /^([a-zA-Z]):(.*)$/s.exec(text);
  if (drive) {
    remainder = drive[2]!;
    if (remainder.length > 0 && !remainder.startsWith('\\')) {
      return { ok: false, reason: `"${input}" is relative to the current folder of drive ${drive[1]!.toUpperCase()}:; give the full path.` };
    }
    root = { kind: 'drive', letter: `${drive[1]!.toUpperCase()}:` };
  } else if (text.startsWith('\\\\')) {
    const parts = text.slice(2).split('\\');
    const server = parts[0] ?? '';
    const share = parts[1] ?? '';
    if (!server || !share) return { ok: false, reason: `"${input}" names a server but no shared folder (expected \\\\server\\share\\…).` };
    if (INVALID_NAME_CHARS.test(server) || INVALID_NAME_CHARS.test(share)) {
      return { ok: false, reason: `"${input}" has a character Windows does not allow in a server or share name.` };
    }
    root = { kind: 'unc', server, share };
    remainder = parts.slice(2).join('\\');
  } else {
    return { ok: false, reason: `"${input}" is not a full Windows path (it should start with a drive letter such as C:\\ or with \\\\server\\share).` };
  }

  if (/\\$/.test(remainder) && remainder.replace(/\\+$/, '').length > 0) notes.add('trailing');
  const segments: string[] = [];
  for (const raw of remainder.split('\\')) {
    if (raw === '') continue;
    if (raw === '.') {
      notes.add('dots');
      continue;
    }
    if (raw === '..') {
      notes.add('dots');
      segments.pop();
      continue;
    }
    // Windows drops trailing dots and spaces from a name, except in the \\?\ form.
    const name = longForm ? raw : raw.replace(/[. ]+$/, '');
    if (name !== raw) notes.add('trailing');
    if (name === '') continue;
    if (INVALID_NAME_CHARS.test(name)) {
      return { ok: false, reason: `"${input}" has a character Windows does not allow in a file or folder name.` };
    }
    segments.push(name);
  }
  return { ok: true, path: { root, segments }, notes: [...notes] };
}

export function formatRoot(root: WinRoot): string {
  return root.kind === 'drive' ? `${root.letter}\\` : `\\\\${root.server}\\${root.share}`;
}

/** The ordinary spelling: `C:\A\B`, `C:\` for a drive root, `\\server\share\A`. */
export function formatWinPath(path: WinPath): string {
  const base = formatRoot(path.root);
  if (path.segments.length === 0) return base;
  return path.root.kind === 'drive' ? base + path.segments.join('\\') : `${base}\\${path.segments.join('\\')}`;
}

/** The key two spellings share when Windows treats them as one path (case-insensitive). */
export function winPathKey(path: WinPath): string {
  return formatWinPath(path).toLowerCase();
}

/** Whether `prefix` is `path` or one of its ancestors, whole segments, case-insensitive. */
export function isPrefixOf(prefix: WinPath, path: WinPath): boolean {
  if (formatRoot(prefix.root).toLowerCase() !== formatRoot(path.root).toLowerCase()) return false;
  if (prefix.segments.length > path.segments.length) return false;
  return prefix.segments.every((s, i) => s.toLowerCase() === path.segments[i]!.toLowerCase());
}

export function sameRoot(a: WinRoot, b: WinRoot): boolean {
  return formatRoot(a).toLowerCase() === formatRoot(b).toLowerCase();
}
