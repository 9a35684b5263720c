import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src-shared/settings/settings-schema.js';
import { createCheckEngine } from '../../src-main/app/host-check-engine.js';
import { monitorReportSource } from '../../src-main/app/monitor-report-source.js';
import type { CliIo } from '../../src-main/cli/cli-io.js';
import { watchCommand } from '../../src-main/cli/watch-command.js';
import type { MonitorClock } from '../../src-main/monitor/monitor-clock.js';
import { fakeHost, fakeRunCheck, fakeWatcher, type FakeWorld } from './monitor-fakes.js';

// "Check every (seconds)" in Settings is the interval of the monitor's full check, in the app
// and in `watch` alike (the fast paths — exits, starts, file changes — come on top).
const SNAPSHOT = new URL('../fixtures/machines/sage-healthy.json', import.meta.url).pathname;
afterEach(() => vi.restoreAllMocks());

/** A clock that records every delay the monitor asks for and never fires. */
function recordingClock(): MonitorClock & { delays: number[] } {
  const delays: number[] = [];
  return { delays, now: () => 0, setTimeout: (_callback, ms) => delays.push(ms), clearTimeout: () => undefined };
}

describe('the check interval the user sets', () => {
  it('is how often `watch` runs its full check', async () => {
    const world: FakeWorld = { syncAppPid: undefined, configuredPathExists: true, datasets: [] };
    const settings: Settings = { ...DEFAULT_SETTINGS, checkIntervalSeconds: 45 };
    const clock = recordingClock();
    const controller = new AbortController();
    const out: string[] = [];
    const io: CliIo = { stdout: (t) => void out.push(t), stderr: () => undefined, isTTY: false, stderrIsTTY: false, env: {}, stopSignal: controller.signal };
    const running = watchCommand(
      { createLiveHost: () => fakeHost(world, { livenessCalls: 0 }), loadSettings: async () => settings },
      { runCheck: fakeRunCheck(world, () => 1).run, processStarts: () => undefined, monitor: { pathWatcher: fakeWatcher().factory, clock } },
    )(['--json'], io);
    await vi.waitFor(() => expect(out).toHaveLength(1));
    controller.abort();
    await running;
    expect(clock.delays).toContain(45_000);
    expect(clock.delays).not.toContain(10_000);
  });

  it('is how often the desktop app\'s live monitor runs its full check, and a saved change takes effect', async () => {
    const delays = (settings: Settings) => {
      const spy = vi.spyOn(globalThis, 'setTimeout');
      return { spy, settings };
    };
    const engine = await createCheckEngine({ autoentryPaths: [], machine: SNAPSHOT, demo: false }, () => {
      throw new Error('no live host in this test');
    });
    for (const seconds of [90, 600]) {
      const { spy, settings } = delays({ ...DEFAULT_SETTINGS, checkIntervalSeconds: seconds });
      const source = monitorReportSource(engine, () => settings, { onError: () => undefined });
      await source.checkNow();
      expect(spy.mock.calls.map((call) => call[1])).toContain(seconds * 1000);
      await source.close();
      spy.mockRestore();
    }
  });
});
