import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../src-shared/model/report-schema.js';
import { createPosixHost } from '../../src-main/host/posix/posix-host.js';
import { createMonitor, type Monitor, type MonitorOptions } from '../../src-main/monitor/monitor.js';
import { startFakeSyncApp, type RunningFakeSyncApp } from '../hosts/support/autoentry-process.js';
import { procfsProcessStarts } from '../../src-main/monitor/procfs-process-starts.js';
import { runCheck } from '../../src-main/check/run-check.js';
import { PATIENCE_MS } from '../support/eventually.js';

const PATTERN = `AutoEntry-monitor-test-${process.pid}`;
const inputs = { autoentryPaths: [], syncAppPatterns: [PATTERN] };
const running = (report: Report): boolean => report.findings.some((f) => f.code === 'syncapp.running');

async function nextReport(monitor: Monitor, predicate: (r: Report) => boolean, ms = PATIENCE_MS): Promise<Report> {
  const current = monitor.current();
  if (current !== undefined && predicate(current)) return current;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no such report')), ms);
    const stop = monitor.subscribe((report) => {
      if (!predicate(report)) return;
      clearTimeout(timer);
      stop();
      resolve(report);
    });
  });
}

describe.runIf(process.platform === 'linux')('the monitor and a real Sync App process on this machine', () => {
  let app: RunningFakeSyncApp | undefined;
  let monitor: Monitor | undefined;
  /** The monitor on this machine's real processes and the real check (no files watched). */
  const watchThisMachine = (extra: Partial<MonitorOptions>): Monitor =>
    createMonitor({ host: createPosixHost(), inputs, timeoutMs: 2000, runCheck, watchPaths: () => [], ...extra });

  afterEach(async () => {
    await monitor?.close();
    await app?.stop();
    app = undefined;
  });

  it('sees the report flip when the process is killed — through the liveness path, not a full check', async () => {
    app = await startFakeSyncApp(PATTERN);
    // Full checks are far apart: only the liveness path can notice in time.
    monitor = watchThisMachine({ intervals: { fullCheckMs: 60_000 } });
    const first = await nextReport(monitor, () => true);
    expect(running(first)).toBe(true);
    const checks = monitor.stats().checks;
    await app.stop();
    const after = await nextReport(monitor, (r) => !running(r));
    expect(after.status).toBe('error');
    expect(after.findings.map((f) => f.code)).toContain('syncapp.not-installed');
    expect(monitor.stats().checks).toBe(checks + 1);
    expect(monitor.stats().livenessChecks).toBeGreaterThan(0);
  });

  it('sees a newly started process at once through /proc, without waiting for a full check', async () => {
    monitor = watchThisMachine({
      processStarts: procfsProcessStarts(inputs.syncAppPatterns),
      intervals: { fullCheckMs: 60_000, processScanMs: 200 },
    });
    expect(running(await nextReport(monitor, () => true))).toBe(false);
    const checks = monitor.stats().checks;
    app = await startFakeSyncApp(PATTERN);
    const up = await nextReport(monitor, running);
    expect(up.inventory).toMatchObject({ syncApp: { running: [{ pid: app.pid }] } });
    expect(monitor.stats().checks).toBe(checks + 1);
  });

  it('sees a newly started process at the next full check', async () => {
    monitor = watchThisMachine({ intervals: { fullCheckMs: 300 } });
    expect(running(await nextReport(monitor, () => true))).toBe(false);
    app = await startFakeSyncApp(PATTERN);
    const up = await nextReport(monitor, running);
    expect(up.inventory).toMatchObject({ syncApp: { running: [{ pid: app.pid }] } });
  });
});
