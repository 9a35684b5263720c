import { describe, expect, it } from 'vitest';
import { observe } from '../../src-main/check/observe.js';
import type { CheckInputs } from '../../src-main/check/check-inputs.js';
import { createCommandRunner, type ExecFile } from '../../src-main/host/node/command-runner.js';
import { createWindowsHost } from '../../src-main/host/windows/windows-host.js';
import { spawnSessionChild, type SpawnImpl } from '../../src-main/host/windows/session/session-process.js';
import { createWindowsSessionHost } from '../../src-main/host/windows/session/windows-session-host.js';
import { windowsSessionControls } from '../../src-main/host/windows/session/session-controls.js';

/**
 * Node's spawn throws synchronously for start errors other than ENOENT/EACCES/EAGAIN/EMFILE/
 * ENFILE: EPERM when AppLocker or a software-restriction policy blocks the program (libuv maps
 * ERROR_ACCESS_DENIED to it), UNKNOWN under Wine on a busy machine. Each runner turns that into
 * a failed look-up.
 */
const thrown = (code: string) => Object.assign(new Error(`spawn ${code}`), { code, errno: -1, syscall: 'spawn' });
const throwingExecFile = (code: string) => (() => {
  throw thrown(code);
}) as unknown as ExecFile;
const throwingSpawn = (code: string) => (() => {
  throw thrown(code);
}) as unknown as SpawnImpl;

const INPUTS: CheckInputs = { autoentryPaths: [], syncAppPatterns: ['AutoEntry'] };
const ENV = { SystemRoot: 'C:\\Windows', COMPUTERNAME: 'OFFICE-PC1', USERNAME: 'bookkeeper' };

describe('a program that cannot start (spawn throws) is a failed look-up on every path', () => {
  it.each(['EPERM', 'UNKNOWN'])('the command runner answers %s as an error outcome, not an exception', async (code) => {
    const runner = createCommandRunner(throwingExecFile(code));
    const outcome = await runner({ command: 'C:\\Windows\\System32\\tasklist.exe', args: ['/FO', 'CSV'], timeoutMs: 1000 });
    expect(outcome).toEqual({ ran: false, reason: 'error', message: expect.stringContaining(`spawn ${code}`) });
  });

  it('the session spawner gives a child that ends at once with the reason', async () => {
    const child = spawnSessionChild('powershell.exe', [], {}, throwingSpawn('EPERM'));
    const ended = await new Promise<Error | undefined>((resolve) => child.onEnd(resolve));
    expect(ended?.message).toMatch(/powershell\.exe could not be started.*spawn EPERM/);
    expect(() => child.write('x\n')).not.toThrow();
  });

  it('one-shot PowerShell and the console tools: every system look-up fails, typed, and the check still ends', async () => {
    const host = createWindowsHost({ env: ENV, runner: createCommandRunner(throwingExecFile('UNKNOWN')) });
    const seen = await observe(host, INPUTS, { timeoutMs: 5000 });
    const failed = seen.problems.map((p) => p.what);
    expect(failed).toEqual(expect.arrayContaining(['Listing processes', 'Listing services']));
    expect(seen.problems.every((p) => p.kind !== 'timeout')).toBe(true);
    expect(seen.problems.find((p) => p.what === 'Listing processes')?.message).toMatch(/spawn UNKNOWN/);
  });

  it('the session, then one-shot, then console: a spawner that throws, and a runner whose programs throw too', async () => {
    let starts = 0;
    const host = createWindowsSessionHost({
      env: ENV,
      spawn: () => {
        starts += 1;
        throw thrown('EPERM');
      },
      runner: createCommandRunner(throwingExecFile('EPERM')),
    });
    const seen = await observe(host, INPUTS, { timeoutMs: 5000 });
    expect(starts).toBe(1);
    expect(seen.problems.map((p) => p.what)).toEqual(expect.arrayContaining(['Listing processes', 'Listing services']));
    expect(seen.problems.find((p) => p.what === 'Listing processes')?.message).toMatch(/spawn EPERM/);
    windowsSessionControls(host)?.session.close();
  });

  it('the real session spawner with a throwing spawn, under the session host', async () => {
    const host = createWindowsSessionHost({
      env: ENV,
      spawn: (command, args) => spawnSessionChild(command, args, {}, throwingSpawn('UNKNOWN')),
      runner: createCommandRunner(throwingExecFile('UNKNOWN')),
    });
    const identity = await host.identity();
    // The session number comes from this process's own tasklist row, which could not be had.
    expect(identity).toEqual({ ok: false, error: expect.objectContaining({ kind: 'error', message: expect.stringMatching(/Windows session.*spawn UNKNOWN/) }) });
    const processes = await host.processes();
    expect(processes).toEqual({ ok: false, error: expect.objectContaining({ kind: 'error', message: expect.stringContaining('spawn UNKNOWN') }) });
    windowsSessionControls(host)?.session.close();
  });
});
