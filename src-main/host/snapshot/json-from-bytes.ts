/**
 * `JSON.parse` of a UTF-8 file's bytes (a leading BOM allowed), with the same result as
 * `JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''))` — the same value, or a throw
 * when that throws — but without ever making one string of the whole file.
 *
 * Why: V8 puts a string of more than 128 KiB in its large-object space, one fresh mapping of
 * memory per string, faulted in page by page and unmapped again by the next collection. A
 * snapshot is ≈250 KB, and an office check reads a thousand of them: decoding each into one
 * string cost more than parsing it (≈1.4 ms a snapshot, half of it in the kernel). Here a large
 * object or array is cut at its members' boundaries, runs of members parsed together in pieces
 * of at most PIECE_BYTES (a member still larger is cut again), so every string made stays small
 * and short-lived.
 *
 * The cutting only finds where members start and end (quotes, backslashes, brackets, commas,
 * colons); every byte in between is checked by `JSON.parse` itself. Anything the cutting does not
 * expect — invalid JSON included — falls back to parsing the whole text at once, which then gives
 * exactly the old answer or the old error.
 */

/** A piece at most this many bytes is parsed whole: its string (two bytes a character at worst) stays below V8's 128 KiB. */
export const PIECE_BYTES = 60 * 1024;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const LINE_FEED = 0x0a;
const COMMA_BYTE = Buffer.from([COMMA]);

/**
 * Pieces are cut at most this deep (a snapshot's registry is two levels down): a piece below it
 * is parsed whole whatever its size, so no byte is scanned more than this many times, however
 * deeply a hostile file nests its brackets.
 */
const MAX_CUT_DEPTH = 4;

/** The cutting met something it does not handle: parse the whole text instead. */
class NotCut extends Error {}

/**
 * How a container was read, or that the whole text was: told to the `seen` of `jsonFromBytes`
 * (tests), as the answer is the same whichever way it went.
 */
export type HowRead = 'cut-by-indent' | 'walked' | 'whole-text';

export function jsonFromBytes(bytes: Uint8Array, pieceBytes = PIECE_BYTES, seen: (how: HowRead) => void = () => {}): unknown {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    return parseCut(buffer, pieceBytes, seen);
  } catch {
    seen('whole-text');
    return JSON.parse(buffer.toString('utf8').replace(/^\uFEFF/, ''));
  }
}

function parseCut(buffer: Buffer, pieceBytes: number, seen: (how: HowRead) => void): unknown {
  const bom = buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  const start = skipSpace(buffer, bom, buffer.length);
  let end = buffer.length;
  while (end > start && isSpace(buffer[end - 1]!)) end--;
  if (start >= end) throw new NotCut();
  const cutter = new Cutter(buffer, pieceBytes, seen);
  return cutter.value(start, end, 0);
}

class Cutter {
  /** Set once a cut at indented members failed: from then on only the byte-by-byte walk is used. */
  private indentedCutsFailed = false;

  constructor(
    private readonly buffer: Buffer,
    private readonly pieceBytes: number,
    private readonly seen: (how: HowRead) => void,
  ) {}

  /**
   * The container [start, end) cut where its members begin on lines of their own, as in a file
   * written with `JSON.stringify(value, null, indent)` (what `collect` writes): the container's
   * members are separated by a comma and the very same line break and indent as before its first
   * member, followed by an object's key's quote, or by an array element's first byte (a space
   * there is a deeper level's line). Those separators are found with `Buffer.indexOf` — native
   * code, no JavaScript loop over every byte.
   *
   * A separator found this way need not lie between this container's members (a value of a deeper
   * level spaced oddly, a hostile file), so nothing is taken on trust: each piece must parse as a
   * non-empty run of members on its own, wrapped in the container's brackets, and a member too
   * large for one piece must be one key, a colon and one value (checked by `value`). A piece starts
   * where the lexer is between tokens (the container's start, or just after an accepted cut), so a
   * cut comma inside a string leaves its piece inside an unclosed string, and a cut inside a
   * deeper value leaves its piece with an unclosed bracket: either way `JSON.parse` throws. If
   * every piece parses, every cut was between this container's members, and the pieces together
   * are exactly its members. Anything else: `undefined`, and the caller walks the bytes instead.
   */
  private atIndentedMembers(start: number, end: number, depth: number, close: number): Record<string, unknown> | unknown[] | undefined {
    if (this.indentedCutsFailed) return undefined;
    const { buffer, pieceBytes } = this;
    const limit = end - 1;
    const first = skipSpace(buffer, start + 1, limit);
    if (buffer[limit] !== close || first >= limit) return undefined;
    if (!buffer.subarray(start + 1, first).includes(LINE_FEED)) return undefined;
    const isObject = close === CLOSE_OBJECT;
    // An object's member starts with its key's quote; an array's element with anything but space.
    const separator = Buffer.concat([COMMA_BYTE, buffer.subarray(start + 1, isObject ? first + 1 : first)]);
    const memberOffset = isObject ? separator.length - 1 : separator.length;
    // Searched only up to the closing bracket: nothing after it is this container's.
    const within = buffer.subarray(0, limit);
    const nextSeparator = (from: number): number => {
      let found = within.indexOf(separator, from);
      // (An element of a deeper level, more indented, is no element of this array.)
      while (!isObject && found !== -1 && isSpace(buffer[found + memberOffset]!)) found = within.indexOf(separator, found + 1);
      return found;
    };
    const result: Record<string, unknown> | unknown[] = isObject ? {} : [];
    try {
      const runs = new Runs(pieceBytes, (from, to) => this.parseRun(result, from, to));
      let memberFrom = first;
      for (;;) {
        const found = nextSeparator(memberFrom);
        const cut = found === -1 ? limit : found;
        // An empty member (a stray or trailing comma) would make an empty piece, which parses.
        if (cut <= memberFrom) throw new NotCut();
        if (!runs.add(memberFrom, cut)) this.parseLarge(result, memberFrom, cut, depth);
        if (found === -1) break;
        memberFrom = found + memberOffset;
      }
      runs.flush();
      this.seen('cut-by-indent');
      return result;
    } catch {
      this.indentedCutsFailed = true;
      return undefined;
    }
  }

  /** Members [from, to) of an object or elements of an array, parsed together in the container's brackets. */
  private parseRun(result: Record<string, unknown> | unknown[], from: number, to: number): void {
    const text = this.buffer.toString('utf8', from, to);
    if (Array.isArray(result)) {
      for (const element of JSON.parse(`[${text}]`) as unknown[]) result.push(element);
      return;
    }
    const part = JSON.parse(`{${text}}`) as Record<string, unknown>;
    for (const key of Object.keys(part)) setMember(result, key, part[key]);
  }

  /** One member [from, to) too large for a piece: an element, or a key, a colon and a value, the value cut again. */
  private parseLarge(result: Record<string, unknown> | unknown[], from: number, to: number, depth: number): void {
    const { buffer } = this;
    let end = to;
    while (end > from && isSpace(buffer[end - 1]!)) end--;
    if (Array.isArray(result)) {
      result.push(this.value(from, end, depth));
      return;
    }
    // (A key not starting with a quote, or no value after the colon: JSON.parse throws below.)
    this.takeLargeMember(result, { ...keyAndValueStart(buffer, from, end), end }, depth);
  }

  /** A member too large for a piece: its key parsed alone, its value cut again. */
  private takeLargeMember(result: Record<string, unknown>, m: Member, depth: number): void {
    setMember(result, JSON.parse(this.buffer.toString('utf8', m.start, m.keyEnd)) as string, this.value(m.valueStart, m.end, depth));
  }

  /** The JSON value spelled by bytes [start, end), no space at either end. */
  value(start: number, end: number, depth: number): unknown {
    const first = this.buffer[start];
    if (end - start <= this.pieceBytes || depth >= MAX_CUT_DEPTH || (first !== OPEN_OBJECT && first !== OPEN_ARRAY)) {
      return JSON.parse(this.buffer.toString('utf8', start, end));
    }
    return first === OPEN_OBJECT ? this.object(start, end, depth + 1) : this.array(start, end, depth + 1);
  }

  /** An object cut at its members (object members are `"key": value`). */
  private object(start: number, end: number, depth: number): Record<string, unknown> {
    const fast = this.atIndentedMembers(start, end, depth, CLOSE_OBJECT);
    if (fast !== undefined) return fast as Record<string, unknown>;
    this.seen('walked');
    const { buffer } = this;
    const result: Record<string, unknown> = {};
    this.cut(start, end, CLOSE_OBJECT, {
      read: (at, limit) => {
        if (buffer[at] !== QUOTE) throw new NotCut();
        const head = keyAndValueStart(buffer, at, limit);
        return { ...head, end: endOfValue(buffer, head.valueStart, limit) };
      },
      run: (from, to) => this.parseRun(result, from, to),
      large: (m) => this.takeLargeMember(result, m, depth),
    });
    return result;
  }

  /** An array cut at its elements. */
  private array(start: number, end: number, depth: number): unknown[] {
    const fast = this.atIndentedMembers(start, end, depth, CLOSE_ARRAY);
    if (fast !== undefined) return fast as unknown[];
    this.seen('walked');
    const { buffer } = this;
    const result: unknown[] = [];
    this.cut(start, end, CLOSE_ARRAY, {
      read: (at, limit) => ({ start: at, keyEnd: at, valueStart: at, end: endOfValue(buffer, at, limit) }),
      run: (from, to) => this.parseRun(result, from, to),
      large: (m) => result.push(this.value(m.valueStart, m.end, depth)),
    });
    return result;
  }

  /**
   * Walks the members of the container [start, end) (its brackets included, separated by commas):
   * each run of consecutive small members is one piece of at most `pieceBytes` (parsed in one go,
   * wrapped in the container's brackets), a larger member is cut on its own.
   */
  private cut(start: number, end: number, close: number, take: { read(at: number, limit: number): Member; run(from: number, to: number): void; large(member: Member): void }): void {
    const { buffer } = this;
    const limit = end - 1;
    if (buffer[limit] !== close) throw new NotCut();
    const runs = new Runs(this.pieceBytes, take.run);
    let at = skipSpace(buffer, start + 1, limit);
    if (at < limit) {
      for (;;) {
        const member = take.read(at, limit);
        if (!runs.add(member.start, member.end)) take.large(member);
        at = skipSpace(buffer, member.end, limit);
        if (at === limit) break;
        if (buffer[at] !== COMMA) throw new NotCut();
        at = skipSpace(buffer, at + 1, limit);
      }
    }
    runs.flush();
  }
}

/**
 * Consecutive small members gathered into runs of at most `pieceBytes`, each run parsed in one go
 * (`parse`); a member larger than that is left to the caller, the runs before it parsed first.
 */
class Runs {
  private from = -1;
  private to = -1;

  constructor(
    private readonly pieceBytes: number,
    private readonly parse: (from: number, to: number) => void,
  ) {}

  /** Takes the member [from, to) into a run; false when it is too large for one. */
  add(from: number, to: number): boolean {
    if (to - from > this.pieceBytes) {
      this.flush();
      return false;
    }
    if (this.from >= 0 && to - this.from > this.pieceBytes) this.flush();
    if (this.from < 0) this.from = from;
    this.to = to;
    return true;
  }

  /** Parses the run gathered so far, if any. */
  flush(): void {
    if (this.from >= 0) this.parse(this.from, this.to);
    this.from = -1;
  }
}

/** An object member's key (the quote at `at` to just after its closing quote), colon, and where its value starts. */
function keyAndValueStart(buffer: Buffer, at: number, limit: number): { start: number; keyEnd: number; valueStart: number } {
  const keyEnd = endOfString(buffer, at, limit);
  const colon = skipSpace(buffer, keyEnd, limit);
  if (buffer[colon] !== COLON) throw new NotCut();
  return { start: at, keyEnd, valueStart: skipSpace(buffer, colon + 1, limit) };
}

/** Where one member of a container lies: its start, its key's end (objects), its value's start and end. */
interface Member {
  start: number;
  keyEnd: number;
  valueStart: number;
  end: number;
}

/** A member set as JSON.parse sets it: "__proto__" an own property (an assignment would set the prototype). */
function setMember(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  else object[key] = value;
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

function skipSpace(buffer: Buffer, at: number, limit: number): number {
  while (at < limit && isSpace(buffer[at]!)) at++;
  return at;
}

/** Just after the string starting with the quote at `at` (before `limit`). */
function endOfString(buffer: Buffer, at: number, limit: number): number {
  // A loop over the bytes: strings are short, and a call of `indexOf` costs more than the scan.
  for (let i = at + 1; i < limit; i++) {
    const byte = buffer[i];
    if (byte === QUOTE) return i + 1;
    if (byte === BACKSLASH) i++;
  }
  throw new NotCut();
}

/** Just after the value starting at `at` (a string, a bracketed object or array, or a bare word or number). */
function endOfValue(buffer: Buffer, at: number, limit: number): number {
  const first = buffer[at];
  if (first === QUOTE) return endOfString(buffer, at, limit);
  if (first === OPEN_OBJECT || first === OPEN_ARRAY) {
    let depth = 0;
    for (let i = at; i < limit; i++) {
      const byte = buffer[i]!;
      if (byte === QUOTE) i = endOfString(buffer, i, limit) - 1;
      else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) depth++;
      else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
        if (--depth === 0) return i + 1;
      }
    }
    throw new NotCut();
  }
  let i = at;
  while (i < limit) {
    const byte = buffer[i]!;
    if (byte === COMMA || byte === CLOSE_OBJECT || byte === CLOSE_ARRAY || isSpace(byte)) break;
    i++;
  }
  if (i === at) throw new NotCut();
  return i;
}
