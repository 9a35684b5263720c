// Benchmark: how long the command line takes to start and answer, as whole processes, against
// a bare `node -e 0`: `check --machine FILE --json`, `check` with no path (this PC, with a saved
// settings file), and `--help`. Each against its floor in alternating pairs, the median of the
// pair-by-pair ratios (bench/lib/alternate.mjs); exit 1 above a goal.
// Run: npm run bench:start   (builds first)   ·   BENCH_PAIRS=N for another number of pairs.
// 25 pairs by default, not the 15 of the other benches: a start takes ≈ 0.1 s, so ten more pairs
// cost seconds, and the median of 25 moves less with one busy moment than the median of 15.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measurePairs, report } from '../lib/alternate.mjs';

const pairs = Number(process.env.BENCH_PAIRS ?? 25);

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
// BENCH_BIN: another build's bin (say, the main branch's) for a before-and-after.
const bin = process.env.BENCH_BIN ?? here('../../bin/sync-doctor.js');
const machine = here('../../test/fixtures/machines/sage-stale-after-upgrade.json');
const node = process.execPath;

// A settings folder of its own (no saved settings: the defaults), so the bench reads nobody's.
const emptyConfig = { ...process.env, SYNC_DOCTOR_CONFIG_DIR: join(mkdtempSync(join(os.tmpdir(), 'sd-bench-start-')), 'config') };
// And one with a saved settings file, as a PC that uses the app has: `check` with no path reads it.
const savedConfigDir = join(mkdtempSync(join(os.tmpdir(), 'sd-bench-start-')), 'config');
mkdirSync(savedConfigDir, { recursive: true });
const companyDir = mkdtempSync(join(os.tmpdir(), 'sd-bench-company-'));
writeFileSync(
  join(savedConfigDir, 'config.json'),
  JSON.stringify({ companies: [{ id: 'c1', name: 'Bench Ltd', software: 'sage', path: companyDir }], syncAppPatterns: ['AutoEntry'], __internal__: { migrations: { version: '1.0.0' } } }),
);
const savedConfig = { ...process.env, SYNC_DOCTOR_CONFIG_DIR: savedConfigDir };
// A check's exit code is its verdict (0 ok, 1 warn, 2 fail); 3 is "could not run".
const answered = (status) => status !== null && status <= 2;
const floor = { command: node, args: ['-e', '0'] };

const results = [
  measurePairs({ name: 'check --machine FILE --json', floor, subject: { command: node, args: [bin, 'check', '--machine', machine, '--json'], env: emptyConfig, okStatus: answered }, goal: 1.5, pairs }),
  measurePairs({ name: 'check --json (this PC, saved settings)', floor, subject: { command: node, args: [bin, 'check', '--json'], env: savedConfig, okStatus: answered }, goal: 1.5, pairs }),
  measurePairs({ name: '--help', floor, subject: { command: node, args: [bin, '--help'], env: emptyConfig }, goal: 1.2, pairs }),
];
// Every Node process parses NODE_EXTRA_CA_CERTS at start (`node -e 0` too: most of its time where
// it is set): the ratios are over that floor, so the report says whether it was set.
report(results, { nodeExtraCaCerts: process.env.NODE_EXTRA_CA_CERTS ? 'set (its certificates are parsed by every process, the floor included)' : 'not set' });
