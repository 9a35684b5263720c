import fc from 'fast-check';
import * as zMini from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../src-shared/settings/settings-schema.js';
import { ClassicSettingsOracle } from '../support/zod-oracles/classic-settings-schema.oracle.js';
import { damaged, damageOf, expectSameAnswer, oracleVerdicts, wrongValue, type Damage } from '../support/zod-oracles/schema-differential.js';

// The settings schema is written in zod/mini (`check` reads a saved settings file at every start);
// its classic declaration, kept as the oracle, says what it must answer: for any settings, right
// or at the edges of their limits, and random damage to them, the same success, value and issues.

const text = (...lengths: number[]) => fc.constantFrom(...lengths).map((n) => 'x'.repeat(n));
const company = fc.record(
  {
    id: fc.oneof(fc.constantFrom('c1', ''), fc.string({ maxLength: 4 })),
    name: fc.oneof(fc.constantFrom('Build Ltd', ''), text(200, 201)),
    software: fc.constantFrom<unknown>('sage', 'quickbooks', 'unknown', 'xero', undefined),
    path: fc.oneof(fc.constantFrom('C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000', '\\\\SRV\\Sage\\ACCDATA'), text(4096, 4097)),
  },
  { requiredKeys: ['id', 'name', 'path'] },
);
const settings = fc.record(
  {
    companies: fc.array(company, { maxLength: 3 }),
    syncAppLocation: fc.oneof(fc.constantFrom('OFFICE-PC1', ''), text(255, 256)),
    syncAppPatterns: fc.array(fc.oneof(fc.constantFrom('AutoEntry', ''), text(200, 201)), { maxLength: 3 }),
    checkIntervalSeconds: fc.oneof(fc.constantFrom(4, 5, 5.5, 60, 3600, 3601), fc.integer({ min: -10, max: 4000 })),
    timeoutMs: fc.oneof(fc.constantFrom(99, 100, 100.5, 5000, 120_000, 120_001), fc.integer({ min: 0, max: 130_000 })),
    notifications: fc.boolean(),
    startAtLogin: fc.boolean(),
    logLevel: fc.constantFrom<unknown>('error', 'warn', 'info', 'debug', 'trace'),
    syncAppExecutable: fc.constant('C:\\old.exe'),
  },
  { requiredKeys: [] },
);

/** The settings' own ways of being wrong, beside the generic damage. */
const settingsDamage: fc.Arbitrary<Damage> = fc
  .tuple(fc.constantFrom('companies', 'syncAppLocation', 'syncAppPatterns', 'checkIntervalSeconds', 'timeoutMs', 'notifications', 'startAtLogin', 'logLevel'), wrongValue)
  .map(([field, value]): Damage => (t) => (typeof t === 'object' && t !== null && !Array.isArray(t) ? Object.assign(t, { [field]: value }) : t));

const anySettings = fc.oneof(settings, fc.tuple(settings, damageOf(settingsDamage)).map(([s, damage]) => damaged(s, damage)), fc.constant<unknown>({}), fc.constant<unknown>(DEFAULT_SETTINGS));

describe('the zod/mini settings schema answers as its classic declaration', () => {
  it('gives the written-out defaults for an empty file', () => {
    expect(SettingsSchema.parse({})).toStrictEqual(DEFAULT_SETTINGS);
    expectSameAnswer(SettingsSchema, ClassicSettingsOracle, {});
  });

  it('a company saved without its software is of unknown software', () => {
    const saved = { companies: [{ id: 'c1', name: 'Acme Ltd', path: 'C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000' }] };
    expect(SettingsSchema.parse(saved).companies[0]?.software).toBe('unknown');
    expectSameAnswer(SettingsSchema, ClassicSettingsOracle, saved);
  });

  it('is fed settings it refuses in every way it can, and settings it accepts', () => {
    const { accepted, codes } = oracleVerdicts(ClassicSettingsOracle, fc.sample(anySettings, { numRuns: 600, seed: 21 }));
    expect(accepted).toBeGreaterThan(30);
    expect(accepted).toBeLessThan(570);
    expect(codes).toEqual(expect.arrayContaining(['invalid_type', 'invalid_value', 'too_small', 'too_big']));
  });

  it('answers as the classic schema for any settings and any damage to them (fast-check)', () => {
    fc.assert(fc.property(anySettings, (value) => expectSameAnswer(SettingsSchema, ClassicSettingsOracle, value)), { numRuns: 800 });
  });

  it('answers as the classic schema for any value at all (fast-check)', () => {
    fc.assert(fc.property(fc.oneof(wrongValue, fc.anything()), (value) => expectSameAnswer(SettingsSchema, ClassicSettingsOracle, value)), { numRuns: 200 });
  });

  it('checks a field alone as the classic schema does (the settings screen reads its fields so)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(fc.oneof(fc.constantFrom('AutoEntry', ''), text(200, 201)), { maxLength: 3 }), wrongValue), fc.oneof(fc.constantFrom(99, 100, 120_000, 120_001, Number.NaN), fc.integer()), (patterns, timeout) => {
        expectSameAnswer(SettingsSchema.shape.syncAppPatterns, ClassicSettingsOracle.shape.syncAppPatterns, patterns);
        expectSameAnswer(SettingsSchema.shape.timeoutMs, ClassicSettingsOracle.shape.timeoutMs, timeout);
      }),
      { numRuns: 200 },
    );
  });

  it('compiled (z.compile) still answers as the classic declaration', () => {
    const compiled = zMini.compile(SettingsSchema);
    fc.assert(fc.property(anySettings, (value) => expectSameAnswer(compiled, ClassicSettingsOracle, value)), { numRuns: 300 });
  });
});
