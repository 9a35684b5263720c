/**
 * Windows-1252 (the "ANSI" code page of English and Western European Windows), decoded by
 * hand: Node 20's TextDecoder without full ICU reads bytes 0x80–0x9F as C1 control codes, so a
 * COMPANY or INI file with "€" or curly quotes (as Notepad and Sage write them) came out wrong.
 * Every other byte is the Latin-1 character of the same number.
 */
const HIGH_CONTROL_RANGE: readonly string[] = [
  '€', '\u0081', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u008d', 'Ž', '\u008f',
  '\u0090', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u009d', 'ž', 'Ÿ',
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? HIGH_CONTROL_RANGE[byte - 0x80] : String.fromCharCode(byte);
  return text;
}
