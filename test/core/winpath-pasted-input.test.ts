import { describe, expect, it } from 'vitest';
import { fileSystemSpelling } from '../../src-shared/winpath/file-system-spelling.js';
import { parseWinPath } from '../../src-shared/winpath/parse-win-path.js';
import { tidyTypedPath, unwrapPastedPath } from '../../src-shared/winpath/win-path-input.js';

/**
 * What a user pastes around a path (a copied line's end, Explorer's quotes, indentation) is not
 * part of it; what Windows itself would keep in a name is.
 */
describe('unwrapping a pasted path', () => {
  it.each([
    [' C:\\x', 'a leading space'],
    ['\tC:\\x', 'a leading tab'],
    ['\r\nC:\\x', 'a leading line break'],
    ['\nC:\\x', 'a leading line feed'],
    ['C:\\x\t', 'a trailing tab'],
    ['C:\\x\r\n', 'a trailing line break'],
    ['C:\\x\r', 'a trailing carriage return'],
    ['C:\\x\n', 'a trailing line feed'],
  ])('%j is C:\\x: %s goes', (input) => {
    expect(unwrapPastedPath(input)).toEqual({ text: 'C:\\x', quoted: false });
  });

  it('blanks of every kind go from the start; from the end, only tabs and line breaks', () => {
    expect(unwrapPastedPath(' \t C:\\x \t\r\n')).toEqual({ text: 'C:\\x ', quoted: false });
  });

  it('trailing spaces stay for Windows\' own rules to decide', () => {
    expect(unwrapPastedPath('C:\\x  ').text).toBe('C:\\x  ');
  });

  it('quotes around the path go, and so does the whitespace inside them', () => {
    expect(unwrapPastedPath('"C:\\My Books\\x"')).toEqual({ text: 'C:\\My Books\\x', quoted: true });
    expect(unwrapPastedPath('\t"\r\nC:\\x\t"\n')).toEqual({ text: 'C:\\x', quoted: true });
  });

  it('a lone quote, or a quote at one end only, is left as it is', () => {
    expect(unwrapPastedPath('"')).toEqual({ text: '"', quoted: false });
    expect(unwrapPastedPath('"C:\\x')).toEqual({ text: '"C:\\x', quoted: false });
    expect(unwrapPastedPath('C:\\x"')).toEqual({ text: 'C:\\x"', quoted: false });
  });

  it('a pair of quotes with nothing inside is an empty path', () => {
    expect(unwrapPastedPath('""')).toEqual({ text: '', quoted: true });
    const parsed = parseWinPath('"');
    expect(!parsed.ok && parsed.reason).toContain('not a full Windows path');
  });

  it('whitespace inside the path is kept', () => {
    expect(unwrapPastedPath('C:\\a \t b').text).toBe('C:\\a \t b');
  });
});

describe('keeping a typed path in settings', () => {
  it('drops trailing spaces of an ordinary path, but not a no-break space', () => {
    expect(tidyTypedPath('C:\\Sage   ')).toBe('C:\\Sage');
    expect(tidyTypedPath('\tC:\\Sage \u00a0 ')).toBe('C:\\Sage \u00a0');
  });

  it('keeps the trailing spaces of a literal path, which belong to its name', () => {
    expect(tidyTypedPath('  \\\\?\\C:\\Sage  \r\n')).toBe('\\\\?\\C:\\Sage  ');
  });

  it('a device path is not literal: its trailing spaces go', () => {
    expect(tidyTypedPath('\\\\.\\C:\\Sage  ')).toBe('\\\\.\\C:\\Sage');
  });

  it('only blanks is nothing', () => {
    expect(tidyTypedPath(' \t\r\n ')).toBe('');
  });
});

describe('the spelling of a path the file system reported', () => {
  it('a drive path is read literally', () => {
    expect(fileSystemSpelling('c:\\Sage.')).toBe('\\\\?\\c:\\Sage.');
  });

  it('a share path is read literally through UNC', () => {
    expect(fileSystemSpelling('\\\\srv\\share\\Sage ')).toBe('\\\\?\\UNC\\srv\\share\\Sage ');
  });

  it.each(['C:relative', 'C:', 'Sage\\x', '\\\\.\\C:\\x', '\\\\?\\UNC\\srv\\s', '\\\\\\x', 'x\\\\srv\\share', 'xC:\\a'])('%j is left as it is', (text) => {
    expect(fileSystemSpelling(text)).toBe(text);
  });
});
