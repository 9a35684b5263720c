/** Windows compares paths without regard to case or a trailing backslash. */
export function samePathText(a: string, b: string): boolean {
  const tidy = (p: string) => p.trim().replace(/[\\/]+$/, '').replace(/\//g, '\\').toLowerCase();
  return tidy(a) === tidy(b);
}
