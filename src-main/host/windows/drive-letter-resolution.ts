import type { DriveInfo } from '../../../src-shared/model/system.js';

/** The drive letters a drive table looks at (A: and B: are left alone: asking a floppy drive is slow and noisy). */
export const DRIVE_LETTERS: readonly string[] = 'CDEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((l) => `${l}:`);

/**
 * A drive letter as the file system resolves its root. Node's `fs.realpath` (libuv
 * `fs__realpath_handle`, deps/uv/src/win/fs.c) opens the root and asks GetFinalPathNameByHandleW:
 * on a mapped drive that is the share (`\\?\UNC\FILESRV\Accounts\`, which libuv gives as
 * `\\FILESRV\Accounts\`), whoever mapped it — Explorer, `net use`, a logon script, Group Policy;
 * on a local drive the letter itself. Wine keeps the letter for a mapped drive too, so there a
 * mapping is only found in `HKCU\Network`.
 */
export function driveFromResolvedRoot(letter: string, resolved: string): DriveInfo {
  const upper = letter.toUpperCase();
  const unc = /^\\\\\?\\UNC\\(.+)$/i.exec(resolved)?.[1] ?? (/^\\\\[^\\?.]/.test(resolved) ? resolved.slice(2) : undefined);
  if (unc !== undefined) {
    const [server, share] = unc.split('\\').filter((part) => part.length > 0);
    if (server !== undefined && share !== undefined) return { letter: upper, kind: 'network', remote: `\\\\${server}\\${share}` };
  }
  return { letter: upper, kind: 'unknown' };
}
