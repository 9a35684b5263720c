import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicaliseWinPath, sameFileExplained } from '../../src-shared/winpath/canonical-path.js';
import { formatWinPath, isPrefixOf, parseWinPath, winPathKey } from '../../src-shared/winpath/parse-win-path.js';
import { sameWinName, winUpcase } from '../../src-shared/winpath/win-case.js';
import { tidyTypedPath } from '../../src-shared/winpath/win-path-input.js';

/**
 * Windows' own path rules, one test per rule. Sources: Microsoft, "File path formats on Windows
 * systems" (sections "Identify the path", "Canonicalize separators", "Evaluate relative
 * components", "Trim characters", "Skip normalization") and "Naming Files, Paths, and Namespaces".
 */

function spelled(input: string): string | undefined {
  const parsed = parseWinPath(input);
  return parsed.ok ? formatWinPath(parsed.path) : undefined;
}

function refusal(input: string): string | undefined {
  const parsed = parseWinPath(input);
  return parsed.ok ? undefined : parsed.reason;
}

function same(a: string, b: string): boolean {
  const x = canonicaliseWinPath(a);
  const y = canonicaliseWinPath(b);
  if (!x.ok || !y.ok) throw new Error(`not a path: ${x.ok ? b : a}`);
  return sameFileExplained(x.value, y.value).same;
}

describe('separators', () => {
  // "Canonicalize separators": a series of slashes after the first two collapses into one.
  it('a doubled separator after the server is one separator', () => {
    expect(spelled('\\\\server\\\\share\\x')).toBe('\\\\server\\share\\x');
    expect(same('\\\\server\\\\share\\x', '\\\\server\\share\\x')).toBe(true);
  });

  // "Canonicalize separators": every / becomes \.
  it('/ separates like \\ in ordinary and device paths', () => {
    expect(spelled('//server/share/x')).toBe('\\\\server\\share\\x');
    expect(spelled('//./C:/x/../y')).toBe('C:\\y');
  });

  // A UNC path needs a server: `\\\server\share` has an empty one.
  it('an empty server name is refused', () => {
    expect(refusal('\\\\\\server\\share')).toContain('no shared folder');
  });
});

describe('trailing periods and spaces', () => {
  // "Trim characters": if the path does not end in a separator, all trailing periods and spaces
  // of the last segment are removed — of the last segment only.
  it('a folder name keeps its trailing space: C:\\Sage \\Company.000 is not C:\\Sage\\Company.000', () => {
    expect(spelled('C:\\Sage \\Company.000')).toBe('C:\\Sage \\Company.000');
    expect(same('C:\\Sage \\Company.000', 'C:\\Sage\\Company.000')).toBe(false);
  });

  it('the last name loses its trailing periods and spaces', () => {
    expect(spelled('C:\\Sage\\Company.000. . ')).toBe('C:\\Sage\\Company.000');
    expect(same('C:\\Sage\\Company.000 ', 'C:\\Sage\\Company.000')).toBe(true);
  });

  // "Trim characters": a trailing separator keeps the last name whole ("you can create a
  // directory name with a trailing space by adding a trailing separator after the space").
  it('a trailing separator keeps a trailing space in the last name', () => {
    expect(spelled('C:\\Sage \\')).toBe('C:\\Sage \\');
    expect(same('C:\\Sage \\', 'C:\\Sage')).toBe(false);
  });

  // "Trim characters": a segment ending in a single period loses that period.
  it('a folder name ending in one period loses it', () => {
    expect(spelled('C:\\Sage.\\Company.000')).toBe('C:\\Sage\\Company.000');
  });

  // "A segment of three or more periods is not normalized and is actually a valid name."
  it('... is a name, not the current folder', () => {
    expect(spelled('C:\\a\\...\\b')).toBe('C:\\a\\...\\b');
    expect(same('C:\\a\\...\\b', 'C:\\a\\b')).toBe(false);
    expect(spelled('C:\\a..\\b')).toBe('C:\\a..\\b');
  });

  // A last name made only of periods and spaces (other than . and ..) is trimmed away entirely.
  it('a last name of only periods and spaces vanishes', () => {
    expect(spelled('C:\\a\\...')).toBe('C:\\a');
    expect(spelled('C:\\a\\. .')).toBe('C:\\a');
    expect(spelled('C:\\a\\.. ')).toBe('C:\\a');
  });

  // The share is the root: followed by a separator it is kept as spelled; as the last name it is
  // trimmed like any other (CPython's GetFullPathNameW check: `\\spam\\eggs. . .` → `\\spam\eggs`).
  it('a share name is trimmed only when it ends the path', () => {
    expect(spelled('\\\\srv\\share.\\x')).toBe('\\\\srv\\share.\\x');
    expect(same('\\\\srv\\share.\\x', '\\\\srv\\share\\x')).toBe(false);
    expect(spelled('\\\\srv\\share. .')).toBe('\\\\srv\\share');
    expect(spelled('\\\\srv\\  share\\x')).toBe('\\\\srv\\  share\\x');
  });
});

describe('relative components', () => {
  // "Evaluate relative components": parents are only removed if they are not past the root.
  it('.. never climbs above a drive or a share', () => {
    expect(spelled('C:\\..\\..\\x')).toBe('C:\\x');
    expect(spelled('\\\\srv\\share\\..\\..\\x')).toBe('\\\\srv\\share\\x');
  });

  // "Identify the path": `C:` with no separator is relative to the current folder of drive C.
  it('a bare C: is the current folder of drive C, not C:\\', () => {
    expect(refusal('C:')).toContain('relative');
    expect(refusal('c:Sage')).toContain('relative');
    expect(spelled('C:\\')).toBe('C:\\');
  });
});

describe('device paths \\\\.\\ and literal paths \\\\?\\', () => {
  // "Skip normalization": only `\\?\` spelled with back slashes skips normalisation; `\\.\` is normalised.
  it('\\\\.\\ is normalised like an ordinary path', () => {
    expect(spelled('\\\\.\\C:\\x\\..\\y')).toBe('C:\\y');
    expect(spelled('\\\\.\\C:\\Foo. ')).toBe('C:\\Foo');
    expect(spelled('\\\\.\\UNC\\srv\\share\\a\\.\\b')).toBe('\\\\srv\\share\\a\\b');
  });

  it('\\\\?\\ is taken literally: no . or .. worked out, nothing trimmed', () => {
    expect(same('\\\\?\\C:\\x\\..\\y', 'C:\\y')).toBe(false);
    expect(spelled('\\\\?\\C:\\x\\..\\y')).toBe('\\\\?\\C:\\x\\..\\y');
    expect(spelled('\\\\?\\C:\\Foo ')).toBe('C:\\Foo \\');
    expect(same('\\\\?\\C:\\Foo ', 'C:\\Foo')).toBe(false);
    // "hidden." is reachable only through \\?\ ("Skip normalization", reason 1).
    expect(spelled('\\\\?\\C:\\hidden.')).toBe('\\\\?\\C:\\hidden.');
    expect(same('\\\\?\\C:\\hidden.', 'C:\\hidden')).toBe(false);
  });

  it('in \\\\?\\ a / is not a separator, and no name may hold one', () => {
    expect(refusal('\\\\?\\C:\\a/b')).toContain('/');
  });

  it('the \\\\?\\ forms stay equivalent to the ordinary ones', () => {
    expect(same('\\\\?\\UNC\\srv\\share\\x', '\\\\srv\\share\\x')).toBe(true);
    expect(same('\\\\?\\C:\\', 'C:\\')).toBe(true);
    expect(same('\\\\?\\c:\\Sage', 'C:\\SAGE')).toBe(true);
  });

  it('\\\\?\\C: alone names the volume, not its root folder', () => {
    expect(refusal('\\\\?\\C:')).toBeDefined();
  });

  it('a literal spelling reads back as the same path', () => {
    for (const input of ['\\\\?\\C:\\a.\\b', '\\\\?\\C:\\..', '\\\\?\\UNC\\srv\\share\\x.', '\\\\?\\C:\\Foo ', '\\\\?\\UNC\\srv\\share.']) {
      const once = spelled(input)!;
      expect(spelled(once), input).toBe(once);
    }
  });
});

describe('what surrounds a pasted path', () => {
  // A no-break space is a character like any other in an NTFS name; only U+0020 is trimmed.
  it('a no-break space belongs to the name', () => {
    expect(spelled('C:\\Sage\\Company\u00a0')).toBe('C:\\Sage\\Company\u00a0');
    expect(same('C:\\Sage\\Company\u00a0', 'C:\\Sage\\Company')).toBe(false);
    expect(spelled('\u00a0C:\\x')).toBeUndefined();
  });

  it('quotes and a copied line end are not part of the path', () => {
    expect(spelled('  "C:\\Quoted Path\\Company.000"\r\n')).toBe('C:\\Quoted Path\\Company.000');
  });

  it('settings and the command line keep a path as typed, less the ASCII whitespace around it', () => {
    expect(tidyTypedPath('  C:\\Sage\\Company.000  \r\n')).toBe('C:\\Sage\\Company.000');
    expect(tidyTypedPath('C:\\Sage\\Company\u00a0')).toBe('C:\\Sage\\Company\u00a0');
    expect(tidyTypedPath('\\\\?\\C:\\Sage ')).toBe('\\\\?\\C:\\Sage ');
  });

  it('a \\\\?\\ path keeps its trailing space', () => {
    expect(spelled('\\\\?\\UNC\\srv\\share\\Sage ')).toBe('\\\\srv\\share\\Sage \\');
  });
});

describe('case, as Windows folds it', () => {
  // NTFS compares names through its $UpCase table: one UTF-16 unit to one, never lower-casing.
  it('KELVIN SIGN and k stay distinct; k and K are the same', () => {
    expect('\u212a'.toUpperCase()).toBe('\u212a');
    expect(sameWinName('\u212a', 'k')).toBe(false);
    expect(sameWinName('\u212a', 'K')).toBe(false);
    expect(sameWinName('k', 'K')).toBe(true);
    expect(same('C:\\\u212aeys', 'C:\\keys')).toBe(false);
  });

  it('OHM SIGN and ω, ANGSTROM SIGN and å stay distinct', () => {
    expect(sameWinName('\u2126', '\u03c9')).toBe(false);
    expect(sameWinName('\u2126', '\u03a9')).toBe(false);
    expect(sameWinName('\u212b', '\u00e5')).toBe(false);
    expect(sameWinName('\u03c9', '\u03a9')).toBe(true);
    expect(sameWinName('\u00e5', '\u00c5')).toBe(true);
  });

  it('a character whose capital is two characters keeps itself (ß is not SS)', () => {
    expect(winUpcase('ß')).toBe('ß');
    expect(sameWinName('Straße', 'STRASSE')).toBe(false);
    expect(sameWinName('straße', 'STRAßE')).toBe(true);
  });

  it('variant letters the Windows table leaves alone stay apart from ASCII', () => {
    expect(sameWinName('\u0131', 'I')).toBe(false); // dotless i
    expect(sameWinName('\u017f', 'S')).toBe(false); // long s
    expect(sameWinName('\u00b5', '\u039c')).toBe(false); // micro sign
  });

  // The table has one entry per UTF-16 unit: characters beyond the BMP (surrogate pairs) keep their case.
  it('a character outside the BMP is compared as it is', () => {
    expect(sameWinName('\u{10428}', '\u{10400}')).toBe(false);
    expect(winUpcase('é\u{10428}')).toBe('É\u{10428}');
  });

  it('accented and Cyrillic letters fold to their capitals', () => {
    expect(same('C:\\Données\\Société', 'C:\\DONNÉES\\SOCIÉTÉ')).toBe(true);
    expect(same('C:\\бухгалтерия', 'C:\\БУХГАЛТЕРИЯ')).toBe(true);
  });

  it('prefix matching folds case the same way', () => {
    const a = parseWinPath('C:\\\u212a');
    const b = parseWinPath('C:\\k\\x');
    const c = parseWinPath('C:\\K\\x');
    expect(a.ok && b.ok && isPrefixOf(a.path, b.path)).toBe(false);
    expect(b.ok && c.ok && isPrefixOf(b.path, c.path)).toBe(true);
  });

  it('folding is stable: folding twice changes nothing, and equal keys fold alike', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40, unit: 'binary' }), (text) => {
      expect(winUpcase(winUpcase(text))).toBe(winUpcase(text));
      expect(winUpcase(text)).toHaveLength(text.length);
    }));
  });
});

// Names with every awkward character this file is about: trailing periods and spaces, no-break
// spaces, runs of periods, Kelvin and Ohm signs.
const awkwardName = fc.stringMatching(/^[a-zA-Z0-9 .\u00a0\u212a\u2126kK]{1,6}$/);
const awkwardPath = fc.tuple(
  fc.constantFrom('C:\\', '\\\\srv\\share\\', '\\\\?\\C:\\', '\\\\.\\C:\\', '\\\\?\\UNC\\srv\\share\\', '//srv//share/'),
  fc.array(awkwardName, { maxLength: 5 }),
  fc.boolean(),
).map(([root, names, trailing]) => `${root}${names.join(root.includes('/') ? '/' : '\\')}${trailing ? '\\' : ''}`);

describe('properties over awkward names', () => {
  it('the canonical spelling reads back as the same path (idempotent)', () => {
    fc.assert(fc.property(awkwardPath, (p) => {
      const once = parseWinPath(p);
      if (!once.ok) return;
      const again = parseWinPath(formatWinPath(once.path));
      expect(again.ok && again.path).toEqual(once.path);
      expect(again.ok && winPathKey(again.path)).toBe(winPathKey(once.path));
    }), { numRuns: 500 });
  });

  it('"same file" is symmetric and transitive', () => {
    fc.assert(fc.property(awkwardPath, awkwardPath, awkwardPath, (a, b, c) => {
      const [x, y, z] = [a, b, c].map((p) => canonicaliseWinPath(p));
      if (!x!.ok || !y!.ok || !z!.ok) return;
      const xy = sameFileExplained(x!.value, y!.value).same;
      expect(sameFileExplained(y!.value, x!.value).same).toBe(xy);
      if (xy && sameFileExplained(y!.value, z!.value).same) expect(sameFileExplained(x!.value, z!.value).same).toBe(true);
    }), { numRuns: 300 });
  });
});
