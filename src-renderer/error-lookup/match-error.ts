import type { KnownError } from './known-errors.js';

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘'"“”]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function containsPhrase(messageWords: string[], phrase: string): boolean {
  const wanted = words(phrase);
  if (wanted.length === 0) return false;
  for (let i = 0; i + wanted.length <= messageWords.length; i++) {
    if (wanted.every((w, k) => messageWords[i + k] === w)) return true;
  }
  return false;
}

/** The known messages a pasted message matches, best first (the order of the table). */
export function matchError(message: string, table: readonly KnownError[]): KnownError[] {
  const messageWords = words(message);
  if (messageWords.length === 0) return [];
  const says = (phrase: string) => containsPhrase(messageWords, phrase);
  return table.filter((known) => known.phrases.some(says) && (known.onlyWith?.some(says) ?? true) && !(known.unless ?? []).some(says));
}
