import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesSyncApp } from '../../src-main/probes/sync-app-probe.js';

/** The rule as the spec words it: a text holds a non-empty pattern, both lower-cased (the loop in the probe must answer the same). */
const byTheRule = (patterns: readonly string[], texts: Array<string | undefined>) =>
  texts.some((t) => t !== undefined && patterns.some((p) => p.length > 0 && t.toLowerCase().includes(p.toLowerCase())));

describe('matchesSyncApp', () => {
  it('a name, display name or path matches when it holds a pattern, in any case; an empty pattern matches nothing', () => {
    expect(matchesSyncApp(['AutoEntry'], 'C:\\Program Files (x86)\\AUTOENTRY\\Sync App\\x.exe')).toBe(true);
    expect(matchesSyncApp(['AutoEntry'], undefined, 'autoentry.syncapp.exe')).toBe(true);
    expect(matchesSyncApp(['AutoEntry'], 'sage.exe', undefined)).toBe(false);
    expect(matchesSyncApp(['', 'qbw'], 'sage.exe')).toBe(false);
    expect(matchesSyncApp([], 'AutoEntry')).toBe(false);
    expect(matchesSyncApp(['İ'], 'i̇stanbul')).toBe(true);
  });

  it('answers as the rule does for any patterns and texts', () => {
    const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('AutoEntry', 'AUTOENTRY.SYNCAPP.EXE', 'İ', 'ß', 'K', 'Sync App'), fc.constant(undefined));
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('AutoEntry', 'sync', 'İ', '')), { maxLength: 3 }), fc.array(text, { maxLength: 4 }), (patterns, texts) => {
        expect(matchesSyncApp(patterns, ...texts)).toBe(byTheRule(patterns, texts));
      }),
      { numRuns: 500 },
    );
  });
});
