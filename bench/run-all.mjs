// Runs every figure of issue 21 in turn (start, scan, watch idle, office) and exits 1 when any is
// above its goal. Run on a quiet machine from a fresh clone: npm ci && npm run bench:all
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const benches = ['start/bench-start.mjs', 'scan/bench-scan.mjs', 'monitor/bench-watch-idle.mjs', 'office/bench-office.mjs'];
const failed = benches.filter((bench) => spawnSync(process.execPath, [fileURLToPath(new URL(bench, import.meta.url))], { stdio: 'inherit' }).status !== 0);
console.log(failed.length === 0 ? 'every figure within its goal' : `above the goal: ${failed.join(', ')}`);
process.exitCode = failed.length === 0 ? 0 : 1;
