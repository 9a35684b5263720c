/**
 * A path cut after each separator (`\` or `/`), so a long path can wrap between folder names
 * and never inside one: `C:\`, `ProgramData\`, `Sage\`, … Joined back, the pieces are the path.
 */
export function pathSegments(path: string): string[] {
  return path.match(/[^\\/]*(?:[\\/]+|$)/g)?.filter((piece) => piece !== '') ?? [];
}

/** How many leading pieces are the path's root: `C:\` (one), `\\` `server\` `share\` (three), `/` (one); none for a relative path. */
export function rootPieceCount(pieces: readonly string[], separatorsAreOwnPieces = false): number {
  const first = pieces[0] ?? '';
  const step = separatorsAreOwnPieces ? 2 : 1;
  if (/^[A-Za-z]:/.test(first)) return separatorsAreOwnPieces ? 2 : 1;
  if (/^[\\/]{2,}$/.test(first)) return Math.min(pieces.length, 1 + 2 * step);
  if (/^[\\/]$/.test(first)) return 1;
  return 0;
}

/**
 * The pieces a path may wrap between: as `pathSegments`, but the root stays joined to the
 * first folder name, so a line never ends right after `C:\` or `\\server\share\`.
 */
export function pathWrapPieces(path: string): string[] {
  const pieces = pathSegments(path);
  const root = rootPieceCount(pieces);
  if (root === 0 || pieces.length <= root) return root === 0 ? pieces : [pieces.join('')];
  return [pieces.slice(0, root + 1).join(''), ...pieces.slice(root + 1)];
}
