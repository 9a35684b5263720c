import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type HowRead, jsonFromBytes, PIECE_BYTES } from '../../src-main/host/snapshot/json-from-bytes.js';
import { parseSnapshotBytes, parseSnapshotText } from '../../src-main/host/snapshot/load-snapshot.js';

/** `jsonFromBytes` with how each container was read, and whether the whole text was. */
function readWithHow(bytes: Uint8Array, pieceBytes?: number): { value: unknown; how: Set<HowRead> } {
  const how = new Set<HowRead>();
  return { value: jsonFromBytes(bytes, pieceBytes, (h) => how.add(h)), how };
}

/** What the snapshot loader did before: decode the whole file, drop one BOM, JSON.parse. */
const reference = (bytes: Uint8Array) => JSON.parse(Buffer.from(bytes).toString('utf8').replace(/^\uFEFF/, '')) as unknown;

/**
 * The same outcome: an equal value (same keys in the same order, same prototypes), or the same
 * error (its message reaches the user, position included) — from the whole text, as a last resort.
 */
function expectSameOutcome(bytes: Uint8Array, pieceBytes: number): void {
  let expected: { value: unknown } | { error: string };
  try {
    expected = { value: reference(bytes) };
  } catch (error) {
    expected = { error: (error as Error).message };
  }
  if ('error' in expected) {
    const how = new Set<HowRead>();
    expect(() => jsonFromBytes(bytes, pieceBytes, (h) => how.add(h))).toThrow(new SyntaxError(expected.error));
    expect(how.has('whole-text')).toBe(true);
    return;
  }
  const actual = jsonFromBytes(bytes, pieceBytes);
  expect(isDeepStrictEqual(actual, expected.value)).toBe(true);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected.value));
}

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const fixtureFiles = [
  ...readdirSync(join(FIXTURES, 'machines')).filter((f) => f.endsWith('.json')).map((f) => join(FIXTURES, 'machines', f)),
  ...readdirSync(join(FIXTURES, 'offices'), { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((d) => readdirSync(join(FIXTURES, 'offices', d.name)).map((f) => join(FIXTURES, 'offices', d.name, f))),
];

/** A snapshot larger than an office PC's bundle (a registry of ≈330 KB): cut in two levels. */
function largeSnapshotBytes(): Buffer {
  const registry: Record<string, Record<string, string | number>> = {};
  for (let i = 0; i < 1000; i++) registry[`HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{${i}}`] = { DisplayName: `Component ${i} "[Çafé" \\ ${"\\".repeat(i % 3)}`, DisplayVersion: `16.0.${i}`, EstimatedSize: i };
  const processes = Array.from({ length: 250 }, (_, i) => ({ pid: i * 4, name: `p${i}.exe`, path: `C:\\Windows\\System32\\p${i}.exe`, sessionId: i % 2 }));
  const snapshot = JSON.parse(readFileSync(join(FIXTURES, 'machines', 'sage-healthy.json'), 'utf8')) as Record<string, unknown>;
  return Buffer.from(JSON.stringify({ ...snapshot, registry, processes: [...(snapshot.processes as unknown[]), ...processes] }, null, 2));
}

afterEach(() => vi.restoreAllMocks());

describe('JSON parsed from a file\'s bytes in pieces', () => {
  it('never hands JSON.parse a piece larger than PIECE_BYTES for a snapshot of an office PC\'s size', () => {
    const bytes = largeSnapshotBytes();
    expect(bytes.length).toBeGreaterThan(2 * PIECE_BYTES);
    const parse = vi.spyOn(JSON, 'parse');
    const value = jsonFromBytes(bytes);
    const longest = Math.max(...parse.mock.calls.map(([text]) => text.length));
    vi.restoreAllMocks();
    expect(longest).toBeLessThanOrEqual(PIECE_BYTES);
    expect(isDeepStrictEqual(value, reference(bytes))).toBe(true);
  });

  it.each(fixtureFiles.map((f) => [f.slice(FIXTURES.length), f]))('%s: the same snapshot load as from its text, cut into small pieces', (_, file) => {
    const bytes = readFileSync(file);
    for (const pieceBytes of [16, 200, PIECE_BYTES]) expectSameOutcome(bytes, pieceBytes);
    expect(parseSnapshotBytes(bytes, file)).toEqual(parseSnapshotText(bytes.toString('utf8'), file));
    // Neither as written nor compact is a valid file ever parsed as one whole text.
    let parsed: { value: unknown } | undefined;
    try {
      parsed = { value: reference(bytes) };
    } catch {
      return; // (a fixture of a damaged file)
    }
    const compact = Buffer.from(JSON.stringify(parsed.value));
    for (const pieceBytes of [16, 200]) {
      expect(readWithHow(bytes, pieceBytes).how.has('whole-text')).toBe(false);
      expect([...readWithHow(compact, pieceBytes).how]).toEqual(compact.length > pieceBytes && typeof parsed.value === 'object' ? ['walked'] : []);
    }
  });

  it('gives any JSON value the same as JSON.parse, however small the pieces and however it is spaced', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.constantFrom(undefined, 1, 2, '\t', '\r\n '), fc.constantFrom(8, 32, 256), fc.boolean(), (value, space, pieceBytes, bom) => {
        const text = JSON.stringify(value, null, space as string | number | undefined);
        const bytes = Buffer.from(`${bom ? '\uFEFF' : ''} \n${text}\r\n`);
        expectSameOutcome(bytes, pieceBytes);
        // Valid JSON is never parsed whole; compact JSON has no indent to cut by, and is walked.
        const { how } = readWithHow(bytes, pieceBytes);
        expect(how.has('whole-text')).toBe(false);
        if (space === undefined) expect(how.has('cut-by-indent')).toBe(false);
        else expect(how.has('walked')).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps "__proto__" an own key and a repeated key\'s last value in its first place, as JSON.parse does', () => {
    const text = `{"a":1,"__proto__":{"polluted":true},"b":[1,2,{"__proto__":[3]}],"a":${JSON.stringify('x'.repeat(100))},"c":{"d":"e"}}`;
    // Pieces of 8 bytes: each member alone; of 48 and 90: members parsed together, then copied.
    for (const pieceBytes of [8, 48, 90]) {
      const value = jsonFromBytes(Buffer.from(text), pieceBytes) as Record<string, unknown>;
      expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
      expect(Object.keys(value)).toEqual(['a', '__proto__', 'b', 'c']);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expectSameOutcome(Buffer.from(text), pieceBytes);
    }
  });

  it('fails exactly where JSON.parse fails: damaged JSON, stray bytes, broken UTF-8', () => {
    const valid = Buffer.from(JSON.stringify({ a: [1, 'two', { three: 'drei\\"x' }], 'k\\"ey': null, z: [true, false, -1.5e3] }, null, 1));
    fc.assert(
      fc.property(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 }), fc.constantFrom('replace', 'insert', 'delete'), fc.constantFrom(4, 16, 64), (at, byte, how, pieceBytes) => {
        const bytes = Buffer.from(valid);
        const damaged =
          how === 'replace' ? (bytes[at] = byte, bytes)
          : how === 'insert' ? Buffer.concat([bytes.subarray(0, at), Buffer.from([byte]), bytes.subarray(at)])
          : Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]);
        expectSameOutcome(damaged, pieceBytes);
      }),
      { numRuns: 1500 },
    );
    for (const text of ['', ' ', '{', '}', '[1,]', '{"a":1,}', '{"a" 1}', '{"a":1 "b":2}', '[1 2]', '{"a":[}', '[{]}', '"\\"', '\uFEFF\uFEFF{}', '{"a":tru}', '[-]']) {
      expectSameOutcome(Buffer.from(text), 2);
    }
    expectSameOutcome(Buffer.from([0x7b, 0x22, 0xe2, 0x22, 0x3a, 0x22, 0xff, 0x80, 0x22, 0x7d]), 2);
    // Spaced as JSON.stringify spaces, but not JSON: cut at indented members, each piece must still be checked.
    for (const text of ['[\n  "aaaa",\n  "bbbb",\n  ]', '[\n  ,\n  "aaaa"]', '[\n  "aaaa",\n  ,\n  "bbbb"\n]', '{\n "a": "aaaa",\n "b"\n}', '{\n "a": "aaaa",\n "b":\n}', '{\n "a": "aaaa",\n "b": 1,\n}', '{\n x"a": "aaaa",\n "b": 1\n}', '{\n "a": "aaaa"\n,\n "b": 1\n}']) {
      for (const pieceBytes of [2, 8]) expectSameOutcome(Buffer.from(text), pieceBytes);
    }
  });

  it('cuts a file spaced by JSON.stringify at its indented members at the first try: no piece refused, no byte walked', () => {
    const bytes = largeSnapshotBytes();
    const parse = vi.spyOn(JSON, 'parse');
    const { value, how } = readWithHow(bytes);
    const threw = parse.mock.results.filter((r) => r.type === 'throw').length;
    vi.restoreAllMocks();
    expect([...how]).toEqual(['cut-by-indent']);
    expect(threw).toBe(0);
    expect(isDeepStrictEqual(value, reference(bytes))).toBe(true);
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.constantFrom(1, 2, 4, '\t', '\r\n '), fc.constantFrom(8, 32, 256), (json, space, pieceBytes) => {
        const text = Buffer.from(JSON.stringify(json, null, space));
        const spy = vi.spyOn(JSON, 'parse');
        const read = readWithHow(text, pieceBytes);
        const failedPieces = spy.mock.results.filter((r) => r.type === 'throw').length;
        spy.mockRestore();
        expect(failedPieces).toBe(0);
        expect([...read.how].filter((h) => h !== 'cut-by-indent')).toEqual([]);
        expect(JSON.stringify(read.value)).toBe(JSON.stringify(json));
      }),
      { numRuns: 300 },
    );
  });

  it('takes no indented cut on trust: a deeper level spaced like this one, or members spaced unevenly, are walked byte by byte, still in small pieces', () => {
    const long = 'x'.repeat(40);
    const texts = [
      // The inner object's members sit at the outer members' indent: the first cut is inside "a".
      `{\n"a": {\n"b": "${long}",\n"c": [1,\n2]},\n"d": "${long}",\n"e": {"f": "${long}"}\n}`,
      // An array whose elements are spaced like the array around it.
      `[\n  [\n  "${long}",\n  "${long}"],\n  "${long}",\n  {"k": "${long}"}\n]`,
      // Members after the first spaced differently: the cuts found miss them, the pieces are too large and are cut again.
      `{\n  "a": "${long}", "b": {"c": "${long}", "d": "${long}"},\n    "e": "${long}",\n  "f": ["${long}", "${long}"]\n}`,
    ];
    for (const text of texts) {
      const parse = vi.spyOn(JSON, 'parse');
      const { value, how } = readWithHow(Buffer.from(text), 48);
      expect(how.has('walked')).toBe(true);
      expect(how.has('whole-text')).toBe(false);
      const parsed = parse.mock.calls.filter((_, i) => parse.mock.results[i]!.type === 'return');
      const longest = Math.max(...parsed.map(([piece]) => piece.length));
      vi.restoreAllMocks();
      expect(JSON.stringify(value)).toBe(JSON.stringify(JSON.parse(text)));
      expect(longest).toBeLessThanOrEqual(48 + 2);
    }
  });

  it('reads a deeply nested file (parsed whole below a few levels) the way JSON.parse does', () => {
    // (Compared as text: a deep comparison of 1,500 levels would overflow the test's own stack.)
    const deep = `${'['.repeat(1500)}1${']'.repeat(1500)}`;
    expect(JSON.stringify(jsonFromBytes(Buffer.from(deep), 16))).toBe(deep);
    expect(() => jsonFromBytes(Buffer.from(`${'['.repeat(1500)}1${']'.repeat(1499)}`), 16)).toThrow(SyntaxError);
  });
});
