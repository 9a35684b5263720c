import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Host } from '../../src-main/host/host.js';
import type { CommandRunner } from '../../src-main/host/node/command-runner.js';
import { scriptOnStdin } from '../../src-main/host/windows/powershell-command.js';
import { sessionArgs } from '../../src-main/host/windows/session/powershell-session.js';
import { windowsSessionControls } from '../../src-main/host/windows/session/session-controls.js';
import { buildSessionScript } from '../../src-main/host/windows/session/session-script.js';
import { createWindowsSessionHost, type WindowsSessionHostOptions } from '../../src-main/host/windows/session/windows-session-host.js';
import { fakePowerShell, type FakePowerShellBehaviour } from './support/fake-powershell.js';

// The session host as shipped (no deadline given): which PowerShell it starts, with what, and
// the deadlines it keeps — in fake time, with an in-memory PowerShell.
const notFound: CommandRunner = async (request) => ({ ran: false, reason: 'not-found', message: `${request.command} was not found` });
const hosts: Host[] = [];
/** `behaviour` is the PowerShell's from its first start: the host starts (warms) its session when it is created. */
function shipped(options: Partial<WindowsSessionHostOptions> = {}, behaviour: Partial<FakePowerShellBehaviour> = {}) {
  const fake = fakePowerShell(behaviour);
  const host = createWindowsSessionHost({ env: { SystemRoot: 'C:\\Windows' }, runner: notFound, clock: () => Date.now(), spawn: fake.spawn, ...options });
  hosts.push(host);
  return { host, fake };
}

describe('the session host as shipped', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-21T09:00:00Z') }));
  afterEach(() => {
    for (const host of hosts.splice(0)) windowsSessionControls(host)?.session.close();
    vi.useRealTimers();
  });

  it('starts Windows PowerShell by its full path under the Windows folder, on the session script', async () => {
    for (const [env, command] of [
      [{ SystemRoot: 'D:\\WINNT' }, 'D:\\WINNT\\System32\\WindowsPowerShell\\v1.0\\powershell.exe'],
      [{ SYSTEMROOT: 'E:\\Win' }, 'E:\\Win\\System32\\WindowsPowerShell\\v1.0\\powershell.exe'],
      [{ windir: 'F:\\Windows' }, 'F:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe'],
      [{}, 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe'],
    ] as const) {
      const { host, fake } = shipped({ env });
      void host.processes();
      await vi.advanceTimersByTimeAsync(100);
      expect(fake.children[0]?.command, command).toBe(command);
      expect(fake.children[0]?.args).toEqual(sessionArgs());
      expect(fake.children[0]?.script).toBe(scriptOnStdin(buildSessionScript()));
    }
  });

  it('a test stand-in may take the place of PowerShell', async () => {
    const { host, fake } = shipped({ sessionCommand: { command: '/usr/bin/node', args: ['stand-in.mjs'] } });
    void host.processes();
    await vi.advanceTimersByTimeAsync(100);
    expect(fake.children.map((c) => [c.command, c.args])).toEqual([['/usr/bin/node', ['stand-in.mjs']]]);
  });

  it('gives a start 20 s to say ready, and each answer 20 s', async () => {
    const starting = shipped({}, { readyAfterMs: 'never' });
    void starting.host.processes();
    await vi.advanceTimersByTimeAsync(19_990);
    expect(starting.fake.children[0]!.killed).toBe(false);
    await vi.advanceTimersByTimeAsync(20);
    expect(starting.fake.children[0]!.killed).toBe(true);

    const answering = shipped({}, { mode: 'hang' });
    void answering.host.processes();
    await vi.advanceTimersByTimeAsync(10 + 19_990);
    expect(answering.fake.children[0]!.killed).toBe(false);
    await vi.advanceTimersByTimeAsync(20);
    expect(answering.fake.children[0]!.killed).toBe(true);
  });

  it('the PowerShell deadline given for the one-shot run is the answer deadline too', async () => {
    const { host, fake } = shipped({ powerShellTimeoutMs: 7000 });
    fake.behaviour.mode = 'hang';
    void host.processes();
    await vi.advanceTimersByTimeAsync(10 + 6990);
    expect(fake.children[0]!.killed).toBe(false);
    await vi.advanceTimersByTimeAsync(20);
    expect(fake.children[0]!.killed).toBe(true);
  });

  it('a session lost within 5 s of its start is not replaced at once; one lost later is', async () => {
    const { host, fake } = shipped();
    await vi.advanceTimersByTimeAsync(0);
    void host.processes();
    await vi.advanceTimersByTimeAsync(1000);
    fake.children[0]!.die();
    await vi.advanceTimersByTimeAsync(10);
    expect(fake.starts()).toBe(1);
    await vi.advanceTimersByTimeAsync(5000);
    void host.processes();
    await vi.advanceTimersByTimeAsync(1000);
    expect(fake.starts()).toBe(2);
    await vi.advanceTimersByTimeAsync(5000);
    fake.children[1]!.die();
    await vi.advanceTimersByTimeAsync(10);
    expect(fake.starts()).toBe(3);
  });

  it('narrowed, reads the Uninstall trees again every 15 minutes', async () => {
    const { host, fake } = shipped();
    windowsSessionControls(host)!.narrowTo(['AutoEntry']);
    const uninstall = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall';
    const asksUninstall = () => {
      const refreshes = fake.children.flatMap((c) => c.written.map((l) => JSON.parse(l) as { op: string; registryRoots: string[] })).filter((r) => r.op === 'refresh');
      return (refreshes.at(-1)?.registryRoots ?? []).includes(uninstall);
    };
    void host.registry([uninstall]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(asksUninstall()).toBe(true);
    await vi.advanceTimersByTimeAsync(15 * 60_000 - 2000);
    void host.registry([uninstall]);
    await vi.advanceTimersByTimeAsync(500);
    expect(asksUninstall()).toBe(false);
    await vi.advanceTimersByTimeAsync(2000);
    void host.registry([uninstall]);
    await vi.advanceTimersByTimeAsync(500);
    expect(asksUninstall()).toBe(true);
  });
});
