import { afterEach, describe, expect, it, vi } from 'vitest';
import { observe } from '../../src-main/check/observe.js';
import type { CheckInputs } from '../../src-main/check/check-inputs.js';
import { windowsSessionControls } from '../../src-main/host/windows/session/session-controls.js';
import { isRegListing, recordedRunner, regListing, replay } from './support/recorded-runner.js';
import { standInSessionHost } from './support/stand-in-session.js';

const INPUTS: CheckInputs = { autoentryPaths: [], syncAppPatterns: ['AutoEntry'] };
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The console tools of a PC where PowerShell's one-shot run is blocked, answering from recorded output. */
const consoleTools = () =>
  recordedRunner({
    'powershell.exe': replay(undefined, 1, 'powershell-blocked.stderr.txt'),
    'cmd.exe': replay('chcp-en.txt'),
    'tasklist.exe': replay('tasklist-en.csv'),
    'sc.exe': replay('sc-queryex-en.txt'),
    'reg.exe': (request) => (isRegListing(request) ? regListing(request.args[1]!) : replay(undefined, 1, 'reg-missing-en.stderr.txt')),
  });

function withSession(options: Parameters<typeof standInSessionHost>[0]) {
  const standIn = standInSessionHost(options);
  cleanups.push(() => windowsSessionControls(standIn.host)?.session.close());
  return standIn;
}

describe('deadlines that fit: the session and the console tools within the look-up deadline', () => {
  it('starts the session with the host, before the first question', () => {
    const { sessionStarts } = withSession({});
    expect(sessionStarts).toHaveLength(1);
  });

  it('answers from the console tools when a cold session has not answered in its share of the deadline, and from the session once it has', async () => {
    const runner = consoleTools();
    const { host, commands } = withSession({ mode: 'slow-start', runner, answerWithinMs: () => 300 });
    const first = await observe(host, INPUTS, { timeoutMs: 2000 });
    // Every look-up answered in time (no probe.timeout), by the console tools.
    expect(first.problems.filter((p) => p.kind === 'timeout')).toEqual([]);
    expect(first.syncApp.processes.map((p) => p.pid)).toEqual([5230]);
    expect(commands.map((c) => c.command)).toContain('C:\\Windows\\System32\\tasklist.exe');
    // The session is ready after its slow start; the next check is answered by it (250 processes), not by tasklist.
    await new Promise((resolve) => setTimeout(resolve, 3500));
    const tasklistRuns = commands.filter((c) => c.command.endsWith('tasklist.exe')).length;
    const processes = await host.processes();
    expect(processes.ok && processes.value.length).toBe(250);
    expect(commands.filter((c) => c.command.endsWith('tasklist.exe')).length).toBe(tasklistRuns);
  });

  it('backs off from a session that cannot start: 5 minutes, then 10, then 20, the console tools answering meanwhile', async () => {
    let now = 0;
    const runner = consoleTools();
    const { host, sessionStarts } = withSession({ mode: 'refuse', runner, clock: () => now, cacheMs: 0 });
    const ask = async () => {
      const processes = await host.processes();
      expect(processes.ok).toBe(true);
    };
    await ask();
    expect(sessionStarts).toHaveLength(1);
    for (const [advance, starts] of [[4 * 60_000, 1], [60_000, 2], [9 * 60_000, 2], [60_000, 3], [19 * 60_000, 3], [60_000, 4]] as const) {
      now += advance;
      await ask();
      await vi.waitFor(() => expect(sessionStarts).toHaveLength(starts));
    }
  });

  it('under Constrained Language Mode the session says so at its start and the console tools answer, with the reason kept', async () => {
    const runner = consoleTools();
    const { host } = withSession({ mode: 'constrained', runner });
    const processes = await host.processes();
    expect(processes.ok && processes.value.map((p) => p.pid)).toEqual([0, 4, 4120, 5230]);
    expect(windowsSessionControls(host)!.session.lastStartFailure()).toBe('PowerShell runs in ConstrainedLanguage mode');
  });

  it('the one-shot run under Constrained Language Mode is a failed PowerShell answer with the reason, and the console tools answer', async () => {
    const runner = recordedRunner({
      'powershell.exe': { ran: true, stdout: new TextEncoder().encode('{"unavailable":"PowerShell runs in ConstrainedLanguage mode"}\r\n'), stderr: new Uint8Array(), exitCode: 3 },
      'cmd.exe': replay('chcp-en.txt'),
      'tasklist.exe': replay('tasklist-en.csv'),
    });
    const { createWindowsHost } = await import('../../src-main/host/windows/windows-host.js');
    const processes = await createWindowsHost({ runner, env: {} }).processes();
    expect(processes.ok && processes.value.map((p) => p.pid)).toEqual([0, 4, 4120, 5230]);
  });
});
