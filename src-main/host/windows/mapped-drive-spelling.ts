import type { DriveInfo } from '../../../src-shared/model/system.js';

/**
 * Windows resolves `S:\Sage` on a mapped drive to `\\FILESRV\Accounts\Sage`; the Host port
 * leaves mapped drives as spelled (the path algebra maps them through `drives()`), so the UNC
 * head goes back to the drive letter. Anything else is returned as resolved.
 */
export function keepMappedDrive(spelled: string, resolved: string, drives: readonly DriveInfo[]): string {
  if (!/^[A-Za-z]:/.test(spelled) || !resolved.startsWith('\\\\')) return resolved;
  const letter = spelled.slice(0, 2).toUpperCase();
  const remote = drives.find((d) => d.letter.toUpperCase() === letter && d.remote !== undefined)?.remote?.replace(/\\+$/, '');
  if (remote === undefined) return resolved;
  const lower = resolved.toLowerCase();
  const head = remote.toLowerCase();
  if (lower !== head && !lower.startsWith(`${head}\\`)) return resolved;
  return `${letter}${resolved.slice(remote.length) || '\\'}`;
}
