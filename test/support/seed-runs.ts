import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const seedDir = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));
const seedText = readdirSync(seedDir).map((f) => readFileSync(`${seedDir}/${f}`, 'utf8')).join('\n');

function words(text: string): string[] {
  return text.toLowerCase().replace(/[^a-z0-9' ]+/g, ' ').split(/\s+/).filter(Boolean);
}

/** Every run of 7 words of the help articles, to catch a copied sentence. */
export const SEED_RUNS = new Set<string>();
const seedWords = words(seedText);
for (let i = 0; i + 7 <= seedWords.length; i++) SEED_RUNS.add(seedWords.slice(i, i + 7).join(' '));

/** The runs of 7 words in `text` that also appear in the help articles. */
export function copiedRuns(text: string): string[] {
  const w = words(text);
  const found: string[] = [];
  for (let i = 0; i + 7 <= w.length; i++) if (SEED_RUNS.has(w.slice(i, i + 7).join(' '))) found.push(w.slice(i, i + 7).join(' '));
  return found;
}
