import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src-shared/settings/settings-schema.js';
import type { Report } from '../../src-shared/model/report-schema.js';
import { waitMs } from '../../src-main/actions/node-desktop.js';
import { startSyncApp } from '../../src-main/actions/start-sync-app.js';
import type { ExecutableLookup } from '../../src-main/actions/sync-app-executable.js';
import { makeReport, SYNC_APP_STOPPED } from './fakes.js';

// "Start the Sync App" launches the program, then re-checks a few times, pausing between the
// re-checks, until the Sync App shows up. A Sync App takes seconds to appear after its launch:
// the pauses are what give it the time. Fake timers: the test controls the clock, it never sleeps.
const INSTALL = 'C:\\Program Files (x86)\\AutoEntry Sync';
const stopped = makeReport('error', [SYNC_APP_STOPPED], {
  inventory: { syncApp: { running: [], stoppedServices: [], installed: [{ displayName: 'AutoEntry Desktop Sync', installLocation: INSTALL }] } },
});
// Running, with another problem still there (a re-check reports everything it sees).
const running = makeReport('error', [{ code: 'path.missing', severity: 'error', title: 'Missing' }, {}]);
const lookup: ExecutableLookup = { isFile: async (path) => path === `${INSTALL}\\AutoEntry.SyncApp.exe` };
const roots = ['C:\\Program Files', 'C:\\Program Files (x86)'];

/** A Sync App that comes up `appearsAfterMs` after its launch; each re-check says whether it runs yet (by the fake clock). */
function slowSyncApp(appearsAfterMs: number) {
  let launchedAt: number | undefined;
  const rechecks: number[] = [];
  return {
    rechecks,
    spawnDetached: async () => {
      launchedAt = Date.now();
      return { ok: true as const };
    },
    recheck: async (): Promise<Report> => {
      rechecks.push(Date.now() - (launchedAt ?? Date.now()));
      return launchedAt !== undefined && Date.now() - launchedAt >= appearsAfterMs ? running : stopped;
    },
  };
}

describe('"Start the Sync App" waits between its re-checks', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports a Sync App that takes three seconds to appear as running, after pausing between re-checks', async () => {
    const app = slowSyncApp(3000);
    const outcome = startSyncApp({ report: stopped, settings: DEFAULT_SETTINGS, recheck: app.recheck }, { lookup, roots, spawnDetached: app.spawnDetached, wait: waitMs, attempts: 5, intervalMs: 2000 });
    await vi.advanceTimersByTimeAsync(20_000);
    expect(await outcome).toEqual({ ok: true, message: 'The Sync App is running now.' });
    // Re-checked two seconds after the launch (not yet), then at four (running): never back to back.
    expect(app.rechecks).toEqual([2000, 4000]);
  });

  it('gives up only after the whole wait: five re-checks, two seconds apart by default', async () => {
    const app = slowSyncApp(Number.POSITIVE_INFINITY);
    let settled = false;
    const outcome = startSyncApp({ report: stopped, settings: DEFAULT_SETTINGS, recheck: app.recheck }, { lookup, roots, spawnDetached: app.spawnDetached, wait: waitMs }).finally(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(9_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const answer = await outcome;
    expect(answer.ok).toBe(false);
    expect(answer.message).toBe(
      `The Sync App was started (${INSTALL}\\AutoEntry.SyncApp.exe) but is not running yet. Give it a minute, then check again; if it still stops, restart the PC.`,
    );
    expect(app.rechecks).toEqual([2000, 4000, 6000, 8000, 10_000]);
  });

  it('a re-check that fails counts as "not yet", and the next one still comes', async () => {
    const app = slowSyncApp(5000);
    let calls = 0;
    const recheck = async () => {
      calls += 1;
      if (calls === 1) throw new Error('check failed');
      return app.recheck();
    };
    const outcome = startSyncApp({ report: stopped, settings: DEFAULT_SETTINGS, recheck }, { lookup, roots, spawnDetached: app.spawnDetached, wait: waitMs });
    await vi.advanceTimersByTimeAsync(20_000);
    expect(await outcome).toEqual({ ok: true, message: 'The Sync App is running now.' });
    expect(calls).toBe(3);
  });

  it('counts a Sync App running from another folder than the one set as running', async () => {
    const elsewhere = makeReport('warn', [{ code: 'sage.service-stopped', severity: 'warn' }, { code: 'syncapp.location-mismatch', severity: 'warn' }]);
    const outcome = startSyncApp({ report: stopped, settings: DEFAULT_SETTINGS, recheck: async () => elsewhere }, { lookup, roots, spawnDetached: async () => ({ ok: true }), wait: waitMs });
    await vi.advanceTimersByTimeAsync(2000);
    expect(await outcome).toEqual({ ok: true, message: 'The Sync App is running now.' });
  });
});
