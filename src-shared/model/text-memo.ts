/**
 * A pure function of a text, remembered for the texts seen again. An office's PCs share most of
 * their registry keys, process and program names: the answer worked out for the first PC serves
 * the next thousand, where working it out again (lower-casing, comparing against every root) cost
 * more than the probes' own work. At most `limit` texts are kept; then they are let go and the
 * remembering starts again, so memory stays small however many different texts come by.
 *
 * Only for a function whose answer depends on nothing but the text: the answer is the same
 * whether it was remembered or worked out.
 */
export function rememberedByText<T>(compute: (text: string) => T, limit = 8192): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    const remembered = known.get(text);
    // Stryker disable next-line ConditionalExpression: a remembered `undefined` found by `has` gives the same answer as working it out again
    if (remembered !== undefined || known.has(text)) return remembered as T;
    const answer = compute(text);
    if (known.size >= limit) known.clear();
    known.set(text, answer);
    return answer;
  };
}
