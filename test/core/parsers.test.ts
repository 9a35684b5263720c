import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSmallText, nonBlankLines } from '../../src-shared/parsers/decode-text.js';
import { parseIniText } from '../../src-shared/parsers/ini-text.js';
import { parseNdText } from '../../src-shared/parsers/quickbooks-nd.js';
import { parseRecentFiles } from '../../src-shared/parsers/quickbooks-recent-files.js';

const utf16 = (text: string, bom = true) => new Uint8Array(Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]));

describe('decoding small text files', () => {
  it('reads UTF-16LE with and without a BOM, UTF-16BE, UTF-8 with a BOM and ANSI', () => {
    expect(decodeSmallText(utf16('C:\\Sage\r\n'))).toMatchObject({ ok: true, text: 'C:\\Sage\r\n', encoding: 'utf-16le' });
    expect(decodeSmallText(utf16('C:\\Sage\r\n', false))).toMatchObject({ ok: true, text: 'C:\\Sage\r\n' });
    expect(decodeSmallText(new Uint8Array([0xfe, 0xff, 0, 0x43, 0, 0x3a]))).toMatchObject({ ok: true, text: 'C:' });
    expect(decodeSmallText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toMatchObject({ ok: true, text: 'A', encoding: 'utf-8' });
    expect(decodeSmallText(new Uint8Array(Buffer.from('Société', 'latin1')))).toMatchObject({ ok: true, text: 'Société', encoding: 'windows-1252' });
  });

  it('refuses binary content with a reason', () => {
    const result = decodeSmallText(new Uint8Array([0x00, 0x01, 0x02, 0x41]));
    expect(result.ok).toBe(false);
    expect(decodeSmallText(new Uint8Array([0xff, 0xfe, 0x41]))).toMatchObject({ ok: false, reason: expect.stringContaining('odd') });
  });

  it('never throws on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
      expect(() => decodeSmallText(bytes)).not.toThrow();
    }));
  });

  it('splits lines on CRLF, LF or CR and skips blanks', () => {
    expect(nonBlankLines('a\r\n\r\n  b \nc\rd')).toEqual([{ line: 1, text: 'a' }, { line: 3, text: 'b' }, { line: 4, text: 'c' }, { line: 5, text: 'd' }]);
  });
});

describe('INI, .ND and QBWUSER.INI', () => {
  it('reads sections, keys and all three comment styles', () => {
    expect(parseIniText('; c\n# c\n// c\ntop=1\n[A]\nk = v = w\n[B]\nnot a pair\n')).toEqual([
      { name: '', entries: [{ key: 'top', value: '1' }] },
      { name: 'A', entries: [{ key: 'k', value: 'v = w' }] },
      { name: 'B', entries: [] },
    ]);
  });

  it('reads an .ND sidecar with or without its [NetConnect] header', () => {
    const nd = '//This is a QuickBooks configuration file\r\n[NetConnect]\r\nServerIp=192.168.1.20\r\nEngineName=QB_FILESRV_34\r\nServerPort=55378\r\nFilePath=D:\\QB\\Cafe.QBW\r\nServerMode=1\r\n';
    expect(parseNdText(nd)).toEqual({ serverIp: '192.168.1.20', engineName: 'QB_FILESRV_34', hostName: 'FILESRV', serverPort: '55378', filePath: 'D:\\QB\\Cafe.QBW', serverMode: 1 });
    expect(parseNdText('EngineName=QB_data-server_33\nServerMode=2')).toMatchObject({ hostName: 'data-server', serverMode: 2 });
    expect(parseNdText('garbage\u0001')).toEqual({});
  });

  it('lists recent files from every MRUFILES section, FILE1 first', () => {
    const ini = '[QBW]\r\nLASTUSER=Admin\r\n[MRUFILES_STANDARD]\r\nFILE2=B.QBW\r\nFILE1=A.QBW\r\nFILE10=J.QBW\r\nOTHER=x\r\n[mrufiles_other]\r\nFILE1=C.QBW\r\n';
    expect(parseRecentFiles(ini)).toEqual(['A.QBW', 'B.QBW', 'J.QBW', 'C.QBW']);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), (text) => {
      expect(() => [parseIniText(text), parseNdText(text), parseRecentFiles(text)]).not.toThrow();
    }));
  });
});
