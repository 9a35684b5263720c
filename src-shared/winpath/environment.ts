import { winUpcase } from './win-case.js';

/** Expands `%NAME%` references the way Windows does: names are case-insensitive, unknown ones stay. */
export function expandEnvironment(text: string, env: Readonly<Record<string, string>>): { text: string; expanded: string[] } {
  const byName = new Map(Object.entries(env).map(([k, v]) => [winUpcase(k), v] as const));
  const expanded: string[] = [];
  const result = text.replace(/%([^%\\/:*?"<>|\r\n]+)%/g, (whole, name: string) => {
    const value = byName.get(winUpcase(name));
    if (value === undefined) return whole;
    expanded.push(name);
    return value;
  });
  return { text: result, expanded };
}

/** An environment variable by name, case-insensitively, as on Windows. */
export function envValue(env: Readonly<Record<string, string>>, name: string): string | undefined {
  const wanted = winUpcase(name);
  for (const [k, v] of Object.entries(env)) if (winUpcase(k) === wanted) return v;
  return undefined;
}
