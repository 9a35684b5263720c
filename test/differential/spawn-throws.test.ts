import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCheck } from '../../src-main/check/run-check.js';
import { createSnapshotHost } from '../../src-main/host/snapshot/snapshot-host.js';
import { windowsSessionControls } from '../../src-main/host/windows/session/session-controls.js';
import { createWindowsSessionHost } from '../../src-main/host/windows/session/windows-session-host.js';
import { createWindowsHost } from '../../src-main/host/windows/windows-host.js';
import { emulateWindows } from '../support/windows-emulator/index.js';
import { fixtureMachines } from './fixture-machines.js';
import { withSnapshotFiles } from './windows-paths.js';

/**
 * Node's `child_process.spawn` and `execFile` throw synchronously for a start error other than
 * ENOENT, EACCES, EAGAIN, EMFILE and ENFILE (node's lib/internal/child_process.js): libuv maps
 * ERROR_ACCESS_DENIED — AppLocker or a software-restriction policy refusing powershell.exe,
 * tasklist.exe… — to EPERM (errno -4048 on Windows), and under Wine on a busy machine
 * `spawn UNKNOWN` (-4094) was seen. Here the real runner (command-runner.ts) and the real
 * session spawner (session-process.ts) run over a child_process that throws so; every look-up
 * that needed a program must come back failed — never a crash, never an unhandled rejection,
 * never an absence verdict.
 */
const thrown = vi.hoisted(() => ({ code: 'EPERM', starts: 0 }));
vi.mock('node:child_process', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:child_process')>();
  const refuse = (command: string): never => {
    thrown.starts += 1;
    throw Object.assign(new Error(`spawn ${thrown.code}`), { code: thrown.code, errno: thrown.code === 'EPERM' ? -4048 : -4094, syscall: 'spawn', path: command });
  };
  return { ...real, spawn: (command: string) => refuse(command), execFile: (command: string) => refuse(command) };
});

const machine = fixtureMachines().find((m) => m.name === 'machines/quickbooks-sync-app-stopped.json')!;
const closers: Array<() => void> = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

const ABSENCE = ['syncapp.not-running', 'syncapp.not-installed', 'sage.not-found', 'quickbooks.not-found', 'quickbooks.db-service-stopped'];

describe.each(['EPERM', 'UNKNOWN'])('a program start that throws %s', (code) => {
  it.each(['session', 'one-shot script and console tools'])('through the %s: failed look-ups, no crash, no absence verdict', async (path) => {
    thrown.code = code;
    thrown.starts = 0;
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => void rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    closers.push(() => process.off('unhandledRejection', onRejection));
    const { env, kill } = emulateWindows(machine.snapshot);
    const options = { env, kill, clock: () => Date.parse(machine.snapshot.capturedAt) };
    const windows = path === 'session' ? createWindowsSessionHost(options) : createWindowsHost(options);
    closers.push(() => windowsSessionControls(windows)?.session.close());
    const report = await runCheck(withSnapshotFiles(windows, createSnapshotHost(machine.snapshot)), machine.inputs, { timeoutMs: 5000 });
    expect(thrown.starts).toBeGreaterThan(0);
    const codes = report.findings.map((f) => f.code);
    expect(codes).toContain('probe.failed');
    expect(codes.filter((c) => ABSENCE.includes(c))).toEqual([]);
    expect(codes).toContain('syncapp.unknown');
    await new Promise((resolve) => setTimeout(resolve, 20)); // a rejection nobody handled is reported after a turn
    expect(rejections.map(String)).toEqual([]);
  });
});
