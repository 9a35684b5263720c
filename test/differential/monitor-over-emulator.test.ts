import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCheck } from '../../src-main/check/run-check.js';
import { createMonitor, type Monitor } from '../../src-main/monitor/monitor.js';
import { followThisComputer } from '../../src-main/monitor/monitor-sources.js';
import type { MachineSnapshot } from '../../src-shared/model/machine-snapshot-schema.js';
import { fakeWatcher } from '../monitor/monitor-fakes.js';
import type { EmulatorFaults } from '../support/windows-emulator/index.js';
import { fixtureMachines } from './fixture-machines.js';
import { variantsOf } from './machine-variants.js';
import { hostOnPath, type PathHost } from './windows-paths.js';

/**
 * The monitor following an emulated Windows PC through its PowerShell session, in fake time
 * (vi.useFakeTimers: the monitor's clock and every deadline read the faked timers; the
 * emulator answers on the microtask queue), so "within a second" and "an idle minute" are
 * counted in timer time, not measured on a busy machine.
 */
const machine = fixtureMachines().find((m) => m.name === 'machines/sage-healthy.json')!;
const SYNC_APP_PID = 5001;
const opened: Array<{ monitor: Monitor; path: PathHost }> = [];

afterEach(() => {
  for (const { monitor, path } of opened.splice(0)) {
    monitor.close();
    path.close();
  }
  vi.useRealTimers();
});

async function follow(snapshot: MachineSnapshot, faults: EmulatorFaults, intervals = {}) {
  vi.useFakeTimers();
  vi.setSystemTime(Date.parse(snapshot.capturedAt));
  const path = hostOnPath('session', snapshot, faults, { timeoutMs: 5000, syncAppPatterns: machine.inputs.syncAppPatterns, clock: () => Date.now() });
  const monitor = createMonitor({
    host: path.host,
    inputs: machine.inputs,
    timeoutMs: 5000,
    runCheck,
    pathWatcher: fakeWatcher().factory,
    watchPaths: () => [],
    alarm: false,
    intervals,
    ...followThisComputer(machine.inputs.syncAppPatterns, '/nonexistent-proc', path.host),
  });
  opened.push({ monitor, path });
  await vi.advanceTimersByTimeAsync(0);
  await monitor.checkNow();
  await vi.advanceTimersByTimeAsync(100); // the watch request and its answer
  return { monitor, pc: path.pc! };
}

const codes = (monitor: Monitor) => monitor.current()?.findings.map((f) => f.code) ?? [];

describe('the monitor over the emulated PC', () => {
  it('notices an elevated Sync App stopping within a second, from the session\'s exit report (no liveness poll, no 30 s full check)', async () => {
    const elevated = variantsOf(machine).find((v) => v.name === 'the Sync App elevated')!;
    // Liveness polling is put out of reach: only the session's exit report can tell in time.
    const { monitor, pc } = await follow(elevated.snapshot, elevated.faults, { livenessMs: 3_600_000 });
    expect(codes(monitor)).toContain('syncapp.running');
    await vi.advanceTimersByTimeAsync(2000); // settle: any re-check after the watch is over
    expect(codes(monitor)).toContain('syncapp.running');
    const checksBefore = monitor.stats().checks;

    pc.stopProcess(SYNC_APP_PID);
    await vi.advanceTimersByTimeAsync(1000);
    expect(codes(monitor)).not.toContain('syncapp.running');
    expect(monitor.stats().livenessChecks).toBe(0);
    expect(monitor.stats().checks).toBe(checksBefore + 1); // the one check the exit report asked for
  });

  it('starts no process in an idle minute when nothing relevant runs, and says so without "could not check"', async () => {
    const idle = structuredClone(machine.snapshot);
    idle.processes = idle.processes.filter((p) => !/sage|autoentry|qbw/i.test(`${p.name} ${p.path ?? ''}`));
    idle.services = idle.services.filter((s) => !/sage|autoentry|quickbooks/i.test(`${s.name} ${s.displayName ?? ''}`));
    const { monitor, pc } = await follow(idle, {});
    await vi.advanceTimersByTimeAsync(5000); // start-up settles
    const started = pc.spawns.length;
    const checks = monitor.stats().checks;

    await vi.advanceTimersByTimeAsync(60_000);
    expect(monitor.stats().checks).toBeGreaterThanOrEqual(checks + 2); // full checks every 30 s did run
    expect(pc.spawns.slice(started)).toEqual([]);
    expect(pc.spawns.filter((s) => s.port === 'session')).toHaveLength(1);
    expect(codes(monitor)).toContain('syncapp.not-running');
    expect(codes(monitor)).not.toContain('probe.failed');
    expect(codes(monitor)).not.toContain('syncapp.unknown');
  });

  it('notices the Sync App starting within two seconds from the session\'s own look for starts, with no process started and no query a second from Sync Doctor', async () => {
    const idle = structuredClone(machine.snapshot);
    idle.processes = idle.processes.filter((p) => !/autoentry/i.test(`${p.name} ${p.path ?? ''}`));
    // Full checks and liveness put out of reach: only the session's `started` event can tell in time.
    const { monitor, pc } = await follow(idle, {}, { fullCheckMs: 3_600_000 });
    await vi.advanceTimersByTimeAsync(5000);
    expect(codes(monitor)).toContain('syncapp.not-running');
    const spawns = pc.spawns.length;
    const checks = monitor.stats().checks;

    // Another program starting is not a Sync App start: no check.
    pc.startProcess({ pid: 6100, name: 'notepad.exe', path: 'C:\\Windows\\notepad.exe', user: pc.currentUser, sessionId: pc.userSessionId });
    await vi.advanceTimersByTimeAsync(2000);
    expect(monitor.stats().checks).toBe(checks);

    pc.startProcess({ pid: 6104, name: 'AutoEntry.SyncApp.exe', path: 'C:\\Program Files (x86)\\AutoEntry\\Sync App\\AutoEntry.SyncApp.exe', user: pc.currentUser, sessionId: pc.userSessionId });
    await vi.advanceTimersByTimeAsync(2000);
    expect(codes(monitor)).toContain('syncapp.running');
    expect(monitor.stats().checks).toBe(checks + 1);
    expect(pc.spawns.slice(spawns)).toEqual([]);
  });

  it('keeps one session watching more than 64 Sync App processes, and notices one of them stopping', async () => {
    const many = structuredClone(machine.snapshot);
    for (let i = 0; i < 70; i += 1) {
      many.processes.push({ pid: 9000 + i * 4, name: 'AutoEntry.SyncApp.Worker.exe', path: 'C:\\Program Files (x86)\\AutoEntry\\Sync App\\AutoEntry.SyncApp.Worker.exe', user: 'OFFICE\\jane', sessionId: 1, startedAt: '2026-11-20T08:03:00Z' });
    }
    const { monitor, pc } = await follow(many, {}, { livenessMs: 3_600_000 });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(pc.spawns.filter((s) => s.port === 'session')).toHaveLength(1);
    const checksBefore = monitor.stats().checks;
    pc.stopProcess(9000 + 69 * 4);
    await vi.advanceTimersByTimeAsync(1000);
    expect(monitor.stats().checks).toBe(checksBefore + 1);
  });
});
