/**
 * Case-insensitive comparison of names the way Windows does it. NTFS (and RtlUpcaseUnicodeChar)
 * upper-cases each UTF-16 unit through a one-to-one table; it never lower-cases, never expands
 * one character into several, and keeps compatibility characters apart from the letters they
 * resemble. JavaScript's `toLowerCase` does not: it folds KELVIN SIGN (U+212A) to `k` and OHM
 * SIGN (U+2126) to `ω`, which Windows keeps distinct.
 *
 * The rule here: each UTF-16 unit is replaced by its simple uppercase when that is exactly one
 * unit, except the variant letters below, whose Unicode uppercase is another letter's capital
 * but which the Windows table leaves alone. Each volume carries its own table (it depends on
 * the Windows version that formatted it), so this is the common ground, not any one table.
 */

/** Variant forms that Unicode upper-cases onto an ordinary capital and the Windows table leaves as they are. */
const KEPT_BY_WINDOWS = new Set<number>([
  0x00b5, // MICRO SIGN (µ), not GREEK CAPITAL MU
  0x0131, // LATIN SMALL LETTER DOTLESS I, not I
  0x017f, // LATIN SMALL LETTER LONG S, not S
  0x01c5, 0x01c8, 0x01cb, 0x01f2, // title-case digraphs (Dž, Lj, Nj, Dz)
  0x0345, // COMBINING GREEK YPOGEGRAMMENI, not IOTA
  0x03d0, 0x03d1, 0x03d5, 0x03d6, 0x03f0, 0x03f1, 0x03f5, // Greek symbol variants (ϐ ϑ ϕ ϖ ϰ ϱ ϵ)
  0x1e9b, // LATIN SMALL LETTER LONG S WITH DOT ABOVE
  0x1fbe, // GREEK PROSGEGRAMMENI, not IOTA
]);

let table: Uint16Array | undefined;

/**
 * The upcase table: 64 K entries, like the one NTFS keeps on a volume. A lone surrogate has no
 * case (JavaScript's uppercase leaves it as it is); characters beyond the BMP are outside the
 * Windows table.
 */
export function buildUpcaseTable(): Uint16Array {
  const built = new Uint16Array(0x10000);
  // Stryker disable next-line EqualityOperator: a write past the end of a typed array is dropped, so one more round changes nothing
  for (let unit = 0; unit < 0x10000; unit++) {
    built[unit] = unit;
    if (KEPT_BY_WINDOWS.has(unit)) continue;
    const upper = String.fromCharCode(unit).toUpperCase();
    if (upper.length === 1) built[unit] = upper.charCodeAt(0);
  }
  return built;
}

/** Text of ASCII only (one pattern object for every call: a literal makes one each time). */
// Stryker disable next-line Regex: ASCII text through the table gives the same answer, only slower
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** The text with every UTF-16 unit upper-cased as Windows compares names. */
export function winUpcase(text: string): string {
  // Pure ASCII takes the fast road: there the table is simply a–z → A–Z.
  // Stryker disable next-line ConditionalExpression: ASCII text through the table gives the same answer, only slower
  if (ASCII_ONLY.test(text)) return text.toUpperCase();
  const upcase = (table ??= buildUpcaseTable());
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(upcase[text.charCodeAt(i)]!);
  return out;
}

/** Whether Windows takes two names (or paths) as the same, ignoring case. */
export function sameWinName(a: string, b: string): boolean {
  return winUpcase(a) === winUpcase(b);
}
