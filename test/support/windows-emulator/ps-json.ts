/**
 * JSON as Windows PowerShell 5.1's `ConvertTo-Json -Compress` writes it. 5.1 serialises with
 * .NET's JavaScriptSerializer, which escapes `<`, `>`, `&` and `'` as `\u003c`, `\u003e`,
 * `\u0026`, `\u0027` and leaves other non-ASCII text as it is. A list assigned from a pipeline
 * without `@( )` reaches ConvertTo-Json unwrapped: one item is a bare object, none is `null`
 * (`unwrapped` below).
 */
export function psJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&']/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A pipeline's result as PowerShell assigns it without `@( )`: none → null, one → that item. */
export function unwrapped<T>(items: T[]): T[] | T | null {
  if (items.length === 0) return null;
  return items.length === 1 ? items[0]! : items;
}

/** Whether the script keeps `$out.<part>` a list with `@( )` (else PowerShell unwraps it). */
export function keepsList(script: string, part: string): boolean {
  return new RegExp(`\\.${part}\\s*=\\s*(@\\(|\\$keys\\b|New-Object\\s+System\\.Collections)`, 'i').test(script);
}
