import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCheck } from '../../src-main/check/run-check.js';
import { observe } from '../../src-main/check/observe.js';
import type { CheckInputs } from '../../src-main/check/check-inputs.js';
import { windowsSessionControls } from '../../src-main/host/windows/session/session-controls.js';
import { createMonitor, type Monitor } from '../../src-main/monitor/monitor.js';
import type { MonitorClock } from '../../src-main/monitor/monitor-clock.js';
import { followThisComputer } from '../../src-main/monitor/monitor-sources.js';
import { fakeWatcher } from '../monitor/monitor-fakes.js';
import { officePcInventory } from '../support/office-pc-inventory.js';
import { startFakeSyncApp, type RunningFakeSyncApp } from './support/autoentry-process.js';
import { standInSessionHost } from './support/stand-in-session.js';

const INPUTS: CheckInputs = { autoentryPaths: [], syncAppPatterns: ['AutoEntry'] };
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function withSession(options: Parameters<typeof standInSessionHost>[0] = {}) {
  const standIn = standInSessionHost(options);
  cleanups.push(() => windowsSessionControls(standIn.host)?.session.close());
  return standIn;
}

/** Monitor time running 60× faster than the wall clock: a minute of monitor life in about a second. */
function fastClock(factor = 60): MonitorClock & { elapsed(): number } {
  const started = Date.now();
  return {
    now: () => started + (Date.now() - started) * factor,
    setTimeout: (callback, ms) => setTimeout(callback, ms / factor),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    elapsed: () => (Date.now() - started) * factor,
  };
}

const requests = (log: string): Array<Record<string, unknown>> => {
  try {
    return readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  } catch {
    return [];
  }
};
const syncAppRunning = (monitor: Monitor) => monitor.current()?.findings.some((f) => f.code === 'syncapp.running') ?? false;

describe('the Windows host over one long-lived PowerShell session (a stand-in speaking its protocol)', () => {
  it('answers a whole check from one session, and the next checks from the same one', async () => {
    const { host, sessionStarts, commands } = withSession();
    const first = await runCheck(host, INPUTS, { timeoutMs: 10_000 });
    const second = await runCheck(host, INPUTS, { timeoutMs: 10_000 });
    expect(first.findings.map((f) => f.code)).toContain('syncapp.not-running');
    expect(second.findings.map((f) => f.code)).toEqual(first.findings.map((f) => f.code));
    expect(sessionStarts).toHaveLength(1);
    expect(commands).toEqual([]);
  });

  it('asks narrowly in steady state, and the rules reach the same verdicts as from the full lists', async () => {
    const app = await startFakeSyncApp();
    cleanups.push(() => app.stop());
    const full = withSession({ inventory: officePcInventory({ syncAppPid: app.pid }) });
    const narrow = withSession({ inventory: officePcInventory({ syncAppPid: app.pid }) });
    windowsSessionControls(narrow.host)!.narrowTo(INPUTS.syncAppPatterns);
    const fromFull = await observe(full.host, INPUTS, { timeoutMs: 10_000 });
    const fromNarrow = await observe(narrow.host, INPUTS, { timeoutMs: 10_000 });
    expect(fromNarrow.syncApp).toEqual(fromFull.syncApp);
    expect(fromNarrow.sage).toEqual(fromFull.sage);
    expect(fromNarrow.quickbooks).toEqual(fromFull.quickbooks);
    const [asked] = requests(narrow.files.log);
    expect(asked).toMatchObject({ op: 'refresh', processFilter: expect.stringContaining("Name LIKE '%AutoEntry%'"), serviceFilter: expect.stringContaining("Name LIKE '%quickbooksdb%'") });
    // The second steady-state refresh leaves the Uninstall trees (read moments ago) out.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const again = await observe(narrow.host, INPUTS, { timeoutMs: 10_000 });
    expect(again.syncApp).toEqual(fromFull.syncApp);
    const roots = requests(narrow.files.log).filter((r) => r.op === 'refresh').map((r) => r.registryRoots as string[]);
    expect(roots[0]!.some((r) => /Uninstall$/.test(r))).toBe(true);
    expect(roots.at(-1)!.some((r) => /Uninstall$/.test(r))).toBe(false);
  });

  it('turns a session crashing mid-answer into a failed look-up, not an empty list, and starts a new session', async () => {
    const { host, setMode, sessionStarts, commands } = withSession();
    setMode('crash-mid-answer');
    const seen = await observe(host, INPUTS, { timeoutMs: 10_000 });
    expect(seen.problems).toEqual(expect.arrayContaining([expect.objectContaining({ what: 'Listing processes', kind: 'error' })]));
    // The console tools were tried (blocked here), and said nothing was running on their own behalf.
    expect(commands.map((c) => c.command)).toContain('C:\\Windows\\System32\\tasklist.exe');
    setMode('normal');
    await vi.waitFor(() => expect(sessionStarts).toHaveLength(2), { timeout: 15_000 });
    const after = await observe(host, INPUTS, { timeoutMs: 10_000 });
    expect(after.problems).toEqual([]);
  });

  it('kills a session that hangs at the request deadline and answers the next request from a new one', async () => {
    const { host, setMode, sessionStarts } = withSession({ requestDeadlineMs: 1500 });
    await host.identity();
    await new Promise((resolve) => setTimeout(resolve, 1100)); // past the one-second sharing of a refresh
    setMode('hang');
    const asked = Date.now();
    const hung = await host.processes();
    expect(hung.ok).toBe(false); // the console tools are blocked here too
    expect(Date.now() - asked).toBeLessThan(1500 + 10_000);
    setMode('normal');
    await vi.waitFor(() => expect(sessionStarts).toHaveLength(2), { timeout: 15_000 });
    await new Promise((resolve) => setTimeout(resolve, 1100)); // past the one-second sharing of a refresh
    const answered = await host.processes();
    expect(answered.ok && answered.value.length).toBe(250);
  });

  it('uses the one-shot script, then the console tools, when the session is blocked by policy — and does not retry it at every check', async () => {
    const { host, sessionStarts, commands } = withSession({ startDeadlineMs: 10_000, mode: 'refuse' });
    await host.processes();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await host.processes();
    expect(sessionStarts).toHaveLength(1);
    expect(commands.filter((c) => c.command.endsWith('powershell.exe')).length).toBeGreaterThanOrEqual(1);
    expect(commands.map((c) => c.command)).toContain('C:\\Windows\\System32\\tasklist.exe');
  });
});

describe('the monitor on Windows, over the session', () => {
  async function monitorOver(standIn: ReturnType<typeof withSession>, clock: MonitorClock, intervals = {}) {
    const watcher = fakeWatcher();
    const monitor = createMonitor({
      host: standIn.host,
      inputs: INPUTS,
      timeoutMs: 10_000,
      runCheck,
      clock,
      pathWatcher: watcher.factory,
      watchPaths: () => [],
      intervals,
      ...followThisComputer(INPUTS.syncAppPatterns, '/nonexistent-proc', standIn.host),
    });
    cleanups.push(() => monitor.close());
    await monitor.checkNow();
    return monitor;
  }

  it('starts no process in an idle minute after start-up: checks and new-process questions all go to the one session', async () => {
    const standIn = withSession();
    const clock = fastClock();
    const monitor = await monitorOver(standIn, clock);
    const startedAfterStartUp = standIn.processesStarted();
    const from = clock.elapsed();
    await vi.waitFor(() => expect(clock.elapsed() - from).toBeGreaterThanOrEqual(60_000), { timeout: 30_000, interval: 100 });
    expect(standIn.processesStarted() - startedAfterStartUp).toBeLessThanOrEqual(1);
    expect(standIn.sessionStarts).toHaveLength(1);
    expect(standIn.commands).toEqual([]);
    expect(monitor.stats().checks).toBeGreaterThanOrEqual(2);
    // "Did the Sync App start?" is asked once: the session follows the Sync App's starts itself
    // (a look at the process ids each second, WMI only about new ones), with no question per second.
    const follows = requests(standIn.files.log).filter((r) => r.op === 'starts');
    expect(follows).toEqual([{ id: expect.any(Number), op: 'starts', processFilter: "Name LIKE '%AutoEntry%' OR ExecutablePath LIKE '%AutoEntry%'" }]);
    expect(requests(standIn.files.log).filter((r) => JSON.stringify(r.parts) === '["processes"]')).toEqual([]);
  });

  it('notices the Sync App starting from the session\'s start report, even right after a refresh it could have shared', async () => {
    const standIn = withSession({ cacheMs: 3_600_000 });
    const monitor = await monitorOver(standIn, fastClock(1), { livenessMs: 3_600_000, fullCheckMs: 3_600_000, processScanMs: 50 });
    expect(syncAppRunning(monitor)).toBe(false);
    const app = await startFakeSyncApp();
    cleanups.push(() => app.stop());
    standIn.setInventory(officePcInventory({ syncAppPid: app.pid }));
    await vi.waitFor(() => expect(syncAppRunning(monitor)).toBe(true), { timeout: 10_000 });
    expect(standIn.sessionStarts).toHaveLength(1);
  });

  it('notices the Sync App stopping from the session\'s exit report, with no liveness polling or full check to wait for', async () => {
    let app: RunningFakeSyncApp | undefined = await startFakeSyncApp();
    cleanups.push(() => app?.stop());
    const standIn = withSession({ inventory: officePcInventory({ syncAppPid: app.pid }) });
    const monitor = await monitorOver(standIn, fastClock(1), { livenessMs: 3_600_000, fullCheckMs: 3_600_000, processScanMs: 3_600_000 });
    expect(syncAppRunning(monitor)).toBe(true);
    await vi.waitFor(() => expect(requests(standIn.files.log).some((r) => r.op === 'watch' && (r.pids as number[]).includes(app!.pid))).toBe(true), { timeout: 10_000 });
    standIn.setInventory(officePcInventory());
    const stopping = app;
    app = undefined;
    await stopping.stop();
    await vi.waitFor(() => expect(syncAppRunning(monitor)).toBe(false), { timeout: 10_000 });
    expect(monitor.stats().livenessChecks).toBe(0);
  });

  it('keeps polling an elevated Sync App it may not open (never "exited"), and notices its stop within a second', async () => {
    let app: RunningFakeSyncApp | undefined = await startFakeSyncApp();
    cleanups.push(() => app?.stop());
    const standIn = withSession({ inventory: { ...officePcInventory({ syncAppPid: app.pid }), unopenable: [app.pid] } });
    const monitor = await monitorOver(standIn, fastClock(1), { livenessMs: 250, fullCheckMs: 3_600_000, processScanMs: 3_600_000 });
    expect(syncAppRunning(monitor)).toBe(true);
    await vi.waitFor(() => expect(requests(standIn.files.log).some((r) => r.op === 'watch' && (r.pids as number[]).includes(app!.pid))).toBe(true), { timeout: 10_000 });
    const checks = monitor.stats().checks;
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(monitor.stats().checks).toBe(checks); // no false exit, so no check
    expect(monitor.stats().livenessChecks).toBeGreaterThan(0);
    standIn.setInventory(officePcInventory());
    const stopping = app;
    app = undefined;
    await stopping.stop();
    const stoppedAt = Date.now();
    await vi.waitFor(() => expect(syncAppRunning(monitor)).toBe(false), { timeout: 10_000 });
    expect(Date.now() - stoppedAt).toBeLessThan(5000);
  });
});
