// Benchmark: `sync-doctor office DIR --summary` over offices of 10, 100 and 1,000 PCs
// (generate-office.mjs: snapshots the size of real support bundles), each a whole process:
// wall time, CPU time (user + system, all threads) and peak memory (the child's maximum RSS, from
// getrusage). Linearity is shown by the time per PC at each size. On a loaded machine the wall time
// says little; the CPU time and the RSS still do.
// Exit 1 when 1,000 PCs take more than 3 s or 150 MB. OFFICE_BENCH_RUNS runs per size (default 5;
// the median time, the largest RSS).
// Run: npm run bench:office   (builds first)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadAverage } from '../lib/alternate.mjs';

const RUNS = Number(process.env.OFFICE_BENCH_RUNS ?? 5);
const SIZES = [10, 100, 1000];
const GOAL = { pcs: 1000, seconds: 3, rssMb: 150 };
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
// BENCH_BIN: another build's bin (say, the main branch's) for a before-and-after.
const bin = process.env.BENCH_BIN ?? here('../../bin/sync-doctor.js');

/** Wall ms, CPU ms and max RSS (MB) of one whole process; CPU and RSS from /usr/bin/time when there. */
function run(dir) {
  const started = process.hrtime.bigint();
  const result = existsSync('/usr/bin/time')
    ? spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, bin, 'office', dir, '--summary'], { encoding: 'utf8' })
    : spawnSync(process.execPath, [bin, 'office', dir, '--summary'], { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status === null || result.status > 2) throw new Error(`office ${dir} failed (${result.status}): ${result.stderr}`);
  const [user, system, rssKb] = (result.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
  return { ms, cpuMs: (user + system) * 1000, rssMb: Number.isFinite(rssKb) ? rssKb / 1024 : NaN, summary: result.stdout.trim() };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const loadBefore = loadAverage();
const sizes = SIZES.map((pcs) => {
  const dir = `${os.tmpdir()}/sd-bench-office-${pcs}`;
  execFileSync(process.execPath, [here('./generate-office.mjs'), String(pcs), dir], { stdio: 'inherit' });
  const runs = Array.from({ length: RUNS + 1 }, () => run(dir)).slice(1); // the first warms the file cache
  const ms = median(runs.map((r) => r.ms));
  const cpuMs = median(runs.map((r) => r.cpuMs));
  return { pcs, medianMs: Math.round(ms), msPerPc: Number((ms / pcs).toFixed(2)), medianCpuMs: Number.isFinite(cpuMs) ? Math.round(cpuMs) : null, maxRssMb: Number(Math.max(...runs.map((r) => r.rssMb)).toFixed(1)), summaryLength: runs[0].summary.length };
});
const largest = sizes.find((s) => s.pcs === GOAL.pcs);
const summary = {
  machine: `${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, Node ${process.version}`,
  load: { before: loadBefore, after: loadAverage() },
  runsPerSize: RUNS,
  sizes,
  goal: GOAL,
  pass: largest.medianMs <= GOAL.seconds * 1000 && largest.maxRssMb <= GOAL.rssMb,
};
console.log(JSON.stringify(summary, null, 2));
process.exitCode = summary.pass ? 0 : 1;
