import { describe, expect, it } from 'vitest';
import { decodeSmallText } from '../../src-shared/parsers/decode-text.js';
import { parseIniText } from '../../src-shared/parsers/ini-text.js';
import { parseNdText } from '../../src-shared/parsers/quickbooks-nd.js';
import { parseRecentFiles } from '../../src-shared/parsers/quickbooks-recent-files.js';

/** The edges of the small-file parsers, where an off-by-one or a dropped condition hides. */
const bytes = (...b: number[]) => new Uint8Array(b);
const le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));

describe('decoding: byte-order marks and their lengths', () => {
  it('a lone 0xFF or 0xFE byte is not a byte-order mark', () => {
    expect(decodeSmallText(bytes(0xff))).toMatchObject({ ok: true, encoding: 'windows-1252', text: 'ÿ' });
    expect(decodeSmallText(bytes(0xfe))).toMatchObject({ ok: true, encoding: 'windows-1252', text: 'þ' });
  });

  it('a UTF-8 mark needs all three bytes', () => {
    expect(decodeSmallText(bytes(0xef, 0xbb, 0xbf))).toEqual({ ok: true, text: '', encoding: 'utf-8' });
    expect(decodeSmallText(bytes(0xef, 0xbb, 0x41))).toMatchObject({ ok: true, encoding: 'windows-1252' });
  });

  it('UTF-16 marks: an empty body is empty text; an odd one is refused', () => {
    expect(decodeSmallText(bytes(0xff, 0xfe))).toEqual({ ok: true, text: '', encoding: 'utf-16le' });
    expect(decodeSmallText(bytes(0xfe, 0xff))).toEqual({ ok: true, text: '', encoding: 'utf-16be' });
    expect(decodeSmallText(bytes(0xfe, 0xff, 0x00))).toEqual({ ok: false, reason: 'it claims to be UTF-16 but has an odd number of bytes' });
  });

  it('a broken UTF-16 body is refused with the encoding named', () => {
    // A lone high surrogate (0xD800) cannot be decoded.
    expect(decodeSmallText(bytes(0xff, 0xfe, 0x00, 0xd8))).toEqual({ ok: false, reason: 'it is not valid UTF-16LE text' });
  });
});

describe('decoding: UTF-16LE without a mark', () => {
  it('is recognised from four bytes on', () => {
    expect(decodeSmallText(le('AB'))).toEqual({ ok: true, text: 'AB', encoding: 'utf-16le' });
    // Two bytes are too few to tell: 'A\0' is refused as binary, not taken for UTF-16.
    expect(decodeSmallText(le('A'))).toMatchObject({ ok: false });
  });

  it('needs NULs in the odd bytes only', () => {
    expect(decodeSmallText(bytes(0x41, 0x00, 0x00, 0x42))).toMatchObject({ ok: false, reason: 'it holds binary data, not text' });
  });

  it('allows a few characters without a NUL (up to one in ten), not more', () => {
    expect(decodeSmallText(le('ABCDEFGHIJKLMNOPQR中文'))).toEqual({ ok: true, text: 'ABCDEFGHIJKLMNOPQR中文', encoding: 'utf-16le' });
    expect(decodeSmallText(le('ABCDEFGHIJKLMNOPQ中文字')).ok && decodeSmallText(le('ABCDEFGHIJKLMNOPQ中文字'))).not.toMatchObject({ encoding: 'utf-16le' });
  });

  it('looks at the first 512 bytes only', () => {
    const text = `${'A'.repeat(256)}${'中'.repeat(200)}`;
    expect(decodeSmallText(le(text))).toEqual({ ok: true, text, encoding: 'utf-16le' });
  });
});

describe('decoding: text or binary', () => {
  it('keeps tab, line feed, vertical tab, form feed and carriage return', () => {
    expect(decodeSmallText(new Uint8Array(Buffer.from('a\tb\nc\u000bd\u000ce\rf')))).toEqual({ ok: true, text: 'a\tb\nc\u000bd\u000ce\rf', encoding: 'utf-8' });
  });

  it.each([0x00, 0x01, 0x08, 0x0e, 0x1f, 0x7f])('refuses control byte 0x%s', (b) => {
    expect(decodeSmallText(bytes(0x41, b, 0x42))).toEqual({ ok: false, reason: 'it holds binary data, not text' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252', () => {
    expect(decodeSmallText(bytes(0x41, 0xe9, 0x42))).toEqual({ ok: true, text: 'AéB', encoding: 'windows-1252' });
    expect(decodeSmallText(new Uint8Array(Buffer.from('Café', 'utf8')))).toEqual({ ok: true, text: 'Café', encoding: 'utf-8' });
  });
});

describe('INI edges', () => {
  it('skips lines with no key before the "=", and trims header names', () => {
    expect(parseIniText('=orphan\r\n[ Spaced ]\r\n  key  =  value  \r\n')).toEqual([{ name: 'Spaced', entries: [{ key: 'key', value: 'value' }] }]);
  });

  it('keeps an empty value, and a section with no entries', () => {
    expect(parseIniText('[A]\r\nk=\r\n[B]\r\n')).toEqual([
      { name: 'A', entries: [{ key: 'k', value: '' }] },
      { name: 'B', entries: [] },
    ]);
  });

  it('takes only a whole-line [header], and skips indented comments', () => {
    expect(parseIniText('[A] trailing\r\n  ; note\r\n  # note\r\n  // note\r\nk=v\r\n')).toEqual([{ name: '', entries: [{ key: 'k', value: 'v' }] }]);
  });
});

describe('.ND edges', () => {
  it('leaves out empty settings and a host name EngineName does not give', () => {
    expect(parseNdText('[NetConnect]\r\nServerIp=\r\nEngineName=QB_34\r\nServerMode=x\r\n')).toEqual({ engineName: 'QB_34' });
    expect(parseNdText('[NetConnect]\r\nEngineName=QBX_FILESRV_34\r\n')).toEqual({ engineName: 'QBX_FILESRV_34' });
    expect(parseNdText('[NetConnect]\r\nEngineName=QB_FILESRV_\r\n')).toEqual({ engineName: 'QB_FILESRV_' });
  });

  it('reads the first section when there is no [NetConnect]', () => {
    expect(parseNdText('[Other]\r\nServerMode=2\r\n')).toEqual({ serverMode: 2 });
    expect(parseNdText('')).toEqual({});
  });
});

describe('recent-file edges', () => {
  it('skips empty entries, other keys and other sections', () => {
    expect(parseRecentFiles('[MRUFILES]\r\nFILE1=\r\nFILE2=B.QBW\r\nFILEX=X.QBW\r\nMYFILE3=Y.QBW\r\n[OTHER]\r\nFILE1=Z.QBW\r\n')).toEqual(['B.QBW']);
  });
});

describe('edges found by mutation testing', () => {
  it('a 0xFE second byte alone is no byte-order mark', () => {
    expect(decodeSmallText(bytes(0x41, 0xfe, 0x42))).toStrictEqual({ ok: true, text: 'AþB', encoding: 'windows-1252' });
    expect(decodeSmallText(bytes(0x41, 0xff, 0x42))).toStrictEqual({ ok: true, text: 'AÿB', encoding: 'windows-1252' });
  });

  it('one NUL in an even byte means it is not UTF-16, even when UTF-16 would read cleanly', () => {
    const text = new Uint8Array([...le('ABCDEFGHIJ'), 0x00, 0x4e]);
    expect(decodeSmallText(text)).toStrictEqual({ ok: false, reason: 'it holds binary data, not text' });
  });

  it('INI: indented headers and keys, and ";", "#" or "//" inside a value', () => {
    expect(parseIniText('  [A]  \r\n  path = C:\\x;\r\n  tag=#1\r\n  url=http://x//\r\n  key=[B]\r\n')).toStrictEqual([
      { name: 'A', entries: [{ key: 'path', value: 'C:\\x;' }, { key: 'tag', value: '#1' }, { key: 'url', value: 'http://x//' }, { key: 'key', value: '[B]' }] },
    ]);
  });

  it('.ND: nothing but what is there, and a host only from a whole QB_<host>_<nn>', () => {
    expect(parseNdText('[NetConnect]\r\nServerMode=1\r\n')).toStrictEqual({ serverMode: 1 });
    expect(parseNdText('[NetConnect]\r\nEngineName=xQB_HOST_34\r\n')).toStrictEqual({ engineName: 'xQB_HOST_34' });
    expect(parseNdText('[NetConnect]\r\nEngineName=QB_HOST_34x\r\n')).toStrictEqual({ engineName: 'QB_HOST_34x' });
  });

  it('recent files: FILE<n> exactly', () => {
    expect(parseRecentFiles('[MRUFILES]\r\nFILE1x=A.QBW\r\nFILE2=B.QBW\r\n')).toStrictEqual(['B.QBW']);
  });
});

describe('a UTF-16LE mark needs both bytes', () => {
  it('0xFF then anything but 0xFE is Windows-1252 text', () => {
    expect(decodeSmallText(bytes(0xff, 0x41))).toStrictEqual({ ok: true, text: 'ÿA', encoding: 'windows-1252' });
  });
});
