import fc from 'fast-check';
import { expect } from 'vitest';

/**
 * What a differential test between a schema and its oracle (another declaration that must answer
 * the same) compares, and the random damage it feeds both. Used for the schemas rewritten from
 * zod classic to zod/mini: the classic declaration is the oracle.
 */
interface SafeParser {
  safeParse(value: unknown): { success: true; data: unknown } | { success: false; error: { issues: readonly unknown[] } };
}

/** The same `success`, the same parsed value (keys, order, `undefined`s), the same issues whole (code, path, message, and what each code carries). */
export function expectSameAnswer(schema: SafeParser, oracle: SafeParser, value: unknown): void {
  const got = schema.safeParse(value);
  const want = oracle.safeParse(value);
  expect(got.success).toBe(want.success);
  if (got.success && want.success) {
    expect(got.data).toStrictEqual(want.data);
    expect(JSON.stringify(got.data)).toBe(JSON.stringify(want.data));
  } else if (!got.success && !want.success) {
    expect(got.error.issues).toStrictEqual(want.error.issues);
    // The load's message (load-snapshot.ts) is read off the first issue: code, path and message, spelled out.
    const brief = (issues: readonly unknown[]) => issues.map((i) => { const { code, path, message } = i as { code: string; path: PropertyKey[]; message: string }; return { code, path: path.map(String), message }; });
    expect(brief(got.error.issues)).toStrictEqual(brief(want.error.issues));
  }
}

type Tree = unknown;
type Path = Array<string | number>;
type Container = Record<string, unknown> | unknown[];

const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

/** Every place in a JSON tree, the root (`[]`) first. */
function placesIn(value: Tree, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => placesIn(v, [...at, i], out));
  else if (isContainer(value)) for (const [k, v] of Object.entries(value)) placesIn(v, [...at, k], out);
  return out;
}
const containersIn = (value: Tree): Path[] => placesIn(value).filter((p) => isContainer(p.reduce<any>((o, k) => o[k], value)));
const parentOf = (root: Tree, path: Path): Container => path.slice(0, -1).reduce<any>((o, k) => o[k], root) as Container;

/** A change made to a copy of the tree (which it may replace whole). */
export type Damage = (tree: Tree) => Tree;

/** Values of the wrong kind, or of the right kind and out of range, for any place (a fresh copy each time: damage may change it later). */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, true, false, 0, -1, -0.5, 1.5, 2 ** 53, Number.NaN, Infinity, '', 'x', 'not a time', '2026-13-45T99:00:00Z', '2026-01-01T00:00:00Z', [], {}, ['a', 3], { a: 1 }),
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -5, max: 5 }),
  fc.double({ noDefaultInfinity: true }),
  fc.jsonValue({ maxDepth: 2 }),
).map((v) => structuredClone(v));

/** Replace the value at a random place (the root too) with a wrong one. */
const replaceSomewhere = fc.tuple(fc.nat(), wrongValue).map(([n, v]): Damage => (tree) => {
  const places = placesIn(tree);
  const path = places[n % places.length]!;
  if (path.length === 0) return v;
  (parentOf(tree, path) as any)[path[path.length - 1]!] = v;
  return tree;
});

/** Remove a random field or list item (a required one, sometimes). */
const removeSomewhere = fc.nat().map((n): Damage => (tree) => {
  const places = placesIn(tree).filter((p) => p.length > 0);
  if (places.length === 0) return tree;
  const path = places[n % places.length]!;
  const parent = parentOf(tree, path);
  const key = path[path.length - 1]!;
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[key as string];
  return tree;
});

/** Add a field unknown to the format (or an item, to a list) at a random object or list. */
const addSomewhere = fc.tuple(fc.nat(), fc.constantFrom('extra', 'Extra', '__proto_', 'text', 'base64', 'size', 'kind', 'pid'), wrongValue).map(([n, name, v]): Damage => (tree) => {
  const containers = containersIn(tree);
  if (containers.length === 0) return tree;
  const target = containers[n % containers.length]!.reduce<any>((o, k) => o[k], tree) as Container;
  if (Array.isArray(target)) target.push(v);
  else target[name] = v;
  return tree;
});

/** One to four random changes, generic (`replace`, `remove`, `add`) or the schema's own `targeted` ones. */
export function damageOf(targeted: fc.Arbitrary<Damage>): fc.Arbitrary<Damage> {
  const one = fc.oneof(replaceSomewhere, removeSomewhere, addSomewhere, targeted, targeted);
  return fc.array(one, { minLength: 1, maxLength: 4 }).map((all): Damage => (tree) => all.reduce((t, d) => d(t), tree));
}

/** A deep copy of a tree with the damage done. */
export const damaged = (tree: Tree, damage: Damage): Tree => damage(structuredClone(tree));

/**
 * How many of the values the oracle accepts, and the issue codes of those it refuses: what a
 * differential test checks first, that its inputs reach both the schema's success and its failures.
 */
export function oracleVerdicts(oracle: SafeParser, values: readonly unknown[]): { accepted: number; codes: string[] } {
  const codes = new Set<string>();
  let accepted = 0;
  for (const value of values) {
    const result = oracle.safeParse(value);
    if (result.success) accepted++;
    else for (const issue of result.error.issues) codes.add((issue as { code: string }).code);
  }
  return { accepted, codes: [...codes].sort() };
}
