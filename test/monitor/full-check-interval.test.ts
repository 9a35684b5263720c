import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src-shared/settings/settings-schema.js';
import { intervalsFromSettings } from '../../src-main/monitor/full-check-interval.js';
import { createMonitor, type Monitor, type MonitorOptions } from '../../src-main/monitor/monitor.js';
import { fakeHost, fakeRunCheck, fakeWatcher, INPUTS, type FakeWorld } from './monitor-fakes.js';

// How often the monitor runs its full check, in fake time: every "Check every (seconds)" the
// user set — with or without a process-start probe. Without a setting: every 10 s, or every
// 30 s when a probe already finds new Sync App processes between full checks.
describe('how often the full check runs', () => {
  let monitor: Monitor | undefined;
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-21T09:00:00Z') }));
  afterEach(async () => {
    await monitor?.close();
    monitor = undefined;
    vi.useRealTimers();
  });

  /** The full checks run in `spanMs` after the first one (the probe never sees a new process); spans end mid-interval, so no check sits on the edge. */
  async function checksIn(spanMs: number, extra: Partial<MonitorOptions>): Promise<number> {
    const world: FakeWorld = { syncAppPid: undefined, configuredPathExists: true, datasets: [] };
    const check = fakeRunCheck(world, () => 0);
    monitor = createMonitor({ host: fakeHost(world, { livenessCalls: 0 }), inputs: INPUTS, timeoutMs: 5000, runCheck: check.run, pathWatcher: fakeWatcher().factory, alarm: false, ...extra });
    await vi.advanceTimersByTimeAsync(1);
    const first = check.calls.count;
    await vi.advanceTimersByTimeAsync(spanMs);
    const count = check.calls.count - first;
    await monitor.close();
    monitor = undefined;
    return count;
  }
  const probe = vi.fn(async () => false);

  it('with a process-start probe, follows "Check every (seconds)": every 45 s, every 10 s — not every 30 s', async () => {
    expect(await checksIn(472_500, { processStarts: probe, intervals: intervalsFromSettings({ checkIntervalSeconds: 45 }) })).toBe(10);
    expect(await checksIn(105_000, { processStarts: probe, intervals: intervalsFromSettings({ checkIntervalSeconds: 10 }) })).toBe(10);
    expect(await checksIn(750_000, { processStarts: probe, intervals: intervalsFromSettings({ checkIntervalSeconds: 300 }) })).toBe(2);
    expect(probe).toHaveBeenCalled();
  });

  it('without a probe, follows the setting too', async () => {
    expect(await checksIn(472_500, { intervals: intervalsFromSettings({ checkIntervalSeconds: 45 }) })).toBe(10);
    const every = DEFAULT_SETTINGS.checkIntervalSeconds * 1000;
    expect(await checksIn(every * 6.5, { intervals: intervalsFromSettings(DEFAULT_SETTINGS) })).toBe(6);
  });

  it('with nothing set: every 30 s with a probe, every 10 s without', async () => {
    expect(await checksIn(315_000, { processStarts: probe })).toBe(10);
    expect(await checksIn(105_000, {})).toBe(10);
  });
});
