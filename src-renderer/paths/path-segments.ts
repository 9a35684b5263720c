/**
 * A path cut after each separator (`\` or `/`), so a long path can wrap between folder names
 * and never inside one: `C:\`, `ProgramData\`, `Sage\`, … Joined back, the pieces are the path.
 */
export function pathSegments(path: string): string[] {
  return path.match(/[^\\/]*(?:[\\/]+|$)/g)?.filter((piece) => piece !== '') ?? [];
}
