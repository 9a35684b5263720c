// Benchmark: `sync-doctor scan` against `find` looking for the same names over a generated tree
// of at least 150,000 entries. Both run as fresh processes; each is run once to warm the cache,
// then RUNS times alternately; the medians of wall time are compared. Also checks both found the
// same things. Run: npm run bench:scan  (builds first).
import { execFileSync, spawnSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const TREE = process.env.SCAN_BENCH_TREE ?? '/tmp/sd-bench-scan';
const RUNS = Number(process.env.SCAN_BENCH_RUNS ?? 7);
const here = (p) => fileURLToPath(new URL(p, import.meta.url));

execFileSync(process.execPath, [here('./generate-tree.mjs'), TREE], { stdio: 'inherit' });
const findArgs = [TREE, '(', '-iname', 'SETUP.DTA', '-o', '-iname', '*.qbw', ')'];
// The whole command as a user runs it: the bundled CLI's start included.
const scanArgs = [here('../../bin/sync-doctor.js'), 'scan', TREE, '--json'];

function timed(command, args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0 && command !== 'find') throw new Error(`${command} failed: ${result.stderr}`);
  return { ms, stdout: result.stdout };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Warm-up, and the same answer from both.
const findOut = timed('find', findArgs).stdout.trim().split('\n').filter(Boolean);
const scanOut = JSON.parse(timed(process.execPath, scanArgs).stdout);
const findSetup = findOut.filter((p) => /setup\.dta$/i.test(p)).length;
const findQbw = findOut.filter((p) => /\.qbw$/i.test(p)).length;
const scanSage = scanOut.found.filter((f) => f.kind === 'sage-dataset').length;
const scanQbw = scanOut.found.filter((f) => f.kind === 'quickbooks-company').length;
if (findSetup !== scanSage || findQbw !== scanQbw) {
  throw new Error(`different answers: find ${findSetup} SETUP.DTA + ${findQbw} .qbw, scan ${scanSage} datasets + ${scanQbw} company files`);
}

const findMs = [];
const scanMs = [];
for (let i = 0; i < RUNS; i++) {
  findMs.push(timed('find', findArgs).ms);
  scanMs.push(timed(process.execPath, scanArgs).ms);
}
const entries = Number(execFileSync('sh', ['-c', `find "${TREE}" | wc -l`], { encoding: 'utf8' }).trim());
const ratio = median(scanMs) / median(findMs);
const summary = {
  load: os.loadavg().map((l) => Number(l.toFixed(2))),
  machine: `${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`,
  tree: TREE,
  entries,
  found: { sageDatasets: scanSage, quickbooksCompanies: scanQbw },
  runs: RUNS,
  findMedianMs: Math.round(median(findMs)),
  scanMedianMs: Math.round(median(scanMs)),
  findMs: findMs.map(Math.round),
  scanMs: scanMs.map(Math.round),
  ratio: Number(ratio.toFixed(2)),
  limit: 2,
  pass: ratio <= 2,
};
console.log(JSON.stringify(summary, null, 2));
process.exitCode = summary.pass ? 0 : 1;
