import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src-shared/settings/settings-schema.js';
import { createCheckEngine, NO_ARGS } from '../../src-main/app/host-check-engine.js';
import { resolveCheckContext } from '../../src-main/check/check-context.js';
import { parseCheckArgs } from '../../src-main/cli/check-args.js';
import type { CommandRequest, CommandRunner } from '../../src-main/host/node/command-runner.js';
import { consoleBudgetForDeadline, createConsoleBudget, sessionWaitForDeadline } from '../../src-main/host/windows/console-budget.js';
import { createWindowsHost } from '../../src-main/host/windows/windows-host.js';
import { createSnapshotHost } from '../../src-main/host/snapshot/snapshot-host.js';
import { machine } from '../support/check-machine.js';
import { replay } from './support/recorded-runner.js';

/** A runner that notes every request and finishes it only when told to. */
function heldRunner() {
  const started: CommandRequest[] = [];
  const finishers: Array<() => void> = [];
  const runner: CommandRunner = (request) =>
    new Promise((resolve) => {
      started.push(request);
      finishers.push(() => resolve(request.command.endsWith('powershell.exe') ? replay(undefined, 1, 'powershell-blocked.stderr.txt') : replay(undefined)));
    });
  const finishAll = async () => {
    while (finishers.length > 0) finishers.shift()!();
    await settle();
  };
  return { runner, started, finishAll };
}
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the console budget follows the look-up deadline', () => {
  it('is 70% of the deadline, after PowerShell\'s first 25%: they end by 95% of it', () => {
    expect(consoleBudgetForDeadline(5000)).toBe(3500);
    expect(consoleBudgetForDeadline(20_000)).toBe(14_000);
    expect(consoleBudgetForDeadline(1000)).toBe(700);
    expect(consoleBudgetForDeadline(100)).toBe(70);
    expect(sessionWaitForDeadline(5000)).toBe(1250);
    for (const deadline of [100, 1000, 5000, 20_000]) expect(sessionWaitForDeadline(deadline) + consoleBudgetForDeadline(deadline)).toBeLessThan(deadline);
  });

  it('asks the deadline again at each new refresh, so a changed timeout applies to the next check', async () => {
    let now = 0;
    let deadlineMs = 2000;
    const held = heldRunner();
    const budget = createConsoleBudget(held.runner, { concurrency: 3, budgetMs: () => consoleBudgetForDeadline(deadlineMs), commandTimeoutMs: 60_000, clock: () => now });
    const first = budget.run('tasklist.exe', []);
    await settle();
    deadlineMs = 30_000; // the same refresh keeps its budget
    const second = budget.run('sc.exe', []);
    await settle();
    expect(held.started.map((r) => r.timeoutMs)).toEqual([1400, 1400]);
    await held.finishAll();
    await Promise.all([first, second]);
    now = 1400; // that refresh's budget is spent: the next command opens a new one
    const third = budget.run('reg.exe', []);
    await settle();
    expect(held.started.map((r) => r.timeoutMs)).toEqual([1400, 1400, 21_000]);
    await held.finishAll();
    await third;
  });

  it('reaches the Windows host: with PowerShell blocked, tasklist gets 70% of the deadline', async () => {
    const held = heldRunner();
    const host = createWindowsHost({ runner: held.runner, env: {}, clock: () => 0, consoleBudgetMs: () => consoleBudgetForDeadline(7000) });
    const processes = host.processes();
    await settle();
    await held.finishAll(); // PowerShell answers "blocked"
    await settle();
    const tasklist = held.started.find((r) => r.command.toLowerCase().endsWith('tasklist.exe'));
    expect(tasklist?.timeoutMs).toBe(4900);
    await held.finishAll();
    await processes;
  });

  it('is wired from --timeout, then the settings\' timeout, to the live host', async () => {
    const asked: number[] = [];
    const deps = (settingsTimeout: number) => ({
      createLiveHost: (options: { lookupDeadlineMs: () => number }) => {
        asked.push(options.lookupDeadlineMs());
        return createSnapshotHost(machine('sage-healthy'));
      },
      loadSettings: async () => ({ ...DEFAULT_SETTINGS, timeoutMs: settingsTimeout }),
    });
    await resolveCheckContext(parseCheckArgs(['--timeout', '12000'], 'check').args, deps(3000));
    await resolveCheckContext(parseCheckArgs([], 'check').args, deps(3000));
    expect(asked).toEqual([12_000, 3000]);
  });

  it('in the app, follows the timeout of the settings each check runs with', async () => {
    let deadline: (() => number) | undefined;
    const engine = await createCheckEngine(NO_ARGS, (options) => {
      deadline = options.lookupDeadlineMs;
      return createSnapshotHost(machine('sage-healthy'));
    });
    expect(deadline?.()).toBe(DEFAULT_SETTINGS.timeoutMs);
    await engine.check({ ...DEFAULT_SETTINGS, timeoutMs: 9000 });
    expect(deadline?.()).toBe(9000);
    await engine.check({ ...DEFAULT_SETTINGS, timeoutMs: 2500 });
    expect(deadline?.()).toBe(2500);
  });
});
