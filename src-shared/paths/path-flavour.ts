import type { PathFlavour } from '../model/path-flavour.js';
import { canonicalisePosixPath } from './posix-path.js';
import { canonicaliseWinPath, type Canonicalised, type CanonicaliseOptions, type PathContext } from '../winpath/canonical-path.js';

/** Canonicalises a path spelled the way the host spells paths. */
export function canonicalisePath(flavour: PathFlavour, input: string, context: PathContext, options: CanonicaliseOptions = {}): Canonicalised {
  return flavour === 'posix' ? canonicalisePosixPath(input, options) : canonicaliseWinPath(input, context, options);
}

/** Joins a child name to a folder in the host's spelling. */
export function joinPath(flavour: PathFlavour, folder: string, ...names: string[]): string {
  const sep = flavour === 'posix' ? '/' : '\\';
  let out = folder;
  for (const name of names) out = out.endsWith(sep) ? out + name : out + sep + name;
  return out;
}

/** The last name of a path (file or folder), in either spelling. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/).filter((p) => p.length > 0);
  return parts.at(-1) ?? path;
}

/** `C:`, `\\?\C:` or `\\.\C:`: a drive, whose root needs its `\`. */
const DRIVE = /^(\\\\[?.]\\)?[A-Za-z]:$/;

/**
 * The folder holding a path, in the host's spelling (the root stays the root). On Windows a
 * parent whose name ends in a space or period keeps a final `\`, or Windows would trim it and
 * name another folder (`C:\Sage \x` is in `C:\Sage \`, not `C:\Sage`).
 */
export function parentPath(flavour: PathFlavour, path: string): string {
  const sep = flavour === 'posix' ? '/' : '\\';
  const trimmed = path.length > 1 ? path.replace(/[\\/]+$/, '') : path;
  const at = trimmed.lastIndexOf(sep);
  if (flavour === 'posix') return at <= 0 ? '/' : trimmed.slice(0, at);
  if (DRIVE.test(trimmed)) return `${trimmed}\\`;
  if (at <= 0) return trimmed;
  const parent = trimmed.slice(0, at);
  return DRIVE.test(parent) || /[. ]$/.test(parent) ? `${parent}\\` : parent;
}
