import { win32 } from 'node:path';

/** Paths from this length up are handed to Windows with the `\\?\` prefix (MAX_PATH is 260, folders 248). */
const LONG_PATH_FROM = 248;

/**
 * The path to hand to the OS: a long drive or UNC path gets the `\\?\` (or `\\?\UNC\`) prefix
 * so Windows does not stop at MAX_PATH. The prefix turns off Windows' own clean-up of `.`,
 * `..` and `/`, so the path is normalised first. Other paths pass unchanged.
 */
export function toLongPath(path: string): string {
  if (path.length < LONG_PATH_FROM || path.startsWith('\\\\?\\') || path.startsWith('\\\\.\\')) return path;
  if (/^[A-Za-z]:[\\/]/.test(path)) return `\\\\?\\${win32.normalize(path)}`;
  if (/^[\\/]{2}[^\\/?.]/.test(path)) return `\\\\?\\UNC\\${win32.normalize(path).slice(2)}`;
  return path;
}

/** The path as people write it: without a `\\?\` or `\\?\UNC\` prefix. */
export function fromLongPath(path: string): string {
  if (path.startsWith('\\\\?\\UNC\\')) return `\\\\${path.slice(8)}`;
  if (path.startsWith('\\\\?\\')) return path.slice(4);
  return path;
}
