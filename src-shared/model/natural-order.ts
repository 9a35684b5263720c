/**
 * Names in the order people count them: runs of digits compare as numbers, so PC2 comes
 * before PC10 and PC0001, PC0010, PC0100 by their numbers; letters compare without case.
 * Deterministic (no locale): ties fall back to the shorter digit run, then the plain spelling.
 */
export function naturalCompare(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    // Stryker disable next-line Regex: a run is all digits or none (the split above), so "starts with a digit" and "has a digit" agree.
    const xd = /^\d/.test(x);
    // Stryker disable next-line Regex: as above.
    const yd = /^\d/.test(y);
    if (xd && yd) {
      const nx = x.replace(/^0+(?=\d)/, '');
      const ny = y.replace(/^0+(?=\d)/, '');
      if (nx.length !== ny.length) return nx.length - ny.length;
      // Stryker disable next-line EqualityOperator: `<=` differs from `<` only where nx === ny, excluded here.
      if (nx !== ny) return nx < ny ? -1 : 1;
      continue;
    }
    const ux = x.toUpperCase();
    const uy = y.toUpperCase();
    // Stryker disable next-line EqualityOperator: `<=` differs from `<` only where ux === uy, excluded here.
    if (ux !== uy) return ux < uy ? -1 : 1;
  }
  if (pa.length !== pb.length) return pa.length - pb.length;
  // Stryker disable next-line EqualityOperator: `<=` differs from `<` only where a === b, answered first.
  return a === b ? 0 : a < b ? -1 : 1;
}

/** A copy of `items` in natural order of `nameOf`. */
export function naturalSort<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return [...items].sort((x, y) => naturalCompare(nameOf(x), nameOf(y)));
}
