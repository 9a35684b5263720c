import { describe, expect, it } from 'vitest';
import { baseName, canonicalisePath, joinPath, parentPath } from '../../src-shared/paths/path-flavour.js';
import { canonicalisePosixPath } from '../../src-shared/paths/posix-path.js';

function canonical(input: string, sageDataset = false): string | undefined {
  const r = canonicalisePosixPath(input, { sageDataset });
  return r.ok ? r.value.canonical : undefined;
}

function stepKinds(input: string, sageDataset = false): string[] {
  const r = canonicalisePosixPath(input, { sageDataset });
  return r.ok ? r.value.steps.map((s) => s.kind) : [];
}

describe('a path on a Linux file server', () => {
  it('is canonical with repeated and trailing slashes dropped, case kept', () => {
    expect(canonical('/srv/Sage//Company.000/')).toBe('/srv/Sage/Company.000');
    expect(canonical('  /srv/sage  ')).toBe('/srv/sage');
    expect(canonical('/')).toBe('/');
    expect(canonical('/srv/Sage')).not.toBe(canonical('/srv/sage'));
  });

  it('. and .. are worked out, and .. above the root stays at the root', () => {
    expect(canonical('/srv/./sage/../Accounts/./Company.000')).toBe('/srv/Accounts/Company.000');
    expect(canonical('/../../etc')).toBe('/etc');
    expect(canonical('/srv/..x/.y')).toBe('/srv/..x/.y');
  });

  it('says what it worked out, each kind once', () => {
    expect(stepKinds('/srv/sage')).toEqual([]);
    expect(stepKinds('/srv/sage/')).toEqual(['trailing']);
    expect(stepKinds('/srv//sage')).toEqual([]);
    expect(stepKinds('/')).toEqual([]);
    expect(stepKinds('/srv/./a/../b/./c')).toEqual(['dots']);
    expect(stepKinds('/srv/x/..')).toEqual(['dots']);
    expect(stepKinds('/srv/../x/')).toEqual(['trailing', 'dots']);
    expect(stepKinds('/srv/Company.000/ACCDATA/', true)).toEqual(['trailing', 'accdata']);
    const steps = canonicalisePosixPath('/a/./b/ACCDATA/', { sageDataset: true });
    expect(steps.ok && steps.value.steps.every((s) => s.text.length > 0)).toBe(true);
  });

  it('a Sage dataset is the folder that holds ACCDATA (any case), only when a dataset is asked for', () => {
    expect(canonical('/srv/Company.000/ACCDATA', true)).toBe('/srv/Company.000');
    expect(canonical('/srv/Company.000/accdata', true)).toBe('/srv/Company.000');
    expect(canonical('/srv/Company.000/ACCDATA', false)).toBe('/srv/Company.000/ACCDATA');
    expect(canonical('/srv/ACCDATA/x', true)).toBe('/srv/ACCDATA/x');
    expect(canonical('/', true)).toBe('/');
  });

  it('keeps the spelling given, a key equal to the canonical form, and a root with no drive letter', () => {
    const r = canonicalisePosixPath(' /srv/a/ ');
    expect(r).toMatchObject({ ok: true, value: { input: ' /srv/a/ ', canonical: '/srv/a', key: '/srv/a', path: { root: { kind: 'drive', letter: '/' }, segments: ['srv', 'a'] } } });
  });

  it('a relative path or one with a NUL is refused with the reason, never thrown', () => {
    const relative = canonicalisePosixPath('srv/sage');
    expect(relative.ok).toBe(false);
    expect(!relative.ok && relative.reason).toContain('"srv/sage" is not a full path');
    const nul = canonicalisePosixPath('/srv/a\u0000b');
    expect(nul.ok).toBe(false);
    expect(!nul.ok && nul.reason).toContain('NUL');
    expect(canonicalisePosixPath('').ok).toBe(false);
  });
});

describe('paths in the host\'s own spelling', () => {
  it('canonicalises the way the host spells paths', () => {
    const posix = canonicalisePath('posix', '/srv/Sage/', {});
    expect(posix.ok && posix.value.canonical).toBe('/srv/Sage');
    const win = canonicalisePath('windows', 'S:\\Sage\\Company.000\\ACCDATA', { drives: [{ letter: 'S:', kind: 'network', remote: '\\\\FILESRV\\Accounts' }] }, { sageDataset: true });
    expect(win.ok && win.value.canonical).toBe('\\\\FILESRV\\Accounts\\Sage\\Company.000');
    expect(canonicalisePath('windows', '/srv/Sage', {}).ok).toBe(false);
    expect(canonicalisePath('posix', 'C:\\Sage', {}).ok).toBe(false);
  });

  it('joins names with the host\'s separator, never doubling one', () => {
    expect(joinPath('windows', 'C:\\ProgramData', 'Sage', 'Accounts')).toBe('C:\\ProgramData\\Sage\\Accounts');
    expect(joinPath('windows', 'C:\\', 'Sage')).toBe('C:\\Sage');
    expect(joinPath('posix', '/srv', 'sage', 'COMPANY')).toBe('/srv/sage/COMPANY');
    expect(joinPath('posix', '/', 'srv')).toBe('/srv');
    expect(joinPath('posix', '/srv')).toBe('/srv');
  });

  it('the last name of a path in either spelling', () => {
    expect(baseName('C:\\Sage\\Company.000')).toBe('Company.000');
    expect(baseName('/srv/sage/Company.000/')).toBe('Company.000');
    expect(baseName('\\\\FILESRV\\Accounts\\\\')).toBe('Accounts');
    expect(baseName('Company.000')).toBe('Company.000');
    expect(baseName('')).toBe('');
    expect(baseName('\\')).toBe('\\');
  });

  it('the folder holding a path; the root stays the root', () => {
    expect(parentPath('posix', '/srv/sage/Company.000')).toBe('/srv/sage');
    expect(parentPath('posix', '/srv/sage/')).toBe('/srv');
    expect(parentPath('posix', '/srv')).toBe('/');
    expect(parentPath('posix', '/')).toBe('/');
    expect(parentPath('windows', 'C:\\Sage\\Company.000\\')).toBe('C:\\Sage');
    expect(parentPath('windows', 'C:\\Sage\\')).toBe('C:\\');
    expect(parentPath('windows', '\\\\FILESRV\\Accounts\\Sage')).toBe('\\\\FILESRV\\Accounts');
    expect(parentPath('windows', 'Sage')).toBe('Sage');
    expect(parentPath('windows', '\\Sage')).toBe('\\Sage');
    expect(parentPath('windows', '\\\\.\\D:\\x')).toBe('\\\\.\\D:\\');
    expect(parentPath('windows', 'C:\\Sage\\Company.000\\\\')).toBe('C:\\Sage');
    expect(parentPath('posix', '/srv/sage//')).toBe('/srv');
    expect(parentPath('windows', 'C:\\Program Files\\Sage')).toBe('C:\\Program Files');
    expect(parentPath('windows', 'C:\\Sage.old\\Company.000')).toBe('C:\\Sage.old');
    expect(parentPath('windows', 'x\\C:\\y')).toBe('x\\C:');
  });

  it('the root of a drive, or \\ alone, stays itself: a walk up the folders ends there', () => {
    expect(parentPath('windows', 'C:\\')).toBe('C:\\');
    expect(parentPath('windows', 'C:')).toBe('C:\\');
    expect(parentPath('windows', '\\\\?\\C:\\')).toBe('\\\\?\\C:\\');
    expect(parentPath('windows', '\\')).toBe('\\');
    expect(parentPath('posix', 'C:')).toBe('/');
  });
});
