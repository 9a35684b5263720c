import type { Host } from '../../src-main/host/host.js';
import { createSnapshotHost } from '../../src-main/host/snapshot/snapshot-host.js';
import { consoleBudgetForDeadline, sessionWaitForDeadline } from '../../src-main/host/windows/console-budget.js';
import { attachSessionControls, windowsSessionControls } from '../../src-main/host/windows/session/session-controls.js';
import { createWindowsSessionHost } from '../../src-main/host/windows/session/windows-session-host.js';
import type { MachineSnapshot } from '../../src-shared/model/machine-snapshot-schema.js';
import { emulateWindows, type EmulatedPc, type EmulatorFaults } from '../support/windows-emulator/index.js';

/**
 * The ways a report can be made of one PC: the snapshot host (the reference: it answers from
 * everything the PC holds), and the four Windows paths over the emulator — the long-lived
 * session asking for everything, the session after `narrowTo` (as the monitor runs it), the
 * one-shot PowerShell script, and the console tools (PowerShell blocked by policy).
 */
export const WINDOWS_PATHS = ['session', 'session after narrowTo', 'one-shot script', 'console tools'] as const;
export type WindowsPath = (typeof WINDOWS_PATHS)[number];
export type ReportPath = 'snapshot' | WindowsPath;

export interface PathHost {
  host: Host;
  pc?: EmulatedPc;
  close(): void;
}

/**
 * Files are read through Node's fs on every Windows path alike (node-files.ts), which the
 * emulator does not replace: on the Windows paths they come from the same snapshot host as the
 * reference, so the paths differ exactly in what the Windows host asks Windows — identity,
 * processes, services, registry, drives, liveness.
 */
export function withSnapshotFiles(windows: Host, files: Host): Host {
  const host: Host = {
    flavour: windows.flavour,
    description: windows.description,
    now: () => windows.now(),
    identity: () => windows.identity(),
    environment: () => windows.environment(),
    drives: () => windows.drives(),
    stat: (path) => files.stat(path),
    list: (path) => files.list(path),
    readFile: (path, maxBytes) => files.readFile(path, maxBytes),
    realPath: (path) => files.realPath(path),
    processes: () => windows.processes(),
    processAlive: (pid) => windows.processAlive(pid),
    services: () => windows.services(),
    registry: (roots) => windows.registry(roots),
  };
  const controls = windowsSessionControls(windows);
  if (controls !== undefined) attachSessionControls(host, controls);
  return host;
}

export interface PathOptions {
  /** The check's look-up deadline (PowerShell has 25% of it, then the console tools 70%, as live-host.ts gives them). */
  timeoutMs: number;
  syncAppPatterns: readonly string[];
  /** Time as the host sees it; default: the snapshot's capture time, moving with the wall clock. */
  clock?: () => number;
}

export function hostOnPath(path: ReportPath, snapshot: MachineSnapshot, faults: EmulatorFaults, options: PathOptions): PathHost {
  const files = createSnapshotHost(snapshot);
  if (path === 'snapshot') return { host: files, close: () => undefined };
  const windows = emulateWindows(snapshot, faultsOnPath(path, faults));
  const startedAt = Date.now();
  const clock = options.clock ?? (() => Date.parse(snapshot.capturedAt) + (Date.now() - startedAt));
  // Wired as live-host.ts wires the Windows host: PowerShell has the first quarter of the look-up
  // deadline, then the console tools answer within 70% of it.
  const inner = createWindowsSessionHost({
    runner: windows.runner,
    env: windows.env,
    kill: windows.kill,
    resolveDriveRoot: windows.resolveDriveRoot,
    selfPid: windows.selfPid,
    clock,
    consoleBudgetMs: () => consoleBudgetForDeadline(options.timeoutMs),
    answerWithinMs: () => sessionWaitForDeadline(options.timeoutMs),
    spawn: windows.spawn,
  });
  const controls = windowsSessionControls(inner)!;
  if (path === 'session after narrowTo') controls.narrowTo(options.syncAppPatterns);
  return { host: withSnapshotFiles(inner, files), pc: windows.pc, close: () => controls.session.close() };
}

/**
 * How each path is reached on a real PC, all through the same host live-host.ts builds: the
 * one-shot script runs when the session cannot start (here: it dies at start), the console
 * tools when PowerShell cannot run at all (blocked by policy: both the session and the one-shot run).
 */
function faultsOnPath(path: WindowsPath, faults: EmulatorFaults): EmulatorFaults {
  if (path === 'console tools') return { ...faults, blocked: [...(faults.blocked ?? []), 'powershell'] };
  if (path === 'one-shot script' && (faults.session ?? 'none') === 'none') return { ...faults, session: 'crash-at-start' };
  return faults;
}
