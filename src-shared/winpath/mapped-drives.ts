import type { DriveInfo } from '../model/system.js';
import { formatWinPath, parseWinPath, type WinPath } from './parse-win-path.js';

/** The UNC root a mapped network drive letter stands for, if the drive table knows it. */
export function remoteOfDrive(letter: string, drives: readonly DriveInfo[]): WinPath | undefined {
  const drive = drives.find((d) => d.letter.toUpperCase() === letter.toUpperCase() && d.kind === 'network' && d.remote);
  if (!drive?.remote) return undefined;
  const parsed = parseWinPath(drive.remote);
  return parsed.ok && parsed.path.root.kind === 'unc' ? parsed.path : undefined;
}

/** `S:\Sage\X` → `\\FILESRV\Accounts\Sage\X` when S: maps there; otherwise undefined. */
export function mappedDriveToUnc(path: WinPath, drives: readonly DriveInfo[]): { path: WinPath; letter: string; remote: string } | undefined {
  if (path.root.kind !== 'drive') return undefined;
  const remote = remoteOfDrive(path.root.letter, drives);
  if (!remote) return undefined;
  return {
    path: { root: remote.root, segments: [...remote.segments, ...path.segments] },
    letter: path.root.letter,
    remote: formatWinPath(remote),
  };
}
