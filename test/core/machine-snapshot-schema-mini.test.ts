import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as zMini from 'zod/mini';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MachineSnapshotSchema } from '../../src-shared/model/machine-snapshot-schema.js';
import { ClassicMachineSnapshotOracle } from '../support/zod-oracles/classic-machine-snapshot-schema.oracle.js';
import { damaged, damageOf, expectSameAnswer, oracleVerdicts, wrongValue, type Damage } from '../support/zod-oracles/schema-differential.js';

// The snapshot schema is written in zod/mini (for its start-up cost); its classic declaration,
// kept as the oracle, says what it must answer: for every fixture machine and random damage to
// it, the same success, parsed value and issues.

const machineFiles = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.expect.json')).map((f) => join(dir, f)) : [];
const FILES = [...machineFiles(new URL('../fixtures/machines/', import.meta.url).pathname), ...machineFiles('/work/shared/machines')];
const MACHINES = FILES.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Record<string, unknown>);

const isoOrNot = fc.constantFrom('2026-11-20T09:30:00Z', '2026-11-20', 'Fri, 20 Nov 2026 09:30:00 GMT', 'yesterday', '2026-02-30T25:61:00Z', '', 42, null);
const sizeOrNot = fc.oneof(fc.constantFrom<unknown>(-1, -0.001, 0, 1.5, 2 ** 60, Number.NaN, Infinity, '12', null), fc.integer({ min: -3, max: 3 }));
const lookupFailure = fc.record(
  {
    topic: fc.constantFrom<unknown>('identity', 'environment', 'drives', 'processes', 'services', 'registry', 'nothing', 3),
    what: fc.oneof(fc.string({ maxLength: 5 }), fc.constant<unknown>(7)),
    kind: fc.constantFrom<unknown>('timeout', 'error', 'denied', 'crashed', null),
    message: fc.oneof(fc.string({ maxLength: 5 }), fc.constant<unknown>(undefined)),
    path: fc.oneof(fc.string({ maxLength: 5 }), fc.constant<unknown>(false)),
    extra: wrongValue,
  },
  { requiredKeys: [] },
);
const set = (field: string, value: fc.Arbitrary<unknown>) => value.map((v): Damage => (t) => (typeof t === 'object' && t !== null && !Array.isArray(t) ? Object.assign(t, { [field]: structuredClone(v) }) : t));
const inFirst = (field: 'files' | 'processes' | 'services' | 'drives' | 'host', change: fc.Arbitrary<[string, unknown]>) =>
  change.map(([key, v]): Damage => (t: any) => {
    const list = t?.[field];
    const first = list && typeof list === 'object' ? Object.values(list)[0] : undefined;
    if (first && typeof first === 'object') (first as Record<string, unknown>)[key] = structuredClone(v);
    else if (field === 'host' && list && typeof list === 'object') list[key] = structuredClone(v);
    return t;
  });

/** The snapshot format's own ways of being wrong (and right), beside the generic damage. */
const snapshotDamage: fc.Arbitrary<Damage> = fc.oneof(
  set('capturedAt', isoOrNot),
  set('format', fc.constantFrom<unknown>('sync-doctor/machine@2', 'sync-doctor/machine@1', undefined, 1)),
  inFirst('files', fc.tuple(fc.constantFrom('size', 'mtime', 'text', 'base64'), fc.oneof(sizeOrNot, isoOrNot, fc.string({ maxLength: 4 })))),
  set('files', fc.constantFrom<unknown>({ 'C:\\a.txt': { text: 'a', base64: 'YQ==' } }, { 'C:\\a.txt': { text: 'a', base64: 'YQ==', size: -1, mtime: 'x' } }, { 'C:\\a.txt': { base64: undefined, text: 'a' } }, { 'C:\\a': 'text' }, [])),
  inFirst('processes', fc.tuple(fc.constantFrom('pid', 'name', 'sessionId', 'startedAt', 'user'), fc.oneof(sizeOrNot, isoOrNot))),
  inFirst('services', fc.tuple(fc.constantFrom('state', 'startType', 'pid', 'name'), fc.constantFrom<unknown>('running', 'sleeping', 'auto', 'boot', 1.5, 3, undefined, null))),
  inFirst('drives', fc.tuple(fc.constantFrom('kind', 'remote'), fc.constantFrom<unknown>('fixed', 'floppy', 'network', 3, undefined))),
  inFirst('host', fc.tuple(fc.constantFrom('computerName', 'userName', 'sessionId', 'elevated', 'desktopUser'), fc.oneof(sizeOrNot, fc.constantFrom<unknown>(undefined, 'x', true)))),
  set('lookupFailures', fc.oneof(fc.array(lookupFailure, { maxLength: 3 }), wrongValue)),
  set('checkInputs', fc.oneof(fc.record({ autoentryPaths: fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.integer()), { maxLength: 2 }), syncAppLocation: fc.oneof(fc.string({ maxLength: 3 }), fc.constant<unknown>(4)), syncAppPatterns: fc.array(fc.string({ maxLength: 2 }), { maxLength: 2 }) }, { requiredKeys: [] }), wrongValue)),
  set('slow', fc.oneof(fc.dictionary(fc.string({ maxLength: 3 }), sizeOrNot, { maxKeys: 2 }), wrongValue)),
  set('shares', fc.oneof(fc.dictionary(fc.string({ maxLength: 3 }), fc.oneof(fc.record({ reachable: fc.oneof(fc.boolean(), wrongValue) }, { requiredKeys: [] }), wrongValue), { maxKeys: 2 }), wrongValue)),
  set('registry', fc.oneof(fc.dictionary(fc.string({ maxLength: 3 }), fc.oneof(fc.dictionary(fc.string({ maxLength: 3 }), wrongValue, { maxKeys: 3 }), wrongValue), { maxKeys: 2 }), wrongValue)),
  fc.constantFrom('dirs', 'links', 'denied', 'env', 'pathFlavour', 'processes', 'services', 'drives', 'files').chain((field) => set(field, wrongValue)),
  fc.constantFrom('capturedAt', 'host', 'format', 'env', 'processes').map((field): Damage => (t: any) => (t && typeof t === 'object' && delete t[field], t)),
);

const damagedMachine = fc.tuple(fc.constantFrom(...MACHINES), damageOf(snapshotDamage)).map(([machine, damage]) => damaged(machine, damage));

function checksAsTheOracle(schema: () => typeof MachineSnapshotSchema, oracle: () => typeof ClassicMachineSnapshotOracle): void {
  it('reads every fixture machine as the classic schema does', () => {
    expect(MACHINES.length).toBeGreaterThanOrEqual(10);
    for (const machine of MACHINES) {
      expect(schema().safeParse(machine).success).toBe(true);
      expectSameAnswer(schema(), oracle(), machine);
    }
  });

  it('is fed damage that the schema refuses in every way it can, and damage it accepts', () => {
    const { accepted, codes } = oracleVerdicts(oracle(), fc.sample(damagedMachine, { numRuns: 600, seed: 21 }));
    expect(accepted).toBeGreaterThan(60);
    expect(accepted).toBeLessThan(540);
    expect(codes).toEqual(expect.arrayContaining(['custom', 'invalid_type', 'invalid_union', 'invalid_value', 'too_small']));
  });

  it('answers as the classic schema for any damage to a fixture machine (fast-check)', () => {
    fc.assert(fc.property(damagedMachine, (machine) => expectSameAnswer(schema(), oracle(), machine)), { numRuns: 600 });
  });

  it('answers as the classic schema for any value at all (fast-check)', () => {
    fc.assert(fc.property(fc.oneof(wrongValue, fc.anything()), (value) => expectSameAnswer(schema(), oracle(), value)), { numRuns: 200 });
  });
}

describe('the zod/mini machine-snapshot schema answers as its classic declaration', () => {
  checksAsTheOracle(() => MachineSnapshotSchema, () => ClassicMachineSnapshotOracle);

  it('keeps a look-up failure of each kind a collection records; a list with any other kind is ignored', () => {
    const machine = MACHINES[0]!;
    for (const kind of ['timeout', 'error', 'denied']) {
      const failure = { topic: 'registry', what: 'HKLM\\SOFTWARE\\Sage', kind, message: 'Access is denied.' };
      const withFailure = { ...structuredClone(machine), lookupFailures: [failure] };
      expect(MachineSnapshotSchema.parse(withFailure).lookupFailures, kind).toEqual([failure]);
      expectSameAnswer(MachineSnapshotSchema, ClassicMachineSnapshotOracle, withFailure);
    }
    const crashed = { ...structuredClone(machine), lookupFailures: [{ topic: 'registry', what: 'x', kind: 'crashed', message: 'm' }] };
    // A malformed list is ignored, as an unknown field is (the schema's comment): the snapshot loads without it.
    expect(MachineSnapshotSchema.parse(crashed).lookupFailures).toBeUndefined();
    expectSameAnswer(MachineSnapshotSchema, ClassicMachineSnapshotOracle, crashed);
  });

  it('words its issues in English where zod classic never set the language (zod/mini sets none itself)', async () => {
    const language = zMini.config().localeError;
    try {
      zMini.config({ localeError: undefined });
      vi.resetModules();
      const fresh = (await import('../../src-shared/model/machine-snapshot-schema.js')).MachineSnapshotSchema;
      const result = fresh.safeParse({ format: 'sync-doctor/machine@1', capturedAt: '2026-11-20T09:30:00Z', host: { userName: 'jane' } });
      expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['host.computerName', 'Invalid input: expected string, received undefined']]);
    } finally {
      zMini.config({ localeError: language });
    }
  });
});

describe('compiled (z.compile, as the office workers read it) it still answers as the classic declaration', () => {
  const compiled = zMini.compile(MachineSnapshotSchema);
  checksAsTheOracle(() => compiled, () => ClassicMachineSnapshotOracle);
});

describe('built under `jitless` (as one-shot commands build it) it still answers as the classic declaration', () => {
  let schema: typeof MachineSnapshotSchema;
  let oracle: typeof ClassicMachineSnapshotOracle;
  beforeAll(async () => {
    zMini.config({ jitless: true });
    vi.resetModules();
    schema = (await import('../../src-shared/model/machine-snapshot-schema.js')).MachineSnapshotSchema;
    oracle = (await import('../support/zod-oracles/classic-machine-snapshot-schema.oracle.js')).ClassicMachineSnapshotOracle;
    zMini.config({ jitless: false });
  });
  afterAll(() => void zMini.config({ jitless: false }));
  it('is a schema built afresh', () => expect(schema).not.toBe(MachineSnapshotSchema));
  checksAsTheOracle(() => schema, () => oracle);
});
