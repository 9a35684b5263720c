import iconv from 'iconv-lite';

/**
 * Turns console program output into text. Windows programs write in the console's OEM code
 * page (850 on German and French PCs, 437 on English ones), in UTF-16LE when asked to
 * (`cmd /u`, PowerShell redirection), or in UTF-8 when the code page is 65001.
 */
export function decodeConsoleOutput(bytes: Uint8Array, codePage?: number): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe) return buffer.subarray(2).toString('utf16le');
  if (buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return buffer.subarray(3).toString('utf8');
  if (looksLikeUtf16le(buffer)) return buffer.toString('utf16le');
  if (isValidUtf8(buffer) || codePage === 65001) return buffer.toString('utf8');
  const encoding = `cp${codePage ?? 850}`;
  return iconv.encodingExists(encoding) ? iconv.decode(buffer, encoding) : iconv.decode(buffer, 'cp850');
}

/** UTF-16LE without a BOM: mostly ASCII text, so most odd bytes are zero. */
function looksLikeUtf16le(buffer: Buffer): boolean {
  if (buffer.length < 4 || buffer.length % 2 !== 0) return false;
  let zeroOdd = 0;
  const pairs = Math.min(buffer.length / 2, 512);
  for (let i = 0; i < pairs; i += 1) if (buffer[i * 2 + 1] === 0) zeroOdd += 1;
  return zeroOdd / pairs > 0.6;
}

function isValidUtf8(buffer: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    return true;
  } catch {
    return false;
  }
}

/** The code page number from `chcp` output in any language ("Active code page: 850", "Aktive Codepage: 850.", "Page de codes active : 850"). */
export function parseChcpOutput(text: string): number | undefined {
  const match = /(\d{3,5})\s*\.?\s*$/.exec(text.trim());
  return match ? Number(match[1]) : undefined;
}
