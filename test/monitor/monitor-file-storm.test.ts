import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../src-shared/model/report-schema.js';
import { createMonitor, type Monitor } from '../../src-main/monitor/monitor.js';
import { eventually } from '../support/eventually.js';
import { fakeHost } from './monitor-fakes.js';

describe('a real storm of file events (chokidar on a real folder)', () => {
  let dir = '';
  let monitor: Monitor | undefined;
  afterEach(async () => {
    await monitor?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('10,000 new files in a watched dataset folder give one or two checks that see them all', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sd-storm-'));
    let checks = 0;
    // The "check" counts what is in the folder, so the final report must see the final state.
    const countingCheck = async (): Promise<Report> => {
      checks += 1;
      const files = readdirSync(dir).length;
      return {
        format: 'sync-doctor/report@1',
        status: files === 0 ? 'ok' : 'warn',
        generatedAt: new Date().toISOString(),
        machine: { computerName: 'this', userName: 'me' },
        findings: [{ code: 'probe.timeout', severity: files === 0 ? 'ok' : 'warn', title: `${files} files`, detail: '', guidance: [] }],
        inventory: {},
      };
    };
    monitor = createMonitor({
      host: fakeHost({ syncAppPid: undefined, configuredPathExists: true, datasets: [] }, { livenessCalls: 0 }),
      inputs: { autoentryPaths: [dir], syncAppPatterns: ['AutoEntry'] },
      timeoutMs: 1000,
      runCheck: countingCheck,
      // Settle windows wide enough that a busy machine's pauses in delivering the storm's events
      // do not split it into many checks; the state-machine test covers the shipped timings.
      intervals: { fullCheckMs: 600_000, settleMs: 1000, maxSettleMs: 30_000 },
    });
    const published: Report[] = [];
    monitor.subscribe((report) => published.push(report));
    await monitor.checkNow();
    // The watcher is listening once one file written into the folder is seen and checked.
    const probe = join(dir, 'probe');
    expect(await eventually(() => published.at(-1)?.findings[0]?.title === '1 files', { poke: () => monitor?.stats().fileEvents === 0 && writeFileSync(probe, ''), every: 200 })).toBe(true);
    const before = checks;
    for (let i = 1; i < 10_000; i += 1) writeFileSync(join(dir, `f${i}`), '');
    await eventually(() => published.at(-1)?.findings[0]?.title === '10000 files', { within: 45_000 });
    await new Promise((resolve) => setTimeout(resolve, 1500)); // any check still to come would be counted
    expect(published.at(-1)?.findings[0]?.title).toBe('10000 files');
    expect(monitor.stats().fileEvents).toBeGreaterThan(1000);
    expect(checks - before).toBeGreaterThanOrEqual(1);
    expect(checks - before).toBeLessThanOrEqual(2);
  }, 90_000);
});
