/** Line breaks of every kind, which would split one entry into two (or forge a second one). */
const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;
/** Terminal escape sequences: CSI (`ESC [ … final`, or the one-byte U+009B), OSC (`ESC ] … BEL|ST`), DCS/PM/APC strings, and two-byte escapes. */
const ESCAPE_SEQUENCES = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|(?:\u001b[\]PX^_]|[\u0090\u009d-\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[ -~]?/g;
/** What is left of control characters (C0 but tab, DEL, C1) and the invisible bidi controls that reorder text. */
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text as it may reach a log: one line, no terminal escapes (colours, titles, hyperlinks,
 * cursor moves), no NUL or other control character, no bidi control that could make a line
 * read differently from what it holds. Line breaks become a visible ` ⏎ `, tabs a space.
 */
export function safeLogText(text: string): string {
  return text.replace(LINE_BREAKS, ' ⏎ ').replace(ESCAPE_SEQUENCES, '').replace(INVISIBLE, '').replace(/\t/g, ' ');
}
