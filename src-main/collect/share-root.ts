import type { DriveInfo } from '../../src-shared/model/system.js';

/**
 * The share a path lives on, as the snapshot's `shares` and `slow` name it: `\\SERVER\share`
 * for a UNC path, the mapped drive's UNC remote for a path on a network drive, else the path.
 */
export function shareRootOf(path: string, drives: readonly DriveInfo[]): string {
  const unc = /^(\\\\[^\\]+\\[^\\]+)/.exec(path);
  if (unc) return unc[1]!;
  const letter = /^([A-Za-z]:)/.exec(path)?.[1]?.toUpperCase();
  const mapped = drives.find((d) => d.letter.toUpperCase() === letter && d.kind === 'network' && d.remote !== undefined);
  return mapped?.remote ?? path;
}
