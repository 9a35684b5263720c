import { describe, expect, it } from 'vitest';
import { formatWinPath, parseWinPath } from '../../src-shared/winpath/parse-win-path.js';
import { buildUpcaseTable, sameWinName, winUpcase } from '../../src-shared/winpath/win-case.js';
import { literalNames, normaliseNames, survivesNormalisation } from '../../src-shared/winpath/win-path-names.js';

/**
 * The names below a root, as Windows resolves them (and what it had to tidy, which becomes the
 * reason a user is shown), and the upcase table names are compared through.
 */
function notes(input: string) {
  const parsed = parseWinPath(input);
  return parsed.ok ? parsed.notes : undefined;
}

function spelled(input: string): string | undefined {
  const parsed = parseWinPath(input);
  return parsed.ok ? formatWinPath(parsed.path) : undefined;
}

describe('what normalising names had to tidy', () => {
  it('nothing, for plain names', () => {
    expect(normaliseNames('Sage\\Company.000')).toEqual({ ok: true, names: ['Sage', 'Company.000'], dots: false, trimmed: false, trailingSeparator: false });
  });

  it('a last name that lost its periods and spaces', () => {
    expect(normaliseNames('Sage\\Company. .')).toEqual({ ok: true, names: ['Sage', 'Company'], dots: false, trimmed: true, trailingSeparator: false });
    expect(notes('C:\\Sage. ')).toEqual(['trailing']);
  });

  it('a folder name that lost its one final period', () => {
    expect(normaliseNames('Sage.\\x')).toEqual({ ok: true, names: ['Sage', 'x'], dots: false, trimmed: true, trailingSeparator: false });
    expect(notes('C:\\Sage.\\x')).toEqual(['trailing']);
  });

  it('a separator after the last name', () => {
    expect(normaliseNames('Sage\\')).toEqual({ ok: true, names: ['Sage'], dots: false, trimmed: false, trailingSeparator: true });
    expect(normaliseNames('Sage\\\\\\')).toEqual({ ok: true, names: ['Sage'], dots: false, trimmed: false, trailingSeparator: true });
  });

  it('separators with no name before them are the root\'s own, not a trailing one', () => {
    expect(normaliseNames('\\')).toEqual({ ok: true, names: [], dots: false, trimmed: false, trailingSeparator: false });
    expect(notes('C:\\\\')).toEqual([]);
    expect(notes('\\\\srv\\share\\')).toEqual([]);
  });

  it('. and .. worked out', () => {
    expect(normaliseNames('a\\.\\b\\..\\c')).toEqual({ ok: true, names: ['a', 'c'], dots: true, trimmed: false, trailingSeparator: false });
    expect(normaliseNames('.')).toEqual({ ok: true, names: [], dots: true, trimmed: false, trailingSeparator: false });
  });

  it('a name with a character no name may hold is refused', () => {
    expect(normaliseNames('a\\b?c')).toEqual({ ok: false, problem: 'invalid-character' });
  });
});

describe('literal names after \\\\?\\', () => {
  it('nothing after the root is the root, with nothing tidied', () => {
    expect(literalNames('')).toEqual({ ok: true, names: [], dots: false, trimmed: false, trailingSeparator: false });
    expect(notes('\\\\?\\C:\\')).toEqual(['long-prefix']);
  });

  it('names are kept as they are, with nothing tidied', () => {
    expect(literalNames('a.\\..\\b ')).toEqual({ ok: true, names: ['a.', '..', 'b '], dots: false, trimmed: false, trailingSeparator: false });
    expect(notes('\\\\?\\C:\\a.\\b ')).toEqual(['long-prefix']);
  });

  it('one final separator is allowed, and noted', () => {
    expect(literalNames('a\\')).toEqual({ ok: true, names: ['a'], dots: false, trimmed: false, trailingSeparator: true });
  });

  it('a character no name may hold is refused', () => {
    expect(literalNames('a|b')).toEqual({ ok: false, problem: 'invalid-character' });
    const parsed = parseWinPath('\\\\?\\C:\\a|b');
    expect(!parsed.ok && parsed.reason).toBe('"\\\\?\\C:\\a|b" has a character Windows does not allow in a file or folder name.');
  });

  it('an empty name is refused', () => {
    expect(literalNames('a\\\\b')).toEqual({ ok: false, problem: 'empty-name' });
    expect(literalNames('\\')).toEqual({ ok: false, problem: 'empty-name' });
  });
});

describe('names only the literal spelling can express', () => {
  it.each(['.', '..', 'a.', ' .', 'a b.'])('%j does not survive normalisation', (name) => {
    expect(survivesNormalisation(name)).toBe(false);
  });

  it.each(['a', '...', 'a..', '.a', 'a. b', 'a '])('%j does', (name) => {
    expect(survivesNormalisation(name)).toBe(true);
  });

  it('a literal "." keeps the literal spelling', () => {
    expect(spelled('\\\\?\\C:\\.')).toBe('\\\\?\\C:\\.');
    expect(spelled('\\\\?\\C:\\x\\.\\y')).toBe('\\\\?\\C:\\x\\.\\y');
  });

  it('a device or literal prefix in the middle of a path is not a prefix', () => {
    expect(spelled('C:\\a\\\\.\\b')).toBe('C:\\a\\b');
    expect(spelled('\\\\?\\C:\\unc\\x')).toBe('C:\\unc\\x');
    expect(parseWinPath('\\\\.\\GLOBALROOT\\C:\\x').ok).toBe(false);
  });
});

describe('the upcase table names are compared through', () => {
  // Built afresh in each test, not once for the file: each test checks a table of its own making.
  const up = (c: string) => String.fromCharCode(buildUpcaseTable()[c.charCodeAt(0)]!);

  it('has an entry for every UTF-16 unit', () => {
    const table = buildUpcaseTable();
    expect(table).toHaveLength(0x10000);
    expect(table[0xffff]).toBe(0xffff);
  });

  it('upper-cases letters to their one capital and leaves the rest', () => {
    expect(up('a')).toBe('A');
    expect(up('Z')).toBe('Z');
    expect(up('é')).toBe('É');
    expect(up('ж')).toBe('Ж');
    expect(up('1')).toBe('1');
    expect(up('\u0000')).toBe('\u0000');
  });

  it('leaves a letter whose capital is two characters as it is', () => {
    expect(up('ß')).toBe('ß');
    expect(up('\ufb01')).toBe('\ufb01');
  });

  it('leaves the variant letters Windows keeps apart', () => {
    for (const c of ['\u00b5', '\u0131', '\u017f', '\u01c5', '\u0345', '\u03d0', '\u03f5', '\u1e9b', '\u1fbe']) expect(up(c)).toBe(c);
  });

  it('never lower-cases: signs stay distinct from the letters they resemble', () => {
    expect(up('\u212a')).toBe('\u212a');
    expect(up('\u2126')).toBe('\u2126');
  });

  it('leaves lone surrogates alone', () => {
    expect(up('\ud800')).toBe('\ud800');
    expect(up('\udfff')).toBe('\udfff');
  });
});

describe('folding names', () => {
  it('folds to capitals, not to small letters', () => {
    expect(winUpcase('Sage\\Company.000')).toBe('SAGE\\COMPANY.000');
    expect(winUpcase('Société')).toBe('SOCIÉTÉ');
    expect(winUpcase('straße')).toBe('STRAßE');
    expect(winUpcase('\u212aestrel')).toBe('\u212aESTREL');
  });

  it('a name is the same name in another case, and only then', () => {
    expect(sameWinName('société', 'SOCIÉTÉ')).toBe(true);
    expect(sameWinName('\u212aestrel', 'kestrel')).toBe(false);
    expect(sameWinName('Sage', 'Sage ')).toBe(false);
    expect(sameWinName('ß', 'SS')).toBe(false);
  });
});
