import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeSmallText } from '../../src-shared/parsers/decode-text.js';
import { parseIniText, iniValue } from '../../src-shared/parsers/ini-text.js';

/**
 * A COMPANY or INI file saved in the ANSI code page (Windows-1252) by Notepad or an older Sage:
 * the bytes 0x80–0x9F there are "€", curly quotes, dashes… not control codes. iconv-lite, an
 * independent decoder, is the reference here.
 */
const ansi = (text: string) => new Uint8Array(iconv.encode(text, 'windows-1252'));

describe('Windows-1252 text files', () => {
  it('reads every character of 0x80–0x9F as Windows does', () => {
    const defined = [...Array(32).keys()].map((i) => 0x80 + i).filter((b) => ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b));
    expect(defined).toHaveLength(27);
    for (const byte of defined) {
      const expected = iconv.decode(Buffer.from([0x41, byte, 0x42]), 'windows-1252');
      expect(decodeSmallText(new Uint8Array([0x41, byte, 0x42])), `byte 0x${byte.toString(16)}`).toStrictEqual({ ok: true, text: expected, encoding: 'windows-1252' });
    }
  });

  it('names the euro sign and the curly apostrophe a Windows user types', () => {
    expect(decodeSmallText(new Uint8Array([0x80]))).toMatchObject({ ok: true, text: '€' });
    expect(decodeSmallText(new Uint8Array([0x4f, 0x92, 0x42]))).toMatchObject({ ok: true, text: 'O’B' });
    expect(decodeSmallText(new Uint8Array([0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0x97, 0x85]))).toMatchObject({ ok: true, text: '“A” – —…' });
  });

  it('keeps the bytes Windows-1252 leaves unassigned as their own code points, as browsers do', () => {
    expect(decodeSmallText(new Uint8Array([0x41, 0x81, 0x8d, 0x8f, 0x90, 0x9d]))).toStrictEqual({ ok: true, text: 'A\u0081\u008d\u008f\u0090\u009d', encoding: 'windows-1252' });
  });

  it('reads the rest of the code page as Latin-1, byte for byte', () => {
    const rest = [...Array(256).keys()].filter((b) => b >= 0xa0 || (b >= 0x20 && b < 0x7f) || b === 0x09 || b === 0x0a || b === 0x0d);
    // 0xA0 onwards is not valid UTF-8 on its own, so the file is read as ANSI.
    const decoded = decodeSmallText(new Uint8Array([0xe9, ...rest]));
    expect(decoded).toStrictEqual({ ok: true, text: String.fromCharCode(0xe9, ...rest), encoding: 'windows-1252' });
  });

  it('a Sage COMPANY path and a QuickBooks INI entry saved in ANSI read back whole', () => {
    const path = 'C:\\Sage Data\\O’Brien & Sons – 2025 (€)\\ACCDATA';
    expect(decodeSmallText(ansi(`${path}\r\n`))).toStrictEqual({ ok: true, text: `${path}\r\n`, encoding: 'windows-1252' });
    const ini = decodeSmallText(ansi('[MRUFILES]\r\nFILE1=D:\\Clients\\“Bäcker” GmbH\\Bäcker.QBW\r\n'));
    expect(ini.ok).toBe(true);
    const section = parseIniText(ini.ok ? ini.text : '').find((s) => s.name.toUpperCase() === 'MRUFILES');
    expect(section && iniValue(section, 'FILE1')).toBe('D:\\Clients\\“Bäcker” GmbH\\Bäcker.QBW');
  });
});
