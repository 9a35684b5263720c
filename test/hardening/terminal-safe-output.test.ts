import { describe, expect, it } from 'vitest';
import { terminalSafeIo, terminalSafeText } from '../../src-main/cli/terminal-safe-output.js';

// Exactly what a user's terminal receives through the CLI's one output filter (issue 20,
// docs/SECURITY.md "The terminal"), in process: each character class at its edges, the escaped
// form to the character, the CLI's own codes against codes and markers planted in data, and JSON.

/** The code points the filter must show escaped (docs/SECURITY.md), as [first, last] ranges. */
const UNSAFE_RANGES: Array<[number, number]> = [
  [0x00, 0x08], // C0 before tab: NUL … backspace
  [0x0b, 0x1f], // C0 after line feed: VT, FF, CR … ESC … US
  [0x7f, 0x9f], // DEL and C1 (U+009B one-byte CSI, U+009D one-byte OSC)
  [0x061c, 0x061c], // ARABIC LETTER MARK
  [0x200e, 0x200f], // LRM, RLM
  [0x2028, 0x2029], // line and paragraph separators
  [0x202a, 0x202e], // LRE … RLO
  [0x2066, 0x2069], // LRI … PDI
];
const unsafe = (code: number) => UNSAFE_RANGES.some(([first, last]) => code >= first && code <= last);

/** Each class at its edges and the neighbours just outside, with exactly what the terminal shows. */
const EDGES: Array<[number, string]> = [
  [0x00, '\\x00'],
  [0x07, '\\x07'],
  [0x08, '\\x08'],
  [0x09, '\t'],
  [0x0a, '\n'],
  [0x0b, '\\x0b'],
  [0x0d, '\\x0d'],
  [0x1b, '\\x1b'],
  [0x1f, '\\x1f'],
  [0x20, ' '],
  [0x7e, '~'],
  [0x7f, '\\u007f'],
  [0x80, '\\u0080'],
  [0x9b, '\\u009b'],
  [0x9d, '\\u009d'],
  [0x9f, '\\u009f'],
  [0xa0, '\u00a0'],
  [0x061b, '\u061b'],
  [0x061c, '\\u061c'],
  [0x061d, '\u061d'],
  [0x200d, '\u200d'],
  [0x200e, '\\u200e'],
  [0x200f, '\\u200f'],
  [0x2010, '\u2010'],
  [0x2027, '\u2027'],
  [0x2028, '\\u2028'],
  [0x2029, '\\u2029'],
  [0x202a, '\\u202a'],
  [0x202e, '\\u202e'],
  [0x202f, '\u202f'],
  [0x2065, '\u2065'],
  [0x2066, '\\u2066'],
  [0x2069, '\\u2069'],
  [0x206a, '\u206a'],
];

/** A hostile name: OSC 52 (write the clipboard), a forged red, a C1 CSI, an RLO that shows `txt.exe` as `exe.txt`. */
const PLANTED = 'Company\u001b]52;c;ZXZpbA==\u0007\u001b[31m\u009b2J\u202eexe.txt';
const PLANTED_SHOWN = 'Company\\x1b]52;c;ZXZpbA==\\x07\\x1b[31m\\u009b2J\\u202eexe.txt';

/** A terminalSafeIo over an io that records each stream, as a terminal would receive it. */
function terminal() {
  const received = { stdout: '', stderr: '' };
  const io = terminalSafeIo({
    stdout: (text) => void (received.stdout += text),
    stderr: (text) => void (received.stderr += text),
    isTTY: true,
    stderrIsTTY: true,
    env: {},
    stopSignal: new AbortController().signal,
  });
  return { io, received, own: (sequence: string) => io.ownCode!(sequence) };
}

describe('terminalSafeText: each character class at its edges', () => {
  it.each(EDGES.map(([code, shown]) => [code.toString(16).padStart(4, '0'), shown, code] as const))('U+%s is shown as %j, alone and between text', (_, shown, code) => {
    const character = String.fromCharCode(code);
    expect(terminalSafeText(character)).toBe(shown);
    expect(terminalSafeText(`a${character}b${character}`)).toBe(`a${shown}b${shown}`);
  });

  it('escapes exactly the code points of the list in the whole Basic Multilingual Plane, each in its one visible form', () => {
    const escaped: number[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      const character = String.fromCharCode(code);
      const shown = terminalSafeText(character);
      if (shown === character) continue;
      escaped.push(code);
      // C0 as \xHH, the rest as \uHHHH: lower-case hex, printable ASCII only.
      expect(shown).toBe(code < 0x20 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
      expect(shown).toMatch(/^[\x20-\x7e]+$/);
    }
    const expected = Array.from({ length: 0x10000 }, (_, code) => code).filter(unsafe);
    expect(escaped).toEqual(expected);
    expect(escaped).toHaveLength(9 + 21 + 33 + 1 + 2 + 2 + 5 + 4);
  });

  it('leaves text beyond the plane alone (an emoji stays one emoji)', () => {
    expect(terminalSafeText('Sage ✓ 😀 𝄞\tend\n')).toBe('Sage ✓ 😀 𝄞\tend\n');
  });

  it('shows whole escape sequences as text: CSI, OSC 52, OSC 8 hyperlink, DCS, one-byte C1 CSI and OSC, a window title', () => {
    expect(terminalSafeText('\u001b[2J\u001b[H')).toBe('\\x1b[2J\\x1b[H');
    expect(terminalSafeText('\u001b]52;c;ZXZpbA==\u0007')).toBe('\\x1b]52;c;ZXZpbA==\\x07');
    expect(terminalSafeText('\u001b]8;;https://evil.example/\u001b\\Company.000\u001b]8;;\u001b\\')).toBe(
      '\\x1b]8;;https://evil.example/\\x1b\\Company.000\\x1b]8;;\\x1b\\',
    );
    expect(terminalSafeText('\u001bP+q544e\u001b\\')).toBe('\\x1bP+q544e\\x1b\\');
    expect(terminalSafeText('\u009b31m\u009d0;title\u009c')).toBe('\\u009b31m\\u009d0;title\\u009c');
    expect(terminalSafeText('a\rb\bc')).toBe('a\\x0db\\x08c');
  });
});

describe('terminalSafeIo: what each stream receives', () => {
  it('filters stdout and stderr alike, each to its own stream, before any code is registered', () => {
    const { io, received } = terminal();
    io.stdout(`Company: ${PLANTED}\n`);
    io.stderr(`Cannot read ${PLANTED}\n`);
    expect(received).toEqual({ stdout: `Company: ${PLANTED_SHOWN}\n`, stderr: `Cannot read ${PLANTED_SHOWN}\n` });
  });

  it('keeps the other io properties as they are', () => {
    const stopSignal = new AbortController().signal;
    const env = { FORCE_COLOR: '1' };
    const io = terminalSafeIo({ stdout: () => undefined, stderr: () => undefined, isTTY: false, stderrIsTTY: true, env, stopSignal });
    expect(io).toMatchObject({ isTTY: false, stderrIsTTY: true, env, stopSignal });
  });

  it('lets the CLI’s own colour through on both streams while the same colour planted in data is shown escaped', () => {
    const { io, received, own } = terminal();
    const red = own('\u001b[31m');
    const reset = own('\u001b[0m');
    io.stdout(`${red}Stale${reset} ${PLANTED}\n`);
    io.stderr(`${red}Error${reset}: ${PLANTED}\n`);
    expect(received.stdout).toBe(`\u001b[31mStale\u001b[0m ${PLANTED_SHOWN}\n`);
    expect(received.stderr).toBe(`\u001b[31mError\u001b[0m: ${PLANTED_SHOWN}\n`);
  });

  it('hands out one marker per code (the same code twice, the same marker), with nothing unsafe in it, and swaps back many codes', () => {
    const { io, received, own } = terminal();
    const sequences = Array.from({ length: 12 }, (_, n) => `\u001b[${30 + n}m`);
    const markers = sequences.map(own);
    expect(new Set(markers).size).toBe(12);
    expect(sequences.map(own)).toEqual(markers);
    for (const marker of markers) expect(terminalSafeText(marker)).toBe(marker);
    io.stdout(markers.map((marker, n) => `${marker}${n}`).join(' '));
    expect(received.stdout).toBe(sequences.map((sequence, n) => `${sequence}${n}`).join(' '));
  });

  it('swaps back the progress line’s clear on stderr as registered, CR and all', () => {
    const { io, received, own } = terminal();
    const clear = own('\r\u001b[K');
    io.stderr(`${clear}Reading 3 of 9 ${PLANTED}`);
    expect(received.stderr).toBe(`\r\u001b[KReading 3 of 9 ${PLANTED_SHOWN}`);
  });

  it('does not turn a marker planted in data into a code: a guessed key, another run’s key, the real key with an index never handed out', () => {
    const { io, received, own } = terminal();
    const guessed = `\ue000${'0'.repeat(24)}0\ue001`;
    io.stdout(guessed);
    const red = own('\u001b[31m');
    const otherRun = terminal().own('\u001b[31m');
    expect(otherRun).not.toBe(red);
    const key = /^\ue000([0-9a-f]{24})0\ue001$/.exec(red)?.[1];
    expect(key).toMatch(/^[0-9a-f]{24}$/);
    io.stdout(`|${guessed}|${otherRun}|\ue000${key}1\ue001|\ue000${key}\ue001|${red}`);
    expect(received.stdout).toBe(`${guessed}|${guessed}|${otherRun}||\ue000${key}\ue001|\u001b[31m`);
    expect(received.stdout.match(/\u001b/g)).toHaveLength(1);
  });

  it('does not let data assemble a code from escaped pieces or from a marker split by an unsafe character', () => {
    const { io, received, own } = terminal();
    const red = own('\u001b[31m');
    const split = `${red.slice(0, 5)}\u001b${red.slice(5)}`;
    io.stdout(`${split}\\x1b[31m`);
    expect(received.stdout).toBe(`${red.slice(0, 5)}\\x1b${red.slice(5)}\\x1b[31m`);
    expect(received.stdout).not.toContain('\u001b');
  });
});

describe('JSON through the filter stays valid JSON with the same values', () => {
  const value = {
    [`key${PLANTED}`]: PLANTED,
    edges: EDGES.map(([code]) => String.fromCharCode(code)).join(''),
    every: Array.from({ length: 0x10000 }, (_, code) => code)
      .filter(unsafe)
      .map((code) => String.fromCharCode(code))
      .join(''),
    list: ['\t\n', '\u0085\u202e\u2029', 42, null, true],
  };

  it('the escaped JSON text parses back to the very same values, compact and indented', () => {
    for (const json of [JSON.stringify(value), JSON.stringify(value, null, 2)]) {
      const shown = terminalSafeText(json);
      expect(shown).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
      expect(JSON.parse(shown)).toEqual(value);
    }
  });

  it('through terminalSafeIo on stdout, after a colour code was registered (the marker swap leaves JSON alone)', () => {
    const { io, received, own } = terminal();
    own('\u001b[31m');
    io.stdout(`${JSON.stringify(value, null, 2)}\n`);
    expect(JSON.parse(received.stdout)).toEqual(value);
    expect(received.stdout).not.toContain('\u001b');
  });
});
