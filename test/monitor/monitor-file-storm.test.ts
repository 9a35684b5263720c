import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../src-shared/model/report-schema.js';
import { createMonitor, type Monitor } from '../../src-main/monitor/monitor.js';
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
      intervals: { fullCheckMs: 600_000, settleMs: 300, maxSettleMs: 5000 },
    });
    const published: Report[] = [];
    monitor.subscribe((report) => published.push(report));
    await monitor.checkNow();
    await new Promise((resolve) => setTimeout(resolve, 500)); // let chokidar finish its first read of the folder
    const before = checks;
    for (let i = 0; i < 10_000; i += 1) writeFileSync(join(dir, `f${i}`), '');
    const deadline = Date.now() + 15_000;
    while (published.at(-1)?.findings[0]?.title !== '10000 files' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(published.at(-1)?.findings[0]?.title).toBe('10000 files');
    expect(monitor.stats().fileEvents).toBeGreaterThan(1000);
    expect(checks - before).toBeGreaterThanOrEqual(1);
    expect(checks - before).toBeLessThanOrEqual(2);
  });
});
