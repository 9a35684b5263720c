// The measuring rule shared by the benches: a command and its floor, each a whole fresh process,
// run alternately in pairs (floor, command, floor, command, …, after one warm-up of each); the
// figure is the MEDIAN OF THE PAIR-BY-PAIR RATIOS, so a burst of load hits both halves of a pair
// and moves the figure less than a ratio of two separate medians would. The machine's load
// average is printed before and after; the lowest ratio and both sides' minimum times are printed
// too (on a busy machine the minimum is the nearest to a quiet run).
import { spawnSync } from 'node:child_process';
import os from 'node:os';

export const DEFAULT_PAIRS = Number(process.env.BENCH_PAIRS ?? 15);

/** Wall time of one whole process, in ms; throws when it fails (`okStatus` says which exit codes are answers). */
export function timedRun({ command, args, env, okStatus = (status) => status === 0, input }) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { env: env ?? process.env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, input });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.error) throw result.error;
  if (!okStatus(result.status)) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}): ${result.stderr.slice(0, 500)}`);
  return { ms, stdout: result.stdout };
}

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (x, digits = 1) => Number(x.toFixed(digits));
export const loadAverage = () => os.loadavg().map((l) => round(l, 2));

/**
 * Runs `pairs` alternating pairs of `floor` and `subject` (both `{ command, args, env?, okStatus? }`)
 * and returns the figures; `beforeEach(i)` may prepare each run (e.g. drop caches).
 */
export function measurePairs({ name, floor, subject, pairs = DEFAULT_PAIRS, goal, beforeEach }) {
  if (pairs < 15) throw new Error(`at least 15 pairs (asked for ${pairs})`);
  const loadBefore = loadAverage();
  beforeEach?.('warm-up');
  timedRun(floor);
  beforeEach?.('warm-up');
  timedRun(subject);
  const floorMs = [];
  const subjectMs = [];
  for (let i = 0; i < pairs; i++) {
    beforeEach?.(i);
    floorMs.push(timedRun(floor).ms);
    beforeEach?.(i);
    subjectMs.push(timedRun(subject).ms);
  }
  const ratios = subjectMs.map((ms, i) => ms / floorMs[i]);
  const ratio = median(ratios);
  return {
    name,
    load: { before: loadBefore, after: loadAverage() },
    pairs,
    medianOfPairRatios: round(ratio, 2),
    lowestPairRatio: round(Math.min(...ratios), 2),
    floorMs: { median: round(median(floorMs)), min: round(Math.min(...floorMs)) },
    subjectMs: { median: round(median(subjectMs)), min: round(Math.min(...subjectMs)) },
    goal,
    pass: goal === undefined ? undefined : ratio <= goal,
  };
}

/** Prints the machine, the figures as JSON, and sets exit code 1 when any figure is above its goal. */
export function report(results, extra = {}) {
  const cpus = os.cpus();
  const summary = {
    machine: `${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`,
    ...extra,
    results,
    pass: results.every((r) => r.pass !== false),
  };
  console.log(JSON.stringify(summary, null, 2));
  process.exitCode = summary.pass ? 0 : 1;
  return summary;
}
