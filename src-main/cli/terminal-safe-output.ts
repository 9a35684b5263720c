import { createRequire } from 'node:module';
import type { CliIo } from './cli-io.js';

/**
 * What may never reach a terminal from data: C0 controls but tab and line feed (ESC starts every
 * escape sequence, CR overwrites a line, NUL, BEL, backspace), DEL, C1 controls (U+009B is a
 * one-byte CSI, U+009D a one-byte OSC), the bidi controls that reorder what is shown (U+202A–202E,
 * U+2066–2069, U+200E/200F, U+061C), and the Unicode line and paragraph separators.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * One unsafe character as visible text: C0 as `\x1b`, everything else as `\u009b`, `\u202e`.
 * Inside a JSON string (where `JSON.stringify` has already escaped C0) the `\uXXXX` form is a valid
 * JSON escape of the same character, so JSON output stays valid JSON and reads back unchanged.
 */
function visibleEscape(character: string): string {
  const code = character.charCodeAt(0);
  return code <= 0x1f ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Text with every control, escape-sequence starter and bidi control shown escaped: nothing in it acts on a terminal. */
export function terminalSafeText(text: string): string {
  return text.replace(UNSAFE, visibleEscape);
}

/** A random per-run key (node:crypto, loaded only when a run registers a terminal code: it costs every start ≈ 15 modules). */
function randomKey(): string {
  const { randomBytes } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return randomBytes(12).toString('hex');
}

/**
 * The CLI's one output filter. Every byte a command writes to stdout or stderr passes through
 * `terminalSafeText`; the only terminal codes that get through are the CLI's own (colours, the
 * progress line's clear), each registered with `ownCode`, which hands back a private-use marker
 * carrying a random per-run key. Data cannot forge a marker (it cannot know the key) and a marker
 * holds no control character, so it survives the filter and is swapped back for its code after.
 */
export function terminalSafeIo(io: CliIo): CliIo {
  // The key is made with the first code registered: until then there is no marker to swap back
  // (a run that prints no colour, such as `--json` or `--help` into a pipe, never loads node:crypto).
  let key: string | undefined;
  let marker: RegExp | undefined;
  const codes: string[] = [];
  const write = (text: string) => (marker ? terminalSafeText(text).replace(marker, (_, index: string) => codes[Number(index)] ?? '') : terminalSafeText(text));
  return {
    ...io,
    stdout: (text) => io.stdout(write(text)),
    stderr: (text) => io.stderr(write(text)),
    ownCode(sequence) {
      if (key === undefined) {
        key = randomKey();
        marker = new RegExp(`\\ue000${key}(\\d+)\\ue001`, 'g');
      }
      let index = codes.indexOf(sequence);
      if (index < 0) index = codes.push(sequence) - 1;
      return `\ue000${key}${index}\ue001`;
    },
  };
}
