import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSessionLine, SessionLineSchemas } from '../../src-main/host/windows/session/session-protocol.js';
import { ClassicSessionLineOracles } from '../support/zod-oracles/classic-session-protocol-schema.oracle.js';
import { damaged, damageOf, expectSameAnswer, oracleVerdicts, wrongValue, type Damage } from '../support/zod-oracles/schema-differential.js';

// The lines of the long-lived PowerShell session are read with zod/mini schemas (the session
// module is bundled into `check`); their classic declarations, kept as oracles, say what each must
// answer: for the lines the session really prints (src-main/host/windows/session/session-script.ts,
// as the Windows emulator and the stand-in PowerShell print them, PowerShell 5.1's unwrapped lists
// included) and random damage to them, the same success, parsed value and issues.

const LINES: unknown[] = [
  { ready: true },
  { unavailable: 'PowerShell runs in ConstrainedLanguage mode' },
  { event: 'exited', pid: 4120 },
  { event: 'started', pid: 6160 },
  { id: 7, report: { errors: [], processes: [{ pid: 4120, name: 'AutoEntry.exe', path: null, user: null, sessionId: 1, startedAt: '2026-01-05T08:00:00.0000000Z' }] } },
  { id: 8, watching: [4120, 5150], cannotWatch: [6160] },
  { id: 8, watching: 4120, cannotWatch: null },
  { id: 8, watching: [] },
  { id: -1, error: 'Invalid JSON primitive: .' },
  { id: 9 },
];

const lineDamage: fc.Arbitrary<Damage> = fc
  .tuple(fc.constantFrom('ready', 'unavailable', 'event', 'pid', 'id', 'report', 'watching', 'cannotWatch', 'error'), fc.oneof(wrongValue, fc.constantFrom<unknown>('exited', 'started', 4120, [4120, 'x'], 1.5)))
  .map(([field, value]): Damage => (t) => (typeof t === 'object' && t !== null && !Array.isArray(t) ? Object.assign(t, { [field]: value }) : t));

const anyLine = fc.oneof(fc.constantFrom(...LINES), fc.tuple(fc.constantFrom(...LINES), damageOf(lineDamage)).map(([line, damage]) => damaged(line, damage)));
const names = Object.keys(ClassicSessionLineOracles) as Array<keyof typeof ClassicSessionLineOracles>;

const sameForEvery = (value: unknown) => {
  for (const name of names) expectSameAnswer(SessionLineSchemas[name], ClassicSessionLineOracles[name], value);
};

describe('the zod/mini session line schemas answer as their classic declarations', () => {
  it('has a mini schema for each classic one', () => {
    expect(Object.keys(SessionLineSchemas).sort()).toEqual([...names].sort());
  });

  it('reads every kind of line the session prints, each by the schema meant for it', () => {
    const kinds = LINES.map((line) => parseSessionLine(JSON.stringify(line)).kind);
    expect(new Set(kinds)).toEqual(new Set(['ready', 'unavailable', 'exited', 'started', 'answer']));
    for (const line of LINES) sameForEvery(line);
  });

  it('is fed lines each schema refuses and lines it accepts', () => {
    const samples = fc.sample(anyLine, { numRuns: 600, seed: 21 });
    for (const name of names) {
      const { accepted } = oracleVerdicts(ClassicSessionLineOracles[name], samples);
      expect(accepted, name).toBeGreaterThan(5);
      expect(accepted, name).toBeLessThan(590);
    }
  });

  it('answers as the classic schemas for any real line and any damage to it (fast-check)', () => {
    fc.assert(fc.property(anyLine, sameForEvery), { numRuns: 800 });
  });

  it('answers as the classic schemas for any value at all (fast-check)', () => {
    fc.assert(fc.property(fc.oneof(wrongValue, fc.anything()), sameForEvery), { numRuns: 300 });
  });
});
