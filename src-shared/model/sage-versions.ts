import { sameWinName } from '../winpath/win-case.js';

/** `2014`–`2026` (version = year − 1994) or `V33` and later; undefined for any other folder. */
export function sageVersionOfFolder(name: string): number | undefined {
  const year = /^(20\d\d)$/.exec(name);
  if (year) {
    const y = Number(year[1]);
    return y >= 2014 && y <= 2026 ? y - 1994 : undefined;
  }
  const v = /^v(\d{2,3})$/i.exec(name);
  if (v) {
    const n = Number(v[1]);
    return n >= 33 ? n : undefined;
  }
  return undefined;
}

/**
 * The Sage version whose settings folder a path lies in (`…\Sage\Accounts\2024\Company.000`
 * → 30), from its segments; undefined for a path outside Sage's settings folders.
 */
export function sageVersionOfPath(segments: readonly string[]): { name: string; version: number } | undefined {
  for (let i = segments.length - 2; i >= 2; i--) {
    if (!sameWinName(segments[i - 2]!, 'Sage') || !sameWinName(segments[i - 1]!, 'Accounts')) continue;
    const version = sageVersionOfFolder(segments[i]!);
    if (version !== undefined) return { name: segments[i]!, version };
  }
  return undefined;
}
