/**
 * A path as the file system itself reported it (a resolved real path). Its names are the names
 * on disk, so it is read the way Windows reads a `\\?\` path: a last name ending in a space or a
 * period keeps it, nothing is worked out. Anything other than a plain drive or UNC path is
 * returned as it is.
 */
export function fileSystemSpelling(path: string): string {
  if (/^[A-Za-z]:\\/.test(path)) return `\\\\?\\${path}`;
  if (/^\\\\[^\\?.]/.test(path)) return `\\\\?\\UNC\\${path.slice(2)}`;
  return path;
}
