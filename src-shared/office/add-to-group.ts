/**
 * Adds a value to the list kept under its key (the list made on first use). Grouping a
 * thousand PCs by the data they use this way is one pass; copying the list at every addition
 * (`[...list, value]`) made it quadratic, and its garbage most of the office judgement's time.
 */
export function addToGroup<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const group = groups.get(key);
  if (group) group.push(value);
  else groups.set(key, [value]);
}
