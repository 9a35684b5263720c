import { winUpcase } from '../../src-shared/winpath/win-case.js';

/**
 * The small text files the probes parse, and so the only files whose content a support
 * bundle carries: Sage `COMPANY` lists, QuickBooks `.ND` sidecars and `QBWUSER.INI`.
 * Never a `.DTA` or `.QBW`.
 */
export function isParsedTextFile(path: string): boolean {
  const name = winUpcase(path.slice(Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/')) + 1));
  if (name.endsWith('.DTA') || name.endsWith('.QBW')) return false;
  return name === 'COMPANY' || name === 'QBWUSER.INI' || name.endsWith('.ND');
}

/** Content as the snapshot stores it: `text` when it is plain UTF-8 without a BOM, else `base64`. */
export function snapshotContent(bytes: Uint8Array): { text: string } | { base64: string } {
  const hasBom = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xef && bytes[1] === 0xbb));
  if (!hasBom) {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      // not UTF-8: keep the bytes
    }
  }
  return { base64: Buffer.from(bytes).toString('base64') };
}
