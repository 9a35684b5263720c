/**
 * The text without any of `chars` at its end. A loop, not a `/[…]+$/` regular expression: that
 * one retries from every position of a long run, which makes a hostile path quadratic.
 */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}
