// Benchmark: how long the command line takes to start and answer, as whole processes, against
// a bare `node -e 0` measured in the same run. Alternating runs (node -e 0, --help, check
// --machine FILE, again…), medians compared. Run: npm run build && node bench/start/bench-start.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.START_BENCH_RUNS ?? 21);
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const bin = here('../../bin/sync-doctor.js');
const machine = here('../../test/fixtures/machines/sage-stale-after-upgrade.json');
// A settings folder of its own (no saved settings: the defaults), so the bench reads nobody's.
const env = { ...process.env, SYNC_DOCTOR_CONFIG_DIR: join(mkdtempSync(join(os.tmpdir(), 'sd-bench-start-')), 'config') };

const commands = {
  node: ['-e', '0'],
  help: [bin, '--help'],
  check: [bin, 'check', '--machine', machine],
};
const limits = { help: 1.6, check: 2.0 };

function timed(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status === null || result.status > 2) throw new Error(`${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return ms;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const args of Object.values(commands)) timed(args); // warm the file cache
const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
const loadBefore = os.loadavg();
for (let i = 0; i < RUNS; i++) for (const [name, args] of Object.entries(commands)) times[name].push(timed(args));
const medians = Object.fromEntries(Object.entries(times).map(([name, ms]) => [name, Math.round(median(ms))]));
const ratios = Object.fromEntries(Object.keys(limits).map((name) => [name, Number((medians[name] / medians.node).toFixed(2))]));
const summary = {
  load: { before: loadBefore.map((l) => Number(l.toFixed(2))), after: os.loadavg().map((l) => Number(l.toFixed(2))) },
  machine: `${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, Node ${process.version}`,
  runs: RUNS,
  mediansMs: medians,
  ratios,
  limits,
  pass: Object.entries(limits).every(([name, limit]) => ratios[name] <= limit),
};
console.log(JSON.stringify(summary, null, 2));
process.exitCode = summary.pass ? 0 : 1;
