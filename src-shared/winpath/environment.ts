/** Expands `%NAME%` references the way Windows does: names are case-insensitive, unknown ones stay. */
export function expandEnvironment(text: string, env: Readonly<Record<string, string>>): { text: string; expanded: string[] } {
  const byLowerName = new Map(Object.entries(env).map(([k, v]) => [k.toLowerCase(), v] as const));
  const expanded: string[] = [];
  const result = text.replace(/%([^%\\/:*?"<>|\r\n]+)%/g, (whole, name: string) => {
    const value = byLowerName.get(name.toLowerCase());
    if (value === undefined) return whole;
    expanded.push(name);
    return value;
  });
  return { text: result, expanded };
}

/** An environment variable by name, case-insensitively, as on Windows. */
export function envValue(env: Readonly<Record<string, string>>, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(env)) if (k.toLowerCase() === lower) return v;
  return undefined;
}
