import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicaliseWinPath, sameFileExplained } from '../../src-shared/winpath/canonical-path.js';
import { expandEnvironment } from '../../src-shared/winpath/environment.js';
import { formatWinPath, parseWinPath } from '../../src-shared/winpath/parse-win-path.js';
import type { DriveInfo } from '../../src-shared/model/system.js';

const drives: DriveInfo[] = [
  { letter: 'C:', kind: 'fixed' },
  { letter: 'S:', kind: 'network', remote: '\\\\FILESRV\\Accounts' },
];
const links = { 'C:\\PROGRA~3': 'C:\\ProgramData' };

function canon(path: string, sageDataset = false) {
  const c = canonicaliseWinPath(path, { drives, links, env: { ProgramData: 'C:\\ProgramData' } }, { sageDataset });
  if (!c.ok) throw new Error(c.reason);
  return c.value;
}

describe('parsing Windows paths', () => {
  it.each([
    ['C:\\ProgramData\\Sage', 'C:\\ProgramData\\Sage'],
    ['c:/programdata/sage/', 'C:\\programdata\\sage'],
    ['C:\\', 'C:\\'],
    ['\\\\?\\C:\\Long\\Path', 'C:\\Long\\Path'],
    ['\\\\?\\UNC\\server\\share\\x', '\\\\server\\share\\x'],
    ['\\\\server\\share', '\\\\server\\share'],
    ['C:\\a\\.\\b\\..\\c', 'C:\\a\\c'],
    ['C:\\a\\..\\..\\..\\b', 'C:\\b'],
    ['"C:\\Quoted Path\\Company.000"', 'C:\\Quoted Path\\Company.000'],
    // Only the last name loses its trailing dots and spaces; a folder name ending in `...` keeps them.
    ['C:\\trailing dots...\\x ', 'C:\\trailing dots...\\x'],
    ['C:\\\\double\\\\\\sep', 'C:\\double\\sep'],
  ])('%s → %s', (input, expected) => {
    const parsed = parseWinPath(input);
    expect(parsed.ok && formatWinPath(parsed.path)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['Company.000', 'not a full Windows path'],
    ['C:relative', 'relative'],
    ['\\\\server', 'no shared folder'],
    ['C:\\bad|name', 'does not allow'],
    ['C:\\nul\u0000byte', 'does not allow'],
  ])('refuses %j with a reason (%s)', (input, reason) => {
    const parsed = parseWinPath(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
  });

  it('parses a 300-level path without trouble', () => {
    const deep = `C:\\${Array.from({ length: 300 }, (_, i) => `d${i}`).join('\\')}`;
    const parsed = parseWinPath(deep);
    expect(parsed.ok && parsed.path.segments.length).toBe(300);
  });
});

describe('environment variables', () => {
  it('expands names case-insensitively and leaves unknown ones', () => {
    expect(expandEnvironment('%programdata%\\Sage\\%NOPE%', { ProgramData: 'C:\\ProgramData' }).text).toBe('C:\\ProgramData\\Sage\\%NOPE%');
  });
});

describe('same file, spelled differently', () => {
  it('a mapped drive and its UNC path are the same folder, and says why', () => {
    const a = canon('S:\\Sage\\Company.000', true);
    const b = canon('\\\\filesrv\\accounts\\SAGE\\Company.000\\ACCDATA\\', true);
    const same = sameFileExplained(a, b);
    expect(same.same).toBe(true);
    expect(same.steps.map((s) => s.kind)).toEqual(expect.arrayContaining(['mapped-drive', 'accdata', 'trailing', 'case']));
    expect(same.steps.find((s) => s.kind === 'mapped-drive')?.text).toBe('S: is \\\\FILESRV\\Accounts');
  });

  it('an 8.3 short name is its long name', () => {
    const same = sameFileExplained(canon('C:\\PROGRA~3\\Sage\\Accounts\\2025\\Company.000'), canon('C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000'));
    expect(same.same).toBe(true);
    expect(same.steps.map((s) => s.text)).toContain('C:\\PROGRA~3 is another name for C:\\ProgramData');
  });

  it('%ProgramData% is the ProgramData folder', () => {
    expect(sameFileExplained(canon('%ProgramData%\\Sage'), canon('C:\\ProgramData\\Sage')).same).toBe(true);
  });

  it('different version folders are different datasets', () => {
    expect(sameFileExplained(canon('C:\\ProgramData\\Sage\\Accounts\\2024\\Company.000'), canon('C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000')).same).toBe(false);
  });

  it('ACCDATA is only stripped for Sage datasets', () => {
    expect(canon('C:\\X\\ACCDATA').canonical).toBe('C:\\X\\ACCDATA');
    expect(canon('C:\\X\\ACCDATA', true).canonical).toBe('C:\\X');
  });

  it('a link loop cannot hang resolution', () => {
    const c = canonicaliseWinPath('C:\\A\\x', { links: { 'C:\\A': 'C:\\B', 'C:\\B': 'C:\\A' } });
    expect(c.ok).toBe(true);
  });
});

// Arbitrary spellings of paths below a few roots, with every variation Windows allows.
const segment = fc.stringMatching(/^[A-Za-z0-9 _-]{1,8}$/).filter((s) => s.trim() === s && s.length > 0);
const root = fc.constantFrom('C:\\', 'c:/', 'S:\\', '\\\\FILESRV\\Accounts\\', '\\\\filesrv\\accounts\\', '\\\\?\\C:\\', 'C:\\PROGRA~3\\');
const spelling = fc.tuple(root, fc.array(segment, { maxLength: 6 }), fc.boolean(), fc.boolean()).map(([r, segs, upper, trailing]) => {
  const body = segs.map((s) => (upper ? s.toUpperCase() : s)).join(r.includes('/') ? '/' : '\\');
  return `${r}${body}${trailing && segs.length > 0 ? '\\' : ''}`;
});

describe('properties of the path algebra', () => {
  it('normalisation is idempotent', () => {
    fc.assert(fc.property(spelling, (p) => {
      const once = canon(p);
      const twice = canon(once.canonical);
      expect(twice.canonical).toBe(once.canonical);
      expect(twice.key).toBe(once.key);
    }));
  });

  it('"same file" is symmetric', () => {
    fc.assert(fc.property(spelling, spelling, (a, b) => {
      expect(sameFileExplained(canon(a), canon(b)).same).toBe(sameFileExplained(canon(b), canon(a)).same);
    }));
  });

  it('"same file" is transitive', () => {
    fc.assert(fc.property(spelling, spelling, spelling, (a, b, c) => {
      const [x, y, z] = [canon(a), canon(b), canon(c)];
      if (sameFileExplained(x, y).same && sameFileExplained(y, z).same) expect(sameFileExplained(x, z).same).toBe(true);
    }));
  });

  // `//?/C:/x` is a device path that Windows normalises like `\\.\C:\x`; only `\\?\` with back
  // slashes is literal, so the twin keeps every separator a `/`.
  it('a spelling and its upper-cased, slash-separated twin are the same file', () => {
    fc.assert(fc.property(spelling, (p) => {
      expect(sameFileExplained(canon(p), canon(p.toUpperCase().replace(/\\/g, '/'))).same).toBe(true);
    }));
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => {
      expect(() => canonicaliseWinPath(text, { drives, links })).not.toThrow();
    }));
  });
});
