/**
 * bench:monitor — how fast `watch` notices the Sync App stopping and starting, and what it
 * costs while idle, on this machine with the POSIX host, a real process and 50 datasets.
 * See bench/RESULTS.md for the method and the numbers.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { startFakeSyncApp } from '../../test/hosts/support/autoentry-process.js';
import { makeDatasets } from './bench-datasets.js';
import { CLOCK_TICKS_PER_SECOND, procUsage } from './proc-usage.js';

const ROUNDS = Number(process.env.SD_BENCH_ROUNDS ?? 15);
const IDLE_SECONDS = Number(process.env.SD_BENCH_IDLE_SECONDS ?? 65);
const DATASETS = 50;
const pattern = `AutoEntry-bench-${process.pid}`;

interface Seen {
  at: number;
  running: boolean;
  status: string;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

const root = mkdtempSync(join(tmpdir(), 'sd-bench-datasets-'));
const datasets = makeDatasets(root, DATASETS);
const child = spawn(
  process.execPath,
  [fileURLToPath(new URL('./watch-child.js', import.meta.url)), '--json', ...datasets.flatMap((path) => ['--autoentry-path', path])],
  { env: { ...process.env, SD_BENCH_PATTERN: pattern }, stdio: ['ignore', 'pipe', 'inherit'] },
);
const seen: Seen[] = [];
const waiters: Array<{ predicate: (s: Seen) => boolean; resolve: (s: Seen) => void }> = [];
createInterface({ input: child.stdout! }).on('line', (line) => {
  const at = performance.now();
  const report = JSON.parse(line) as { status: string; findings: Array<{ code: string }> };
  const entry = { at, status: report.status, running: report.findings.some((f) => f.code === 'syncapp.running') };
  seen.push(entry);
  for (const waiter of [...waiters]) {
    if (waiter.predicate(entry)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(entry);
    }
  }
});

function nextReport(predicate: (s: Seen) => boolean, timeoutMs = 15_000): Promise<Seen> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no report in time')), timeoutMs);
    waiters.push({
      predicate,
      resolve: (s) => {
        clearTimeout(timer);
        resolve(s);
      },
    });
  });
}

try {
  await nextReport(() => true);
  const startMs: number[] = [];
  const exitMs: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    await sleep(Math.random() * 2000);
    const started = performance.now();
    const app = await startFakeSyncApp(pattern);
    const up = await nextReport((s) => s.running);
    startMs.push(up.at - started);
    await sleep(300 + Math.random() * 700);
    const stopping = performance.now();
    const down = nextReport((s) => !s.running);
    await app.stop();
    exitMs.push((await down).at - stopping);
  }

  const app = await startFakeSyncApp(pattern);
  await nextReport((s) => s.running);
  await sleep(3000);
  const before = procUsage(child.pid!);
  let maxRss = before.rssBytes;
  const reportsBefore = seen.length;
  for (let s = 0; s < IDLE_SECONDS; s += 1) {
    await sleep(1000);
    maxRss = Math.max(maxRss, procUsage(child.pid!).rssBytes);
  }
  const after = procUsage(child.pid!);
  const idleCpuPercent = ((after.cpuTicks - before.cpuTicks) / CLOCK_TICKS_PER_SECOND / IDLE_SECONDS) * 100;
  await app.stop();

  const results = {
    machine: { cores: cpus().length, loadAverage1m: Number(loadavg()[0]!.toFixed(2)), node: process.version },
    rounds: ROUNDS,
    datasets: DATASETS,
    exitToReportMs: { median: median(exitMs), p90: percentile(exitMs, 90), max: Math.max(...exitMs) },
    startToReportMs: { median: median(startMs), p90: percentile(startMs, 90), max: Math.max(...startMs) },
    idle: { seconds: IDLE_SECONDS, cpuPercentOfOneCore: idleCpuPercent, maxRssMB: maxRss / 1024 / 1024, reportsWhileIdle: seen.length - reportsBefore },
  };
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  const verdict = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');
  process.stdout.write(
    [
      `exit → report  median ${results.exitToReportMs.median.toFixed(0)} ms (target ≤ 300)  ${verdict(results.exitToReportMs.median <= 300)}`,
      `start → report median ${results.startToReportMs.median.toFixed(0)} ms (target ≤ 1500) ${verdict(results.startToReportMs.median <= 1500)}`,
      `idle CPU ${idleCpuPercent.toFixed(2)} % of one core (target ≤ 1)  ${verdict(idleCpuPercent <= 1)}`,
      `max RSS ${results.idle.maxRssMB.toFixed(1)} MB (target ≤ 120)  ${verdict(results.idle.maxRssMB <= 120)}`,
      '',
    ].join('\n'),
  );
} finally {
  child.kill('SIGINT');
  await new Promise((resolve) => child.once('exit', resolve));
  rmSync(root, { recursive: true, force: true });
}
