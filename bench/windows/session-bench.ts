/**
 * The Windows monitor over its long-lived PowerShell session, on this machine with the stand-in
 * PowerShell (test/fixtures/windows/stand-in-powershell.mjs) answering from an inventory the size
 * of an office PC (≈250 processes, 300 services, 400 Uninstall keys):
 *
 * 1. What one refresh asks and returns (bytes of JSON each way): today's (every part, nothing
 *    filtered — what the one-shot script prints) against a steady-state refresh.
 * 2. Processes started during an idle minute after start-up (session starts + one-shot runs +
 *    console tools), with the real monitor, check and timers.
 * 3. Sync App stop → report (the session's exit report) and start → report (the once-a-second
 *    narrow query), ROUNDS each, with a real process as the Sync App.
 *
 * Run: npm run bench:windows
 */
import { loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { runCheck } from '../../src-main/check/run-check.js';
import { windowsSessionControls } from '../../src-main/host/windows/session/session-controls.js';
import { createMonitor } from '../../src-main/monitor/monitor.js';
import { followThisComputer } from '../../src-main/monitor/monitor-sources.js';
import { intervalsFromSettings } from '../../src-main/monitor/full-check-interval.js';
import { DEFAULT_SETTINGS } from '../../src-shared/settings/settings-schema.js';
import type { Report } from '../../src-shared/model/report-schema.js';
import { officePcInventory } from '../../test/support/office-pc-inventory.js';
import { startFakeSyncApp } from '../../test/hosts/support/autoentry-process.js';
import { standInSessionHost } from '../../test/hosts/support/stand-in-session.js';

const ROUNDS = Number(process.env.SD_BENCH_ROUNDS ?? 15);
const IDLE_SECONDS = Number(process.env.SD_BENCH_IDLE_SECONDS ?? 60);
const INPUTS = { autoentryPaths: [], syncAppPatterns: ['AutoEntry'] };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;
const running = (report: Report | undefined) => report?.findings.some((f) => f.code === 'syncapp.running') ?? false;
const loadBefore = loadavg().map((l) => Number(l.toFixed(2)));

// 1. One refresh, today's against steady state.
async function refreshBytes(narrow: boolean) {
  const standIn = standInSessionHost();
  const controls = windowsSessionControls(standIn.host)!;
  if (narrow) {
    controls.narrowTo(INPUTS.syncAppPatterns);
    await standIn.host.processes(); // start-up: reads the Uninstall trees once
    await sleep(1100);
  }
  const before = controls.session.stats();
  await standIn.host.processes();
  const after = controls.session.stats();
  const requests = readFileSync(standIn.files.log, 'utf8').trim().split('\n');
  controls.session.close();
  const asked = JSON.parse(requests.at(-1)!) as Record<string, unknown>;
  return { asked, bytesAsked: after.bytesSent - before.bytesSent, bytesAnswered: after.bytesReceived - before.bytesReceived };
}
const today = await refreshBytes(false);
const steady = await refreshBytes(true);

// 2 and 3. The monitor, with the defaults the app uses.
const app = await startFakeSyncApp();
let appPid = app.pid;
const standIn = standInSessionHost({ inventory: officePcInventory({ syncAppPid: appPid }) });
let latest: Report | undefined;
let changed: () => void = () => undefined;
const monitor = createMonitor({
  host: standIn.host,
  inputs: INPUTS,
  timeoutMs: 10_000,
  runCheck,
  watchPaths: () => [],
  intervals: intervalsFromSettings(DEFAULT_SETTINGS),
  onError: (error) => process.stderr.write(`monitor: ${error instanceof Error ? error.message : String(error)}\n`),
  ...followThisComputer(INPUTS.syncAppPatterns, '/nonexistent-proc', standIn.host),
});
monitor.subscribe((report) => {
  latest = report;
  changed();
});
const until = (predicate: () => boolean) =>
  new Promise<void>((resolve) => {
    if (predicate()) return resolve();
    changed = () => {
      if (predicate()) resolve();
    };
  });
await until(() => running(latest));
await sleep(3000);
const startedBefore = standIn.processesStarted();
const idleFrom = Date.now();
await sleep(IDLE_SECONDS * 1000);
const startedWhileIdle = standIn.processesStarted() - startedBefore;
const idleMinutes = (Date.now() - idleFrom) / 60_000;

const stopMs: number[] = [];
const startMs: number[] = [];
let current = app;
for (let round = 0; round < ROUNDS; round++) {
  await sleep(300 + Math.random() * 700);
  standIn.setInventory(officePcInventory());
  const stopAt = performance.now();
  await current.stop();
  await until(() => !running(latest));
  stopMs.push(performance.now() - stopAt);

  await sleep(Math.random() * 2000);
  const startAt = performance.now();
  current = await startFakeSyncApp();
  appPid = current.pid;
  standIn.setInventory(officePcInventory({ syncAppPid: appPid }));
  await until(() => running(latest));
  startMs.push(performance.now() - startAt);
}
await current.stop();
await monitor.close();
windowsSessionControls(standIn.host)!.session.close();

const results = {
  load: { before: loadBefore, after: loadavg().map((l) => Number(l.toFixed(2))) },
  oneRefresh: {
    today: { bytesAsked: today.bytesAsked, bytesAnswered: today.bytesAnswered, parts: today.asked.parts, registryRoots: (today.asked.registryRoots as string[]).length },
    steadyState: { bytesAsked: steady.bytesAsked, bytesAnswered: steady.bytesAnswered, asked: steady.asked },
  },
  idle: { seconds: IDLE_SECONDS, processesStarted: startedWhileIdle, perMinute: Number((startedWhileIdle / idleMinutes).toFixed(2)), sessionStartsInAll: standIn.sessionStarts.length },
  stopToReportMs: { median: Math.round(median(stopMs)), p90: Math.round(percentile(stopMs, 90)), max: Math.round(Math.max(...stopMs)) },
  startToReportMs: { median: Math.round(median(startMs)), p90: Math.round(percentile(startMs, 90)), max: Math.round(Math.max(...startMs)) },
};
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
const pass = results.idle.perMinute <= 1 && results.stopToReportMs.median <= 300 && results.startToReportMs.median <= 1500;
process.stdout.write(`${pass ? 'PASS' : 'FAIL'}\n`);
process.exit(pass ? 0 : 1);
