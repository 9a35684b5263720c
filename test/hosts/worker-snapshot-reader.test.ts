import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseSnapshotBytes, parseSnapshotText } from '../../src-main/host/snapshot/load-snapshot.js';
import { WORKER_READER } from '../../src-main/host/snapshot/worker-snapshot-reader.js';
import { MachineSnapshotSchema } from '../../src-shared/model/machine-snapshot-schema.js';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const snapshotFiles = [
  ...readdirSync(join(FIXTURES, 'machines')).filter((f) => f.endsWith('.json')).map((f) => join(FIXTURES, 'machines', f)),
  ...readdirSync(join(FIXTURES, 'offices'), { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((d) => readdirSync(join(FIXTURES, 'offices', d.name)).map((f) => join(FIXTURES, 'offices', d.name, f))),
];

/** The worker's compiled schema and the plain one give the same load: the same value, or the same message. */
function expectSameLoad(text: string, source = 'the snapshot'): void {
  const plain = parseSnapshotText(text, source);
  const compiled = parseSnapshotBytes(Buffer.from(text, 'utf8'), source, WORKER_READER.schema);
  expect(compiled).toEqual(plain);
  expect(isDeepStrictEqual(compiled, plain)).toBe(true);
  expect(JSON.stringify(compiled)).toBe(JSON.stringify(plain));
}

const base = JSON.parse(readFileSync(join(FIXTURES, 'machines', 'sage-healthy.json'), 'utf8')) as Record<string, unknown>;
const withChange = (change: (s: Record<string, any>) => void): string => {
  const copy = structuredClone(base) as Record<string, any>;
  change(copy);
  return JSON.stringify(copy);
};

describe('the worker reader validates with the snapshot schema compiled', () => {
  it('is a compiled copy of the schema, not the schema itself (the plain one stays for check)', () => {
    expect(WORKER_READER.schema).toBeDefined();
    expect(WORKER_READER.schema).not.toBe(MachineSnapshotSchema);
    expect(WORKER_READER.schema).toBe(WORKER_READER.schema);
  });

  it.each(snapshotFiles.map((f) => [f.slice(FIXTURES.length), f]))('loads %s as the plain schema does', (_name, file) => {
    expectSameLoad(readFileSync(file, 'utf8'), file);
  });

  const damaged: Array<[string, (s: Record<string, any>) => void]> = [
    ['capturedAt not a time', (s) => (s.capturedAt = 'yesterday')],
    ['a computer name that is a number', (s) => (s.host.computerName = 42)],
    ['a process id that is not whole', (s) => (s.processes = [{ pid: 1.5, name: 'x.exe' }])],
    ['a service in an unknown state', (s) => (s.services = [{ name: 'x', state: 'sleeping' }])],
    ['a registry value that is an object', (s) => (s.registry = { 'HKLM\\SOFTWARE\\Sage': { Path: { nested: true } } })],
    ['a registry value list holding a number', (s) => (s.registry = { 'HKLM\\SOFTWARE\\Sage': { Paths: ['a', 3] } })],
    ['a file with both text and base64', (s) => (s.files = { 'C:\\a.txt': { text: 'a', base64: 'YQ==' } })],
    ['a file with a negative size', (s) => (s.files = { 'C:\\a.txt': { size: -1 } })],
    ['a drive of an unknown kind', (s) => (s.drives = { 'S:': { kind: 'floppy' } })],
    ['an empty Sync App pattern', (s) => (s.checkInputs = { syncAppPatterns: [''] })],
    ['a malformed lookupFailures list (ignored)', (s) => (s.lookupFailures = [{ topic: 'nothing' }])],
    ['unknown fields (ignored)', (s) => ((s.extra = { a: 1 }), (s.host.extra = true))],
    ['missing lists (defaults)', (s) => (delete s.processes, delete s.services, delete s.registry, delete s.env)],
    ['a slow path of negative delay', (s) => (s.slow = { 'C:\\x': -5 })],
    ['shares without reachable', (s) => (s.shares = { '\\\\srv\\share': {} })],
  ];
  it.each(damaged)('gives the plain schema\'s answer for %s', (_name, change) => {
    expectSameLoad(withChange(change));
  });

  it('gives the plain schema\'s answer for any registry, process list and check inputs (fast-check)', () => {
    const value = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.array(fc.string(), { maxLength: 3 }), fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 3 }), fc.boolean(), fc.constant(null), fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }));
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.oneof(fc.dictionary(fc.string(), value, { maxKeys: 4 }), value), { maxKeys: 5 }),
        fc.array(fc.record({ pid: fc.oneof(fc.integer(), fc.double(), fc.string()), name: fc.oneof(fc.string(), fc.integer()), startedAt: fc.oneof(fc.constant('2026-01-01T00:00:00Z'), fc.string()) }, { requiredKeys: ['pid'] }), { maxLength: 3 }),
        fc.option(fc.record({ autoentryPaths: fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 2 }), syncAppPatterns: fc.array(fc.string(), { maxLength: 2 }) }, { requiredKeys: [] })),
        (registry, processes, checkInputs) => {
          expectSameLoad(withChange((s) => {
            s.registry = registry;
            s.processes = processes;
            if (checkInputs === null) delete s.checkInputs;
            else s.checkInputs = checkInputs;
          }));
        },
      ),
      { numRuns: 300 },
    );
  });
});
