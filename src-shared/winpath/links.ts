import { formatWinPath, isPrefixOf, parseWinPath, type WinPath } from './parse-win-path.js';

/** One link, short name or junction: a path prefix that resolves to another. */
export interface PathLink {
  from: WinPath;
  to: WinPath;
}

/** Parses a `links` table (prefix → target); entries that are not valid paths are skipped. */
export function parseLinks(table: Readonly<Record<string, string>> | undefined): PathLink[] {
  const links: PathLink[] = [];
  for (const [from, to] of Object.entries(table ?? {})) {
    const f = parseWinPath(from);
    const t = parseWinPath(to);
    if (f.ok && t.ok) links.push({ from: f.path, to: t.path });
  }
  // Longest prefix first, so the most specific link wins.
  return links.sort((a, b) => b.from.segments.length - a.from.segments.length);
}

/** Replaces the longest matching link prefix once; undefined when none applies. */
export function applyOneLink(path: WinPath, links: readonly PathLink[]): { path: WinPath; link: PathLink } | undefined {
  const link = links.find((l) => isPrefixOf(l.from, path));
  if (!link) return undefined;
  return { path: { root: link.to.root, segments: [...link.to.segments, ...path.segments.slice(link.from.segments.length)] }, link };
}

export function describeLink(link: PathLink): string {
  return `${formatWinPath(link.from)} is another name for ${formatWinPath(link.to)}`;
}
