import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../src-shared/history/history-schema.js';
import type { Report } from '../../src-shared/model/report-schema.js';
import { DEFAULT_SETTINGS } from '../../src-shared/settings/settings-schema.js';
import type { CliIo } from '../../src-main/cli/cli-io.js';
import { watchCommand } from '../../src-main/cli/watch-command.js';
import { createPosixHost } from '../../src-main/host/posix/posix-host.js';
import type { MisdirectedWriteAlarm } from '../../src-main/monitor/misdirected-write-alarm.js';
import { createMonitor, type Monitor } from '../../src-main/monitor/monitor.js';

const root = mkdtempSync(join(tmpdir(), 'sd-alarm-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A Sage upgrade on this machine: the 2024 dataset (where AutoEntry still points) and the 2025 one in use. */
function sageUpgrade(name: string) {
  const base = join(root, name);
  const stale = join(base, 'Sage', 'Accounts', '2024', 'Company.000');
  const current = join(base, 'Sage', 'Accounts', '2025', 'Company.000');
  for (const d of [stale, current]) {
    mkdirSync(join(d, 'ACCDATA'), { recursive: true });
    writeFileSync(join(d, 'ACCDATA', 'SETUP.DTA'), 'setup');
    writeFileSync(join(d, 'ACCDATA', 'QUEUE.DTA'), '');
  }
  const report: Report = {
    format: 'sync-doctor/report@1',
    status: 'error',
    generatedAt: new Date().toISOString(),
    machine: { computerName: 'THIS-PC', userName: 'tester' },
    findings: [
      { code: 'syncapp.running', severity: 'ok', title: 'running', detail: '', guidance: [] },
      { code: 'path.stale-version', severity: 'error', title: 'stale', detail: '', guidance: [], configuredPath: stale, suggestedPath: current, software: 'sage' },
    ],
    inventory: {
      drives: [],
      syncApp: { running: [] },
      sage: { versions: [
        { name: '2025', companyFile: join(base, '2025', 'COMPANY'), datasets: [{ path: current, network: false }] },
        { name: '2024', companyFile: join(base, '2024', 'COMPANY'), datasets: [{ path: stale, network: false }] },
      ] },
      quickbooks: { recentFiles: [], companyFiles: [] },
    },
  };
  return { stale, current, report };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(predicate: () => boolean, ms: number): Promise<boolean> {
  const started = Date.now();
  while (!predicate()) {
    if (Date.now() - started > ms) return false;
    await sleep(25);
  }
  return true;
}

/** Appends to a data file a few times, as a posting does. */
async function burstOfWrites(accdata: string, times = 5): Promise<number> {
  const first = Date.now();
  for (let i = 0; i < times; i++) {
    writeFileSync(join(accdata, 'QUEUE.DTA'), `invoice ${i}\n`, { flag: 'a' });
    await sleep(80);
  }
  return first;
}

describe.runIf(process.platform !== 'win32')('the misdirected-invoice alarm, with the real monitor and real folders', () => {
  let monitor: Monitor | undefined;
  afterEach(async () => {
    await monitor?.close();
    monitor = undefined;
  });

  it('a burst of writes into the stale 2024 dataset raises exactly one alarm within 5 s; writes into the 2025 data raise none', async () => {
    const { stale, current, report } = sageUpgrade('one-burst');
    const alarms: Array<MisdirectedWriteAlarm & { seenAt: number }> = [];
    const history: HistoryEvent[] = [];
    monitor = createMonitor({
      host: createPosixHost(),
      inputs: { autoentryPaths: [stale], syncAppPatterns: ['AutoEntry'] },
      timeoutMs: 2000,
      runCheck: async () => report,
      intervals: { fullCheckMs: 60_000 },
      history: { append: async (events) => void history.push(...events) },
      alarm: { quietMs: 1500, onAlarm: (alarm) => void alarms.push({ ...alarm, seenAt: Date.now() }) },
    });
    await monitor.checkNow();
    await sleep(3000); // the watchers settle in (chokidar adds its watches asynchronously)

    await burstOfWrites(join(current, 'ACCDATA'));
    await sleep(2500);
    expect(alarms).toHaveLength(0);

    const firstWrite = await burstOfWrites(join(stale, 'ACCDATA'));
    expect(await waitFor(() => alarms.length > 0, 20_000)).toBe(true);
    expect(alarms[0]!.seenAt - firstWrite).toBeLessThan(5000);
    await sleep(1000); // still inside the burst's quiet period: no second alarm
    expect(alarms).toHaveLength(1);
    expect(alarms[0]).toMatchObject({ type: 'alarm', kind: 'misdirected-write', code: 'path.stale-version', configuredPath: stale, watched: join(stale, 'ACCDATA') });
    expect(alarms[0]!.message).toMatch(/^The Sage 2024 data was written to at \d\d:\d\d/);
    expect(await waitFor(() => history.some((e) => e.type === 'misdirected-write'), 5000)).toBe(true);
    expect(history.filter((e) => e.type === 'misdirected-write')).toHaveLength(1);

    // Once the data has been quiet, the next burst is a new alarm.
    await sleep(2000);
    await burstOfWrites(join(stale, 'ACCDATA'), 3);
    expect(await waitFor(() => alarms.length === 2, 20_000)).toBe(true);
    await sleep(800);
    expect(alarms).toHaveLength(2);
  });

  it('no alarm while the path is right: nothing of the dataset is watched', async () => {
    const { stale, current, report } = sageUpgrade('path-fixed');
    const fixed: Report = { ...report, status: 'ok', findings: [{ code: 'path.match', severity: 'ok', title: 'match', detail: '', guidance: [], configuredPath: current }] };
    const alarms: MisdirectedWriteAlarm[] = [];
    monitor = createMonitor({
      host: createPosixHost(),
      inputs: { autoentryPaths: [current], syncAppPatterns: ['AutoEntry'] },
      timeoutMs: 2000,
      runCheck: async () => fixed,
      intervals: { fullCheckMs: 60_000 },
      alarm: { quietMs: 500, onAlarm: (alarm) => void alarms.push(alarm) },
    });
    await monitor.checkNow();
    await sleep(1500);
    await burstOfWrites(join(current, 'ACCDATA'));
    await burstOfWrites(join(stale, 'ACCDATA'));
    await sleep(3000);
    expect(alarms).toHaveLength(0);
  });

  it('watch --json prints the alarm as an event line', async () => {
    const { stale, report } = sageUpgrade('watch-json');
    const out: string[] = [];
    const stop = new AbortController();
    const io: CliIo = { stdout: (t) => void out.push(t), stderr: () => undefined, isTTY: false, stderrIsTTY: false, env: {}, stopSignal: stop.signal };
    const watch = watchCommand(
      { createLiveHost: () => createPosixHost(), loadSettings: async () => DEFAULT_SETTINGS },
      { runCheck: async () => report, processStarts: () => undefined, monitor: { intervals: { fullCheckMs: 60_000 } } },
    );
    const running = watch(['--json', '--autoentry-path', stale], io);
    expect(await waitFor(() => out.length > 0, 20_000)).toBe(true);
    await sleep(3000);
    const firstWrite = await burstOfWrites(join(stale, 'ACCDATA'));
    const alarmLines = () => out.filter((line) => (JSON.parse(line) as { type: string }).type === 'alarm');
    expect(await waitFor(() => alarmLines().length > 0, 20_000)).toBe(true);
    expect(Date.now() - firstWrite).toBeLessThan(20_000);
    await sleep(1000);
    stop.abort();
    expect(await running).toBe(2);
    expect(alarmLines()).toHaveLength(1);
    expect(JSON.parse(alarmLines()[0]!)).toMatchObject({ type: 'alarm', kind: 'misdirected-write', configuredPath: stale });
  });
});
