/** A piece of a path for display: a folder name or a separator, marked when the other path lacks it. */
export interface PathPiece {
  text: string;
  separator: boolean;
  differs: boolean;
}

function tokens(path: string): string[] {
  return path.split(/([\\/]+)/).filter((t) => t !== '');
}

const isSeparator = (t: string) => /^[\\/]+$/.test(t);

/** Longest common subsequence of two lists of folder names, compared as Windows does (ignoring case). */
function commonNames(a: string[], b: string[]): Set<number>[] {
  const n = a.length;
  const m = b.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = a[i]!.toLowerCase() === b[j]!.toLowerCase() ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const keepA = new Set<number>();
  const keepB = new Set<number>();
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i]!.toLowerCase() === b[j]!.toLowerCase()) {
      keepA.add(i++);
      keepB.add(j++);
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return [keepA, keepB];
}

function pieces(all: string[], keep: Set<number>): PathPiece[] {
  let nameIndex = 0;
  return all.map((text) => {
    if (isSeparator(text)) return { text, separator: true, differs: false };
    return { text, separator: false, differs: !keep.has(nameIndex++) };
  });
}

/**
 * Splits two paths into folder names and marks the names that differ — `2024` against `2025`
 * in `…\Accounts\2024\Company.000` and `…\Accounts\2025\Company.000`.
 */
export function diffPaths(left: string, right: string): { left: PathPiece[]; right: PathPiece[] } {
  const leftTokens = tokens(left);
  const rightTokens = tokens(right);
  const [keepLeft, keepRight] = commonNames(leftTokens.filter((t) => !isSeparator(t)), rightTokens.filter((t) => !isSeparator(t)));
  return { left: pieces(leftTokens, keepLeft!), right: pieces(rightTokens, keepRight!) };
}
