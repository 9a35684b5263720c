// Benchmark: `sync-doctor scan TREE --json` (the whole command as a user runs it, the bundled
// start included) against `find TREE ( -iname SETUP.DTA -o -iname '*.qbw' )` over a generated
// tree of about 175,000 entries (generate-tree.mjs). Alternating pairs, the median of the pair-by-
// pair ratios (bench/lib/alternate.mjs); checks first that both found the same; exit 1 above 1.5.
// Warm cache by default; SCAN_BENCH_COLD=1 also measures with the page, dentry and inode caches
// dropped before every run (root only: writes /proc/sys/vm/drop_caches — it slows every other
// process on the machine, so not on a shared one).
// Run: npm run bench:scan   (builds first)
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measurePairs, report, timedRun } from '../lib/alternate.mjs';

const TREE = process.env.SCAN_BENCH_TREE ?? '/tmp/sd-bench-scan';
const GOAL = 1.5;
const here = (p) => fileURLToPath(new URL(p, import.meta.url));

execFileSync(process.execPath, [here('./generate-tree.mjs'), TREE], { stdio: 'inherit' });
// find's exit status is not its answer (it is 1 when it met an unreadable folder): any status counts.
const find = { command: 'find', args: [TREE, '(', '-iname', 'SETUP.DTA', '-o', '-iname', '*.qbw', ')'], okStatus: (status) => status !== null };
const scan = { command: process.execPath, args: [here('../../bin/sync-doctor.js'), 'scan', TREE, '--json'] };

// The same answer from both.
const findOut = timedRun(find).stdout.trim().split('\n').filter(Boolean);
const scanOut = JSON.parse(timedRun(scan).stdout);
const findSetup = findOut.filter((p) => /setup\.dta$/i.test(p)).length;
const findQbw = findOut.filter((p) => /\.qbw$/i.test(p)).length;
const scanSage = scanOut.found.filter((f) => f.kind === 'sage-dataset').length;
const scanQbw = scanOut.found.filter((f) => f.kind === 'quickbooks-company').length;
if (findSetup !== scanSage || findQbw !== scanQbw) {
  throw new Error(`different answers: find ${findSetup} SETUP.DTA + ${findQbw} .qbw, scan ${scanSage} datasets + ${scanQbw} company files`);
}
const entries = Number(spawnSync('sh', ['-c', `find "${TREE}" | wc -l`], { encoding: 'utf8' }).stdout.trim());

const dropCaches = () => {
  execFileSync('sync');
  writeFileSync('/proc/sys/vm/drop_caches', '3\n');
};
const results = [measurePairs({ name: `scan --json against find, ${entries} entries, warm cache`, floor: find, subject: scan, goal: GOAL })];
if (process.env.SCAN_BENCH_COLD === '1') {
  results.push(measurePairs({ name: `scan --json against find, ${entries} entries, cold cache`, floor: find, subject: scan, goal: GOAL, beforeEach: dropCaches }));
}
report(results, { tree: TREE, entries, found: { sageDatasets: scanSage, quickbooksCompanies: scanQbw } });
