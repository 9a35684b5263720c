/**
 * The WHERE clause of a WQL query (what `Get-CimInstance -Filter` passes on), evaluated the way
 * WMI evaluates it, on one instance's properties. Written from Microsoft's documentation, not
 * from our filter builder:
 * - WQL operators (learn.microsoft.com/windows/win32/wmisdk/wql-operators): = <> != < > <= >=,
 *   LIKE, IS [NOT] NULL, AND, OR, NOT (NOT may also stand right before a property: `NOT Name LIKE …`);
 * - LIKE (learn.microsoft.com/windows/win32/wmisdk/like-operator): `%` any string of zero or more
 *   characters, `_` any one character, `[a-f]` / `[abc]` one character in the range or set,
 *   `[^a-f]` one not in it; a literal `%`, `_` or `[` is written inside brackets (`[%]`, `[_]`, `[[]`);
 * - string literals in single or double quotes, `\` escaping the next character (`'%\\%'` is one
 *   backslash); string comparisons are case-insensitive.
 * A clause it cannot parse throws, as WMI answers "Invalid query" (Get-CimInstance then fails).
 */

export type WqlValue = string | number | boolean | null | undefined;
export type WqlInstance = Record<string, WqlValue>;
type Predicate = (instance: WqlInstance) => boolean;

export class InvalidWqlQuery extends Error {}

type Token = { kind: 'word' | 'string' | 'number' | 'op' | 'paren'; text: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === "'" || c === '"') {
      let value = '';
      i += 1;
      while (i < text.length && text[i] !== c) {
        if (text[i] === '\\' && i + 1 < text.length) i += 1;
        value += text[i];
        i += 1;
      }
      if (i >= text.length) throw new InvalidWqlQuery(`unterminated string in ${text}`);
      i += 1;
      tokens.push({ kind: 'string', text: value });
    } else if (c === '(' || c === ')') {
      tokens.push({ kind: 'paren', text: c });
      i += 1;
    } else if (/[<>=!]/.test(c)) {
      const two = text.slice(i, i + 2);
      const op = ['<>', '!=', '<=', '>='].includes(two) ? two : c;
      tokens.push({ kind: 'op', text: op });
      i += op.length;
    } else if (/[-\d]/.test(c)) {
      const number = /^-?\d+(\.\d+)?/.exec(text.slice(i))?.[0];
      if (number === undefined) throw new InvalidWqlQuery(`unexpected "${c}" in ${text}`);
      tokens.push({ kind: 'number', text: number });
      i += number.length;
    } else if (/[A-Za-z_]/.test(c)) {
      const word = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(text.slice(i))![0];
      tokens.push({ kind: 'word', text: word });
      i += word.length;
    } else {
      throw new InvalidWqlQuery(`unexpected "${c}" in ${text}`);
    }
  }
  return tokens;
}

/** A LIKE pattern as a regular expression (whole value, case-insensitive). */
export function wqlLikeRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern[i]!;
    if (c === '%') source += '[\\s\\S]*';
    else if (c === '_') source += '[\\s\\S]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) throw new InvalidWqlQuery(`unclosed [ in LIKE pattern ${pattern}`);
      let set = pattern.slice(i + 1, close);
      const negate = set.startsWith('^') && set.length > 1;
      if (negate) set = set.slice(1);
      const escaped = set.replace(/[\\\]^[]/g, (m) => `\\${m}`);
      source += `[${negate ? '^' : ''}${escaped}]`;
      i = close;
    } else source += c.replace(/[.*+?^${}()|\\/]/g, (m) => `\\${m}`);
  }
  return new RegExp(`^${source}$`, 'i');
}

function compare(left: WqlValue, op: string, right: WqlValue): boolean {
  if (left === null || left === undefined || right === null || right === undefined) return false; // NULL compares to nothing
  const l = typeof left === 'string' ? left.toLowerCase() : left;
  const r = typeof right === 'string' ? right.toLowerCase() : right;
  const ln = typeof l === 'boolean' ? String(l) : l;
  const rn = typeof r === 'boolean' ? String(r) : r;
  const [a, b] = typeof ln === 'number' || typeof rn === 'number' ? [Number(ln), Number(rn)] : [ln, rn];
  switch (op) {
    case '=': return a === b;
    case '<>': case '!=': return a !== b;
    case '<': return a < b;
    case '>': return a > b;
    case '<=': return a <= b;
    case '>=': return a >= b;
  }
  throw new InvalidWqlQuery(`unknown operator ${op}`);
}

function propertyOf(instance: WqlInstance, name: string): WqlValue {
  const key = Object.keys(instance).find((k) => k.toLowerCase() === name.toLowerCase());
  if (key === undefined) throw new InvalidWqlQuery(`no property ${name}`);
  return instance[key];
}

/** Parses a WHERE clause into a predicate; throws InvalidWqlQuery as WMI would refuse it. */
export function parseWqlWhere(text: string): Predicate {
  const tokens = tokenize(text);
  let at = 0;
  const peekWord = (word: string) => tokens[at]?.kind === 'word' && tokens[at]!.text.toUpperCase() === word;
  const next = () => {
    const token = tokens[at++];
    if (token === undefined) throw new InvalidWqlQuery(`unexpected end of ${text}`);
    return token;
  };

  function literal(): WqlValue {
    const token = next();
    if (token.kind === 'string') return token.text;
    if (token.kind === 'number') return Number(token.text);
    if (token.kind === 'word' && /^(TRUE|FALSE)$/i.test(token.text)) return token.text.toUpperCase() === 'TRUE';
    if (token.kind === 'word' && /^NULL$/i.test(token.text)) return null;
    throw new InvalidWqlQuery(`expected a value, found ${token.text}`);
  }

  function comparison(): Predicate {
    if (tokens[at]?.kind === 'paren' && tokens[at]!.text === '(') {
      at += 1;
      const inner = or();
      if (next().text !== ')') throw new InvalidWqlQuery(`missing ) in ${text}`);
      return inner;
    }
    const property = next();
    if (property.kind !== 'word') throw new InvalidWqlQuery(`expected a property, found ${property.text}`);
    const name = property.text;
    if (peekWord('IS')) {
      at += 1;
      const negate = peekWord('NOT');
      if (negate) at += 1;
      if (!peekWord('NULL')) throw new InvalidWqlQuery(`expected NULL after IS in ${text}`);
      at += 1;
      return (i) => (propertyOf(i, name) == null) !== negate;
    }
    const negateLike = peekWord('NOT');
    if (negateLike) at += 1;
    if (peekWord('LIKE')) {
      at += 1;
      const pattern = literal();
      if (typeof pattern !== 'string') throw new InvalidWqlQuery(`LIKE needs a string in ${text}`);
      const regexp = wqlLikeRegExp(pattern);
      return (i) => {
        const value = propertyOf(i, name);
        return typeof value === 'string' && regexp.test(value) !== negateLike;
      };
    }
    if (negateLike) throw new InvalidWqlQuery(`expected LIKE after NOT in ${text}`);
    const op = next();
    if (op.kind !== 'op') throw new InvalidWqlQuery(`expected an operator, found ${op.text}`);
    const value = literal();
    return (i) => compare(propertyOf(i, name), op.text, value);
  }

  function not(): Predicate {
    if (peekWord('NOT')) {
      at += 1;
      const inner = not();
      return (i) => !inner(i);
    }
    return comparison();
  }

  function and(): Predicate {
    let left = not();
    while (peekWord('AND')) {
      at += 1;
      const l = left;
      const r = not();
      left = (i) => l(i) && r(i);
    }
    return left;
  }

  function or(): Predicate {
    let left = and();
    while (peekWord('OR')) {
      at += 1;
      const l = left;
      const r = and();
      left = (i) => l(i) || r(i);
    }
    return left;
  }

  const predicate = or();
  if (at !== tokens.length) throw new InvalidWqlQuery(`unexpected ${tokens[at]!.text} in ${text}`);
  return predicate;
}
