import type { DriveInfo } from '../../../src-shared/model/system.js';
import { winUpcase } from '../../../src-shared/winpath/win-case.js';

/**
 * The Host port leaves mapped drives as spelled (the path algebra maps them through `drives()`);
 * resolving a path resolves links and short names only. Windows resolves `S:\Sage` on a mapped
 * drive to `\\FILESRV\Accounts\Sage`, so that UNC head goes back to the drive letter; Wine does
 * the reverse (`\\FILESRV\Accounts\Sage` to `S:\Sage`), so that drive letter goes back to the UNC
 * head. Anything else is returned as resolved.
 */
export function keepMappedDrive(spelled: string, resolved: string, drives: readonly DriveInfo[]): string {
  if (/^[A-Za-z]:/.test(spelled) && resolved.startsWith('\\\\')) {
    const letter = spelled.slice(0, 2).toUpperCase();
    const remote = remoteOf(letter, drives);
    return remote !== undefined && isAtOrBelow(resolved, remote) ? `${letter}${resolved.slice(remote.length) || '\\'}` : resolved;
  }
  if (spelled.startsWith('\\\\') && /^[A-Za-z]:/.test(resolved)) {
    const remote = remoteOf(resolved.slice(0, 2).toUpperCase(), drives);
    if (remote === undefined || !isAtOrBelow(spelled, remote)) return resolved;
    const rest = resolved.slice(2).replace(/^\\$/, '');
    return `${spelled.slice(0, remote.length)}${rest}`;
  }
  return resolved;
}

function remoteOf(letter: string, drives: readonly DriveInfo[]): string | undefined {
  return drives.find((d) => d.letter.toUpperCase() === letter && d.remote !== undefined)?.remote?.replace(/\\+$/, '');
}

function isAtOrBelow(path: string, head: string): boolean {
  const upper = winUpcase(path);
  return upper === winUpcase(head) || upper.startsWith(`${winUpcase(head)}\\`);
}
