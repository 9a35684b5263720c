import type { EquivalenceStep } from '../model/report-schema.js';
import type { Canonicalised, CanonicaliseOptions } from '../winpath/canonical-path.js';
import type { WinPath } from '../winpath/parse-win-path.js';

/**
 * Canonical form of an absolute POSIX path (a Linux file server holding Sage or QuickBooks
 * data). Case-sensitive; `.`/`..`, repeated and trailing `/` resolved; links are resolved by
 * the host, not here. The result reuses the Windows shape with a `/` drive-less root so the
 * rules can treat both flavours alike.
 */
export function canonicalisePosixPath(input: string, options: CanonicaliseOptions = {}): Canonicalised {
  const text = input.trim();
  if (!text.startsWith('/')) return { ok: false, reason: `"${input}" is not a full path (it should start with /).` };
  if (text.includes('\u0000')) return { ok: false, reason: `"${input}" contains a NUL character.` };
  const steps: EquivalenceStep[] = [];
  if (/.\/$/.test(text)) steps.push({ kind: 'trailing', text: 'A trailing / makes no difference' });
  const segments: string[] = [];
  for (const raw of text.split('/')) {
    if (raw === '' ) continue;
    if (raw === '.' || raw === '..') {
      if (!steps.some((s) => s.kind === 'dots')) steps.push({ kind: 'dots', text: '. and .. in the path were worked out' });
      if (raw === '..') segments.pop();
      continue;
    }
    segments.push(raw);
  }
  if (options.sageDataset && segments.at(-1)?.toLowerCase() === 'accdata') {
    segments.pop();
    steps.push({ kind: 'accdata', text: 'ACCDATA is the data folder inside the dataset; the dataset is the folder that holds it' });
  }
  const canonical = `/${segments.join('/')}`;
  const path: WinPath = { root: { kind: 'drive', letter: '/' }, segments };
  return { ok: true, value: { input, canonical, key: canonical, path, steps } };
}
