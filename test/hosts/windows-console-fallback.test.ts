import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src-main/check/run-check.js';
import type { CommandOutcome, CommandRequest, CommandRunner } from '../../src-main/host/node/command-runner.js';
import { createConsoleBudget } from '../../src-main/host/windows/console-budget.js';
import { createWindowsHost } from '../../src-main/host/windows/windows-host.js';
import { PROBE_REGISTRY_ROOTS } from '../../src-shared/model/registry-roots.js';
import { isRegListing, recordedRunner, regListing, replay } from './support/recorded-runner.js';

/** A runner whose commands finish only when the test says so; it counts how many run at once. */
function heldRunner(answer: (request: CommandRequest) => CommandOutcome = () => replay(undefined)) {
  const running: Array<{ request: CommandRequest; finish: () => void }> = [];
  const started: CommandRequest[] = [];
  let mostAtOnce = 0;
  const runner: CommandRunner = (request) =>
    new Promise((resolve) => {
      started.push(request);
      const entry = { request, finish: () => resolve(answer(request)) };
      running.push(entry);
      mostAtOnce = Math.max(mostAtOnce, running.length);
    });
  /** Finishes the oldest running command and lets the queue move on. */
  async function finishOldest(): Promise<void> {
    running.shift()?.finish();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { runner, started, running, finishOldest, mostAtOnce: () => mostAtOnce };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));
const blockedPowerShell = replay(undefined, 1, 'powershell-blocked.stderr.txt');

describe('the console tools under load', () => {
  it('run at most three at a time, and all of them run', async () => {
    const held = heldRunner();
    const budget = createConsoleBudget(held.runner, { concurrency: 3, budgetMs: 4000, commandTimeoutMs: 10_000, clock: () => 0 });
    const all = Promise.all(Array.from({ length: 8 }, (_, i) => budget.run('C:\\Windows\\System32\\reg.exe', ['query', `HKLM\\K${i}`])));
    await settle();
    expect(held.running).toHaveLength(3);
    while (held.running.length > 0) await held.finishOldest();
    const outcomes = await all;
    expect(outcomes.every((o) => o.ran)).toBe(true);
    expect(held.started).toHaveLength(8);
    expect(held.mostAtOnce()).toBe(3);
  });

  it('share one budget: each command gets the time left, and one still queued when it is spent never starts', async () => {
    let now = 0;
    const held = heldRunner();
    const budget = createConsoleBudget(held.runner, { concurrency: 1, budgetMs: 4000, commandTimeoutMs: 10_000, clock: () => now });
    const first = budget.run('tasklist.exe', []);
    const second = budget.run('sc.exe', []);
    const third = budget.run('reg.exe', []);
    await settle();
    expect(held.started.map((r) => r.timeoutMs)).toEqual([4000]);
    now = 2500;
    await held.finishOldest();
    expect(held.started.map((r) => [r.command, r.timeoutMs])).toEqual([['tasklist.exe', 4000], ['sc.exe', 1500]]);
    now = 4100;
    await held.finishOldest();
    expect(await third).toMatchObject({ ran: false, reason: 'timeout', message: expect.stringMatching(/reg\.exe was not started/) });
    expect(held.started).toHaveLength(2);
    expect((await first).ran && (await second).ran).toBe(true);
  });

  it('read every registry root of a check concurrently when PowerShell is blocked', async () => {
    const held = heldRunner((request) =>
      request.command.endsWith('cmd.exe') ? replay('chcp-en.txt') : isRegListing(request) ? regListing(request.args[1]!) : replay(undefined, 1, 'reg-missing-en.stderr.txt'),
    );
    const host = createWindowsHost({ runner: held.runner, env: {}, clock: () => 0 });
    const registry = host.registry(PROBE_REGISTRY_ROOTS);
    await settle();
    const powershell = held.running.findIndex((r) => r.request.command.endsWith('powershell.exe'));
    held.running.splice(powershell, 1)[0]!.finish();
    await settle();
    expect(held.running.length).toBe(3);
    while (held.running.length > 0) await held.finishOldest();
    expect(await registry).toEqual({ ok: true, value: [] });
    expect(held.started.filter((r) => r.command.endsWith('reg.exe') && !isRegListing(r))).toHaveLength(PROBE_REGISTRY_ROOTS.length);
    expect(held.started.filter((r) => !r.command.endsWith('powershell.exe')).length).toBeGreaterThan(3);
  });

  it('take an empty tasklist (exit 0, no rows) as a failure: a real tasklist always lists itself', async () => {
    const runner = recordedRunner({ 'powershell.exe': blockedPowerShell, 'cmd.exe': replay('chcp-en.txt'), 'tasklist.exe': replay(undefined) });
    const host = createWindowsHost({ runner, env: {} });
    expect(await host.processes()).toMatchObject({ ok: false, error: { kind: 'error', message: expect.stringMatching(/tasklist answered with no processes/) } });
  });

  it('ask tasklist when PowerShell lists no processes at all (Win32_Process always lists the PowerShell asking)', async () => {
    const runner = recordedRunner({ 'powershell.exe': replay('powershell-empty.json'), 'cmd.exe': replay('chcp-en.txt'), 'tasklist.exe': replay('tasklist-en.csv') });
    const processes = await createWindowsHost({ runner, env: {} }).processes();
    expect(processes.ok && processes.value.map((p) => p.pid)).toEqual([0, 4, 4120, 5230]);
  });

  it('read HKCU\\Network once per refresh, however many look-ups want it', async () => {
    let now = 0;
    const runner = recordedRunner({
      'powershell.exe': blockedPowerShell,
      'cmd.exe': replay('chcp-de.txt'),
      'reg.exe': (request) => (request.args[1] === 'HKCU\\Network' ? replay('reg-query-de.txt') : isRegListing(request) ? regListing(request.args[1]!) : replay(undefined, 1, 'reg-missing-en.stderr.txt')),
    });
    const host = createWindowsHost({ runner, env: {}, clock: () => now });
    const networkReads = () => runner.requests.filter((r) => r.command.endsWith('reg.exe') && r.args[1] === 'HKCU\\Network').length;
    const [drives, registry, again] = await Promise.all([host.drives(), host.registry(PROBE_REGISTRY_ROOTS), host.drives()]);
    expect(drives.ok && drives.value.map((d) => d.letter)).toEqual(['C:', 'S:']);
    expect(again).toEqual(drives);
    expect(registry.ok && registry.value.some((k) => k.key === 'HKCU\\Network\\S')).toBe(true);
    expect(networkReads()).toBe(1);
    now += 10 * 60_000;
    await host.drives();
    expect(networkReads()).toBe(2);
  });

  it.each([
    { exit: 1722, shown: /^Listing services: sc ended with exit code 1722/ },
    { exit: 5, shown: /^Listing services: sc: access is denied/ },
  ])('show an sc error exit ($exit) as probe.failed, and draw no service verdict from it', async ({ exit, shown }) => {
    const runner = recordedRunner({
      'powershell.exe': blockedPowerShell,
      'cmd.exe': replay('chcp-en.txt'),
      'tasklist.exe': replay('tasklist-en.csv'),
      'sc.exe': replay('sc-denied-en.txt', exit),
      'reg.exe': (request) => (request.args[1]!.endsWith('WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall') ? replay('reg-query-en.txt') : replay(undefined, 1, 'reg-missing-en.stderr.txt')),
    });
    const host = createWindowsHost({ runner, env: { COMPUTERNAME: 'OFFICE-PC1', USERNAME: 'jane', SystemDrive: 'C:' } });
    const report = await runCheck(host, { autoentryPaths: [], syncAppPatterns: ['AutoEntry'] }, { timeoutMs: 5000 });
    const failed = report.findings.find((f) => f.code === 'probe.failed');
    expect(failed?.evidence).toContainEqual(expect.stringMatching(shown));
    const codes = report.findings.map((f) => f.code);
    expect(codes).not.toContain('sage.service-stopped');
    expect(codes).not.toContain('quickbooks.db-service-stopped');
    expect(codes).not.toContain('syncapp.not-running');
    expect(codes).not.toContain('syncapp.not-installed');
    // What did answer still counts: tasklist shows the Sync App running.
    expect(codes).toContain('syncapp.running');
  });
});
