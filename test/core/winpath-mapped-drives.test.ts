import { describe, expect, it } from 'vitest';
import type { DriveInfo } from '../../src-shared/model/system.js';
import { canonicaliseWinPath, sameFileExplained } from '../../src-shared/winpath/canonical-path.js';
import { mappedDriveToUnc, remoteOfDrive } from '../../src-shared/winpath/mapped-drives.js';
import { formatWinPath, parseWinPath, type WinPath } from '../../src-shared/winpath/parse-win-path.js';

/**
 * Mapped network drives: a drive letter the drive table says is a network drive with a UNC
 * remote is that share, so `S:\Sage` and `\\FILESRV\Accounts\Sage` are one folder. A letter the
 * table does not know, a local drive, or a remote that is not a share leaves the path as it is.
 */
function path(text: string): WinPath {
  const parsed = parseWinPath(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.path;
}

function canonical(text: string, drives: readonly DriveInfo[]): string {
  const c = canonicaliseWinPath(text, { drives });
  if (!c.ok) throw new Error(c.reason);
  return c.value.canonical;
}

const S: DriveInfo = { letter: 'S:', kind: 'network', remote: '\\\\FILESRV\\Accounts' };

describe('the share behind a drive letter', () => {
  it('a mapped drive stands for its UNC root', () => {
    expect(formatWinPath(remoteOfDrive('S:', [S])!)).toBe('\\\\FILESRV\\Accounts');
  });

  it('finds the letter in either case, in the table in either case', () => {
    expect(remoteOfDrive('s:', [S])).toBeDefined();
    expect(remoteOfDrive('S:', [{ ...S, letter: 's:' }])).toBeDefined();
  });

  it('a remote that reaches into a folder of the share keeps that folder', () => {
    expect(formatWinPath(remoteOfDrive('T:', [{ letter: 'T:', kind: 'network', remote: '\\\\srv\\data\\Sage' }])!)).toBe('\\\\srv\\data\\Sage');
  });

  it('picks the drive with that letter, not the first network drive', () => {
    const drives: DriveInfo[] = [{ letter: 'R:', kind: 'network', remote: '\\\\other\\x' }, S];
    expect(formatWinPath(remoteOfDrive('S:', drives)!)).toBe('\\\\FILESRV\\Accounts');
  });

  it.each<[string, DriveInfo[]]>([
    ['the table does not list the letter', [S]],
    ['the drive is local', [{ letter: 'T:', kind: 'fixed', remote: '\\\\FILESRV\\Accounts' }]],
    ['the drive is removable', [{ letter: 'T:', kind: 'removable', remote: '\\\\FILESRV\\Accounts' }]],
    ['the network drive has no remote', [{ letter: 'T:', kind: 'network' }]],
    ['the network drive has an empty remote', [{ letter: 'T:', kind: 'network', remote: '' }]],
    ['the remote is a drive path', [{ letter: 'T:', kind: 'network', remote: 'D:\\Shared' }]],
    ['the remote is not a path', [{ letter: 'T:', kind: 'network', remote: 'FILESRV' }]],
  ])('none for T: when %s', (_why, drives) => {
    expect(remoteOfDrive('T:', drives)).toBeUndefined();
  });

  it('a network drive without a remote does not hide a later entry for the same letter that has one', () => {
    const drives: DriveInfo[] = [{ letter: 'S:', kind: 'network' }, S];
    expect(formatWinPath(remoteOfDrive('S:', drives)!)).toBe('\\\\FILESRV\\Accounts');
  });
});

describe('a path on a mapped drive', () => {
  it('is spelled on the share, with its letter and share said', () => {
    const mapped = mappedDriveToUnc(path('S:\\Sage\\Company.000'), [S]);
    expect(mapped && formatWinPath(mapped.path)).toBe('\\\\FILESRV\\Accounts\\Sage\\Company.000');
    expect(mapped?.letter).toBe('S:');
    expect(mapped?.remote).toBe('\\\\FILESRV\\Accounts');
  });

  it('the root of the drive is the share itself', () => {
    expect(canonical('S:\\', [S])).toBe('\\\\FILESRV\\Accounts');
  });

  it('a remote with folders puts the path below them', () => {
    expect(canonical('T:\\Company.000', [{ letter: 'T:', kind: 'network', remote: '\\\\srv\\data\\Sage' }])).toBe('\\\\srv\\data\\Sage\\Company.000');
  });

  it('a UNC path is left alone', () => {
    expect(mappedDriveToUnc(path('\\\\FILESRV\\Accounts\\x'), [S])).toBeUndefined();
  });

  it('a local drive is left alone', () => {
    expect(mappedDriveToUnc(path('C:\\x'), [S, { letter: 'C:', kind: 'fixed' }])).toBeUndefined();
    expect(canonical('C:\\x', [S])).toBe('C:\\x');
  });

  it('without a drive table the letter stays', () => {
    expect(canonical('S:\\Sage', [])).toBe('S:\\Sage');
    const c = canonicaliseWinPath('S:\\Sage');
    expect(c.ok && c.value.canonical).toBe('S:\\Sage');
  });

  it('is the same folder as its UNC spelling, and the reason names the drive and the share', () => {
    const a = canonicaliseWinPath('s:\\sage', { drives: [S] });
    const b = canonicaliseWinPath('\\\\FILESRV\\Accounts\\Sage', { drives: [S] });
    if (!a.ok || !b.ok) throw new Error('not a path');
    expect(a.value.steps).toEqual([{ kind: 'mapped-drive', text: 'S: is \\\\FILESRV\\Accounts' }]);
    expect(b.value.steps).toEqual([]);
    expect(sameFileExplained(a.value, b.value)).toEqual({
      same: true,
      steps: [
        { kind: 'mapped-drive', text: 'S: is \\\\FILESRV\\Accounts' },
        { kind: 'case', text: 'Windows ignores upper and lower case in file names' },
      ],
    });
  });

  it('two letters mapped to one share name the same folder', () => {
    const drives: DriveInfo[] = [S, { letter: 'T:', kind: 'network', remote: '\\\\filesrv\\accounts' }];
    const a = canonicaliseWinPath('S:\\Sage', { drives });
    const b = canonicaliseWinPath('T:\\Sage', { drives });
    expect(a.ok && b.ok && sameFileExplained(a.value, b.value).same).toBe(true);
  });
});
