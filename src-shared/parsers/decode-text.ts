/**
 * Decodes the small text files Sage and QuickBooks write: UTF-16 with a BOM (QuickBooks'
 * QBWUSER.INI), UTF-8 with or without a BOM, or the ANSI code page (Windows-1252). Pure;
 * answers a typed failure for content that is not text at all.
 */
import { decodeWindows1252 } from './windows-1252.js';

export type DecodedText = { ok: true; text: string; encoding: 'utf-16le' | 'utf-16be' | 'utf-8' | 'windows-1252' } | { ok: false; reason: string };

export function decodeSmallText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWith('utf-8', bytes.subarray(3));
  if (looksLikeUtf16Le(bytes)) return decodeWith('utf-16le', bytes);
  const utf8 = decodeWith('utf-8', bytes);
  return utf8.ok ? utf8 : decodeWith('windows-1252', bytes);
}

function decodeWith(encoding: 'utf-16le' | 'utf-16be' | 'utf-8' | 'windows-1252', bytes: Uint8Array): DecodedText {
  if (encoding.startsWith('utf-16') && bytes.length % 2 !== 0) return { ok: false, reason: 'it claims to be UTF-16 but has an odd number of bytes' };
  let text: string;
  try {
    text = encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: `it is not valid ${encoding.toUpperCase()} text` };
  }
  if (/[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/.test(text)) return { ok: false, reason: 'it holds binary data, not text' };
  return { ok: true, text, encoding };
}

/** UTF-16LE without a BOM: plain ASCII text then has a NUL in (nearly) every odd byte. */
function looksLikeUtf16Le(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return false;
  const sample = Math.min(bytes.length, 512);
  let oddNuls = 0;
  let evenNuls = 0;
  for (let i = 0; i < sample; i++) {
    if (bytes[i] === 0) (i % 2 === 1 ? oddNuls++ : evenNuls++);
  }
  return oddNuls >= (sample / 2) * 0.9 && evenNuls === 0;
}

/** Non-blank lines with their 1-based line numbers (CRLF, LF or CR). */
export function nonBlankLines(text: string): Array<{ line: number; text: string }> {
  return text
    .split(/\r\n|\n|\r/)
    .map((t, i) => ({ line: i + 1, text: t.trim() }))
    .filter((l) => l.text.length > 0);
}
