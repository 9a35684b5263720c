// Benchmark: `sync-doctor watch --json` left idle on this Linux PC, as a user runs it (the bundled
// CLI, a whole process): 50 Sage-shaped datasets to follow (bench-datasets: Company.NNN/ACCDATA/
// SETUP.DTA), a running "Sync App" (a copy of `sleep` under a unique AutoEntry name, so the 250 ms
// liveness path is on), settings with the default "Check every 60 seconds". After the first
// report and a settling pause, the CPU time the process used (utime + stime from /proc/<pid>/stat)
// over WINDOW seconds (default 65: the window always holds one full check) as a share of one
// core, and its largest RSS (VmRSS, sampled each second). Also counts the event-loop wake-ups
// when `strace` is installed and BENCH_STRACE=1. Prints the load; exit 1 above 0.5 % or 100 MB.
// Run: npm run bench:watch   (builds first)   ·   WATCH_IDLE_SECONDS=30 for a shorter window.
// BENCH_PIDNS=1 (root, Linux): `watch` and the Sync App run in a pid namespace of their own, with
// their own /proc — the process table of a quiet office PC, whatever else this machine starts
// (every process another user starts is otherwise a new pid for the probe to look at).
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAverage } from '../lib/alternate.mjs';

const WINDOW_S = Number(process.env.WATCH_IDLE_SECONDS ?? 65);
const SETTLE_S = 3;
const GOAL_CPU_PERCENT = 0.5;
const GOAL_RSS_MB = 100;
const TICKS_PER_SECOND = 100;
// BENCH_BIN: another build's bin (say, the main branch's) for a before-and-after.
const bin = process.env.BENCH_BIN ?? fileURLToPath(new URL('../../bin/sync-doctor.js', import.meta.url));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const root = mkdtempSync(join(os.tmpdir(), 'sd-bench-watch-'));
const datasets = Array.from({ length: 50 }, (_, i) => {
  const dir = join(root, 'data', `Company.${String(i).padStart(3, '0')}`, 'ACCDATA');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'SETUP.DTA'), Buffer.alloc(1024));
  return dir;
});
const appName = `AutoEntry-idle-${process.pid}`;
const app = join(root, appName);
copyFileSync('/bin/sleep', app);
const inNamespace = process.env.BENCH_PIDNS === '1';
const syncApp = inNamespace ? undefined : spawn(app, ['100000'], { stdio: 'ignore' });
const configDir = join(root, 'config');
mkdirSync(configDir);
writeFileSync(join(configDir, 'config.json'), JSON.stringify({ syncAppPatterns: [appName], checkIntervalSeconds: 60, __internal__: { migrations: { version: '1.0.0' } } }));

const watchArgs = [bin, 'watch', '--json', ...datasets.flatMap((d) => ['--autoentry-path', d])];
// In a namespace: unshare → sh, which starts the Sync App and becomes `node … watch` (pid 1 there).
const watch = inNamespace
  ? spawn('unshare', ['-p', '-f', '--mount-proc', 'sh', '-c', '"$0" 100000 & exec "$@"', app, process.execPath, ...watchArgs], {
      env: { ...process.env, SYNC_DOCTOR_CONFIG_DIR: configDir },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
  : spawn(process.execPath, watchArgs, { env: { ...process.env, SYNC_DOCTOR_CONFIG_DIR: configDir }, stdio: ['ignore', 'pipe', 'inherit'] });
let output = '';
watch.stdout.on('data', (chunk) => (output += chunk));
/** The `watch` process itself (in a namespace: unshare's child). */
let watchPid = watch.pid;
const cpuTicks = () => {
  const stat = readFileSync(`/proc/${watchPid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
};
const rssMb = () => Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${watchPid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

try {
  for (let waited = 0; !output.includes('"syncapp.running"'); waited += 100) {
    if (waited > 30_000) throw new Error(`no report with the Sync App running after 30 s: ${output.slice(0, 300)}`);
    await sleep(100);
  }
  if (inNamespace) watchPid = Number(readFileSync(`/proc/${watch.pid}/task/${watch.pid}/children`, 'utf8').trim().split(/\s+/)[0]);
  await sleep(SETTLE_S * 1000);
  const loadBefore = loadAverage();
  let wakeups;
  if (process.env.BENCH_STRACE === '1') {
    // Wake-ups of the event loop (epoll waits returned) over 10 s, all threads' system calls.
    const traced = spawnSync('timeout', ['-s', 'INT', '10', 'strace', '-f', '-c', '-p', String(watchPid)], { encoding: 'utf8' });
    const line = (name) => traced.stderr.split('\n').find((l) => l.trim().endsWith(` ${name}`));
    wakeups = { seconds: 10, epoll_pwait: Number(line('epoll_pwait')?.trim().split(/\s+/)[3] ?? NaN), total: traced.stderr.split('\n').find((l) => l.includes('total'))?.trim() };
  }
  const startTicks = cpuTicks();
  const started = Date.now();
  let maxRss = rssMb();
  while (Date.now() - started < WINDOW_S * 1000) {
    await sleep(1000);
    maxRss = Math.max(maxRss, rssMb());
  }
  const cpuPercent = ((cpuTicks() - startTicks) / TICKS_PER_SECOND / ((Date.now() - started) / 1000)) * 100;
  const summary = {
    machine: `${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, Node ${process.version}`,
    load: { before: loadBefore, after: loadAverage() },
    windowSeconds: WINDOW_S,
    pidNamespace: inNamespace,
    datasets: datasets.length,
    reports: output.split('\n').filter(Boolean).length,
    idleCpuPercentOfOneCore: Number(cpuPercent.toFixed(2)),
    maxRssMb: Number(maxRss.toFixed(1)),
    ...(wakeups && { wakeups }),
    goals: { cpuPercent: GOAL_CPU_PERCENT, rssMb: GOAL_RSS_MB },
    pass: cpuPercent <= GOAL_CPU_PERCENT && maxRss <= GOAL_RSS_MB,
  };
  console.log(JSON.stringify(summary, null, 2));
  process.exitCode = summary.pass ? 0 : 1;
} finally {
  if (inNamespace) process.kill(watchPid, 'SIGKILL'); // pid 1 of the namespace: the Sync App ends with it
  watch.kill('SIGINT');
  syncApp?.kill('SIGKILL');
}
