import { describe, expect, it } from 'vitest';
import { formatWinPath, isPrefixOf, MAX_WINDOWS_PATH, parseWinPath, sameRoot, type WinPath } from '../../src-shared/winpath/parse-win-path.js';

/**
 * Edges of reading and writing one Windows path: the length limit, which refusal a user reads
 * for which mistake, the roots only `\\?\` can spell, and which path lies under which.
 */
function spelled(input: string): string | undefined {
  const parsed = parseWinPath(input);
  return parsed.ok ? formatWinPath(parsed.path) : undefined;
}

function refusal(input: string): string | undefined {
  const parsed = parseWinPath(input);
  return parsed.ok ? undefined : parsed.reason;
}

function path(text: string): WinPath {
  const parsed = parseWinPath(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.path;
}

describe('the length Windows allows', () => {
  const atLimit = `C:\\${'a'.repeat(MAX_WINDOWS_PATH - 3)}`;

  it('a path of exactly the limit is read', () => {
    expect(atLimit).toHaveLength(32_767);
    expect(parseWinPath(atLimit).ok).toBe(true);
  });

  it('one character more is refused, saying the limit', () => {
    expect(refusal(`${atLimit}b`)).toBe('The path is longer than Windows allows (32767 characters).');
  });

  it('an empty or blank path is refused as empty', () => {
    expect(refusal('')).toBe('The path is empty.');
    expect(refusal(' \t\r\n')).toBe('The path is empty.');
    expect(refusal('""')).toBe('The path is empty.');
  });
});

describe('which refusal a mistake gets', () => {
  it('a line break inside a name is a character Windows does not allow, not a relative path', () => {
    expect(refusal('C:\\Sage\nCompany')).toBe('"C:\\Sage\nCompany" has a character Windows does not allow in a file or folder name.');
    expect(refusal('\\\\?\\C:\\Sage\nCompany')).toContain('does not allow in a file or folder name');
  });

  it('a bare drive letter names the drive in capitals and shows the full form', () => {
    expect(refusal('c:')).toBe('"c:" is relative to the current folder of drive C: (or names the drive itself); give the full path, such as C:\\.');
    // After \\?\ it is the volume itself, a device (issue 19): not "relative to the current folder".
    expect(refusal('\\\\?\\d:')).toContain('names the volume D: itself');
  });

  it('a device that is not a drive or share is refused as a device', () => {
    expect(refusal('\\\\.\\PIPE\\x')).toBe('"\\\\.\\PIPE\\x" names a device, not a folder on a drive or a shared folder.');
    expect(refusal('\\\\?\\Volume{1}\\x')).toContain('names a device');
  });

  it('an empty name in a literal path is refused, and says why', () => {
    expect(refusal('\\\\?\\C:\\a\\\\b')).toBe('"\\\\?\\C:\\a\\\\b" has an empty name between two \\; a \\\\?\\ path is taken literally, so Windows does not allow it.');
  });

  it('a slash in a literal name is refused, and says why', () => {
    expect(refusal('\\\\?\\C:\\a/b')).toBe('"\\\\?\\C:\\a/b" has a / inside a name; in a \\\\?\\ path / does not separate folders, and Windows does not allow it in a name.');
  });

  it('a relative path is refused with the forms a full path takes', () => {
    expect(refusal('Sage\\Company.000')).toBe('"Sage\\Company.000" is not a full Windows path (it should start with a drive letter such as C:\\ or with \\\\server\\share).');
  });

  it.each([
    ['\\\\', 'no server or share'],
    ['\\\\srv', 'a server alone'],
    ['\\\\srv\\', 'an empty share'],
    ['\\\\srv\\. .', 'a share of only periods and spaces'],
    ['\\\\?\\UNC\\srv', 'a literal server alone'],
    ['\\\\?\\UNC\\srv\\\\share', 'a literal empty share'],
  ])('%s is refused: %s', (input) => {
    expect(refusal(input)).toBe(`"${input}" names a server but no shared folder (expected \\\\server\\share\\…).`);
  });

  it.each([
    '\\\\srv:1\\share',
    '\\\\srv\\sh*re',
    '\\\\?\\UNC\\srv\\sh|re',
    '\\\\?\\UNC\\s/rv\\share\\x',
    '\\\\?\\UNC\\srv\\sh/are\\x',
  ])('%s has a character no server or share name may hold', (input) => {
    expect(refusal(input)).toBe(`"${input}" has a character Windows does not allow in a server or share name.`);
  });
});

describe('device and literal roots', () => {
  it('the UNC of a device or literal path is read in any case', () => {
    expect(spelled('\\\\?\\unc\\srv\\share\\x')).toBe('\\\\srv\\share\\x');
    expect(spelled('\\\\.\\Unc\\srv\\share\\x')).toBe('\\\\srv\\share\\x');
  });

  it('a literal path to a server named "." keeps the literal form, as only it can reach it', () => {
    expect(spelled('\\\\?\\UNC\\.\\share\\x')).toBe('\\\\?\\UNC\\.\\share\\x');
    expect(spelled('\\\\?\\UNC\\.\\share')).toBe('\\\\?\\UNC\\.\\share\\');
  });

  it('a literal drive root with a name only \\\\?\\ can hold keeps the literal form', () => {
    expect(spelled('\\\\?\\C:\\a.')).toBe('\\\\?\\C:\\a.');
    expect(spelled('\\\\?\\C:\\..')).toBe('\\\\?\\C:\\..');
  });

  it('a literal path keeps a doubled separator after the server as an empty share', () => {
    expect(refusal('\\\\?\\UNC\\srv\\\\share\\x')).toContain('no shared folder');
    expect(spelled('\\\\.\\UNC\\srv\\\\share\\x')).toBe('\\\\srv\\share\\x');
  });
});

describe('shares whose names end in a period or space', () => {
  it('a share ending the path loses its trailing periods and spaces, and that is noted', () => {
    const parsed = parseWinPath('\\\\srv\\share. .');
    expect(parsed.ok && formatWinPath(parsed.path)).toBe('\\\\srv\\share');
    expect(parsed.ok && parsed.notes).toEqual(['trailing']);
  });

  it('a share followed by \\ keeps its name, and is written so it reads back the same', () => {
    const parsed = parseWinPath('\\\\srv\\share.\\');
    expect(parsed.ok && parsed.path.root).toEqual({ kind: 'unc', server: 'srv', share: 'share.' });
    expect(parsed.ok && formatWinPath(parsed.path)).toBe('\\\\srv\\share.\\');
    expect(spelled('\\\\srv\\share \\')).toBe('\\\\srv\\share \\');
    expect(spelled('\\\\srv\\share.\\x')).toBe('\\\\srv\\share.\\x');
  });

  it('a share with a period or space inside its name needs no closing \\', () => {
    expect(spelled('\\\\srv\\my.share')).toBe('\\\\srv\\my.share');
    expect(spelled('\\\\srv\\my share\\')).toBe('\\\\srv\\my share');
  });

  it('quotes around the path are noted, and only then', () => {
    const quoted = parseWinPath('"C:\\x"');
    expect(quoted.ok && quoted.notes).toEqual(['quotes']);
    const bare = parseWinPath('C:\\x');
    expect(bare.ok && bare.notes).toEqual([]);
  });

  it('a share spelled as it is needs no note', () => {
    const bare = parseWinPath('\\\\srv\\share');
    expect(bare.ok && bare.notes).toEqual([]);
  });

  it('a last name ending in a space keeps a closing \\ when written', () => {
    expect(spelled('C:\\Sage \\')).toBe('C:\\Sage \\');
    expect(spelled('\\\\srv\\share\\Sage.\\')).toBe('\\\\srv\\share\\Sage');
  });
});

describe('which path lies under which', () => {
  it('a path lies under itself and its ancestors, whatever the case', () => {
    expect(isPrefixOf(path('C:\\a'), path('c:\\A\\b'))).toBe(true);
    expect(isPrefixOf(path('C:\\a\\b'), path('C:\\a\\b'))).toBe(true);
    expect(isPrefixOf(path('C:\\'), path('C:\\a'))).toBe(true);
  });

  it('a deeper path is not an ancestor', () => {
    expect(isPrefixOf(path('C:\\a\\b'), path('C:\\a'))).toBe(false);
  });

  it('a sibling or another root is not an ancestor', () => {
    expect(isPrefixOf(path('C:\\a\\b'), path('C:\\a\\c\\d'))).toBe(false);
    expect(isPrefixOf(path('D:\\a'), path('C:\\a\\b'))).toBe(false);
    expect(isPrefixOf(path('\\\\srv\\a'), path('C:\\a'))).toBe(false);
  });

  it('roots compare whatever their case, but a drive is never a share', () => {
    expect(sameRoot(path('\\\\SRV\\Share').root, path('\\\\srv\\share').root)).toBe(true);
    expect(sameRoot(path('\\\\srv\\share').root, path('\\\\srv\\other').root)).toBe(false);
    expect(sameRoot(path('C:\\').root, path('c:\\').root)).toBe(true);
  });
});
