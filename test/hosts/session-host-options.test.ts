import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Host } from '../../src-main/host/host.js';
import type { CommandOutcome, CommandRequest } from '../../src-main/host/node/command-runner.js';
import { windowsSessionControls } from '../../src-main/host/windows/session/session-controls.js';
import { createWindowsSessionHost, type WindowsSessionHostOptions } from '../../src-main/host/windows/session/windows-session-host.js';
import { fakePowerShell, settledWithin, type FakePowerShellBehaviour } from './support/fake-powershell.js';

// The session host's own wiring, in fake time with an in-memory PowerShell and recorded console
// tools: the deadline and sharing of the one-shot run behind a session that cannot start, how
// long a failed one-shot run is left alone, the console tools' share of a look-up, the warm
// start, and a process found gone.
const POWERSHELL = 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe';
const ONE_SHOT_REPORT = JSON.stringify({ errors: [], processes: [{ pid: 4, name: 'System', startedAt: null }, { pid: 5150, name: 'AutoEntry.SyncApp.exe', startedAt: null }] });
/** The session's answer to a refresh: Windows' process list. */
const SESSION_ANSWER = () => ({ report: { errors: [], processes: [{ pid: 4, name: 'System', startedAt: null }] } });

const hosts: Host[] = [];
function hostWith(options: Partial<WindowsSessionHostOptions> = {}, behaviour: Partial<FakePowerShellBehaviour> = {}, oneShot: 'answers' | 'fails' = 'answers') {
  const fake = fakePowerShell({ answer: SESSION_ANSWER, ...behaviour });
  const commands: CommandRequest[] = [];
  const runner = async (request: CommandRequest): Promise<CommandOutcome> => {
    commands.push(request);
    if (request.command === POWERSHELL && oneShot === 'answers') return { ran: true, stdout: Buffer.from(ONE_SHOT_REPORT), stderr: new Uint8Array(), exitCode: 0 };
    return { ran: false, reason: 'not-found', message: `${request.command} was not found` };
  };
  const host = createWindowsSessionHost({ env: { SystemRoot: 'C:\\Windows' }, runner, spawn: fake.spawn, ...options });
  hosts.push(host);
  const oneShots = () => commands.filter((c) => c.command === POWERSHELL);
  return { host, fake, commands, oneShots };
}
const cannotStart: Partial<FakePowerShellBehaviour> = { spawnError: Object.assign(new Error('spawn EPERM'), { code: 'EPERM' }) };

describe('the session host\'s wiring', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-21T09:00:00Z') }));
  afterEach(() => {
    for (const host of hosts.splice(0)) windowsSessionControls(host)?.session.close();
    vi.useRealTimers();
  });

  it('keeps time by the system clock when given none', async () => {
    const { host, fake } = hostWith();
    const first = await settledWithin(host.processes(), 500);
    await vi.advanceTimersByTimeAsync(400);
    const second = await settledWithin(host.processes(), 10);
    expect(first.ok && second.ok).toBe(true);
    expect(fake.children[0]!.written).toHaveLength(1);
  });

  it('starts its session with the host, unless told not to', async () => {
    expect(hostWith().fake.starts()).toBe(1);
    const cold = hostWith({ warm: false });
    expect(cold.fake.starts()).toBe(0);
    await settledWithin(cold.host.processes(), 500);
    expect(cold.fake.starts()).toBe(1);
  });

  describe('behind a session that cannot start, the one-shot run', () => {
    it('gets the PowerShell deadline given, 20 s by default', async () => {
      for (const [given, deadline] of [
        [7000, 7000],
        [undefined, 20_000],
      ] as const) {
        const { host, oneShots } = hostWith(given === undefined ? {} : { powerShellTimeoutMs: given }, cannotStart);
        const processes = await settledWithin(host.processes(), 100);
        expect(processes.ok && processes.value.map((p) => p.pid)).toEqual([4, 5150]);
        expect(oneShots().map((c) => c.timeoutMs)).toEqual([deadline]);
      }
    });

    it('is shared by the questions asked within a second of it, by default', async () => {
      const { host, oneShots } = hostWith({}, cannotStart);
      await settledWithin(host.processes(), 100);
      await vi.advanceTimersByTimeAsync(800);
      await settledWithin(host.services(), 10);
      expect(oneShots()).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1000);
      await settledWithin(host.processes(), 10);
      expect(oneShots()).toHaveLength(2);
    });

    it('once failed, is left alone for 5 minutes: the console tools answer meanwhile', async () => {
      const { host, oneShots, commands } = hostWith({}, cannotStart, 'fails');
      await settledWithin(host.processes(), 100);
      expect(oneShots()).toHaveLength(1);
      for (let minute = 1; minute < 5; minute += 1) {
        await vi.advanceTimersByTimeAsync(60_000);
        await settledWithin(host.processes(), 100);
      }
      expect(oneShots()).toHaveLength(1);
      expect(commands.filter((c) => /tasklist\.exe$/i.test(c.command)).length).toBeGreaterThanOrEqual(5);
    });
  });

  it('answers a look-up from the console tools once its share of the deadline has passed', async () => {
    const { host, commands } = hostWith({ answerWithinMs: () => 300 }, { answerAfterMs: 5000 });
    const processes = await settledWithin(host.processes(), 400);
    expect(processes.ok).toBe(false);
    expect(commands.map((c) => c.command)).toContain('C:\\Windows\\System32\\tasklist.exe');
  });

  it('a watched process found gone makes the next question ask Windows again; one still running does not', async () => {
    let running = true;
    const kill = () => {
      if (!running) throw Object.assign(new Error('kill ESRCH'), { code: 'ESRCH' });
      return true;
    };
    const { host, fake } = hostWith({ kill });
    await settledWithin(host.processes(), 500);
    expect(await host.processAlive(5150)).toMatchObject({ ok: true, value: true });
    await settledWithin(host.processes(), 10);
    expect(fake.children[0]!.written).toHaveLength(1);
    running = false;
    expect(await host.processAlive(5150)).toMatchObject({ ok: true, value: false });
    await settledWithin(host.processes(), 500);
    expect(fake.children[0]!.written).toHaveLength(2);
  });
});
