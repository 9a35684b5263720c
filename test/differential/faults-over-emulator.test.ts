import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCheck } from '../../src-main/check/run-check.js';
import type { Report } from '../../src-shared/model/report-schema.js';
import type { EmulatorFaults } from '../support/windows-emulator/index.js';
import { compareReports } from './compare-reports.js';
import { fixtureMachines, type FixtureMachine } from './fixture-machines.js';
import { hostOnPath, type PathHost, type WindowsPath } from './windows-paths.js';

/**
 * The emulator's faults through the Windows paths, in fake time: whatever PowerShell does —
 * hang at start, hang or die mid-answer, refuse to run under Constrained Language Mode, wait on
 * a WMI that does not answer — a check with the default 5 s look-up deadline still ends with
 * the snapshot's verdicts (the console tools race it in time), and so does the next one.
 */
const TIMEOUT_MS = 5000;
const machines = fixtureMachines().filter((m) => ['machines/sage-healthy.json', 'machines/quickbooks-sync-app-stopped.json'].includes(m.name));
const opened: PathHost[] = [];
afterEach(() => {
  for (const path of opened.splice(0)) path.close();
  vi.useRealTimers();
});

async function reference(machine: FixtureMachine): Promise<Report> {
  const made = hostOnPath('snapshot', machine.snapshot, {}, { timeoutMs: TIMEOUT_MS, syncAppPatterns: machine.inputs.syncAppPatterns });
  return runCheck(made.host, machine.inputs, { timeoutMs: TIMEOUT_MS });
}

/** Two checks, the second after PowerShell's five-minute retry pause, each given its deadline in fake time. */
async function twoChecks(machine: FixtureMachine, path: WindowsPath, faults: EmulatorFaults) {
  vi.useFakeTimers();
  vi.setSystemTime(Date.parse(machine.snapshot.capturedAt));
  const made = hostOnPath(path, machine.snapshot, faults, { timeoutMs: TIMEOUT_MS, syncAppPatterns: machine.inputs.syncAppPatterns, clock: () => Date.now() });
  opened.push(made);
  const reports: Report[] = [];
  for (const gap of [0, 5 * 60_000 + 1000]) {
    await vi.advanceTimersByTimeAsync(gap);
    const report = runCheck(made.host, machine.inputs, { timeoutMs: TIMEOUT_MS });
    await vi.advanceTimersByTimeAsync(TIMEOUT_MS + 100);
    reports.push(await report);
  }
  return { reports, pc: made.pc! };
}

const FAULTS: Array<{ name: string; path: WindowsPath; faults: EmulatorFaults }> = [
  { name: 'a session that hangs at start', path: 'session', faults: { session: 'hang-at-start' } },
  { name: 'a session that dies at start', path: 'session', faults: { session: 'crash-at-start' } },
  { name: 'a session that hangs mid-answer', path: 'session', faults: { session: 'hang-mid-answer' } },
  { name: 'a session that dies mid-answer', path: 'session', faults: { session: 'crash-mid-answer' } },
  { name: 'Constrained Language Mode (session)', path: 'session', faults: { constrainedLanguage: true } },
  { name: 'Constrained Language Mode (one-shot script)', path: 'one-shot script', faults: { constrainedLanguage: true } },
  { name: 'a WMI that answers after 30 s (session)', path: 'session', faults: { wmiStallMs: 30_000 } },
  { name: 'a WMI that answers after 30 s (one-shot script)', path: 'one-shot script', faults: { wmiStallMs: 30_000 } },
  { name: 'PowerShell blocked by policy (EPERM at start)', path: 'session', faults: { spawnThrows: { code: 'EPERM', programs: ['powershell'] } } },
];

describe.each(machines)('$name', (machine) => {
  it.each(FAULTS)('$name: the snapshot\'s verdicts within the look-up deadline, check after check', async ({ path, faults }) => {
    const want = await reference(machine);
    const { reports } = await twoChecks(machine, path, faults);
    const problems = reports.flatMap((report, i) => compareReports(want, report, []).differences.map((d) => `check ${i + 1}: ${d}`));
    expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
  });
});

describe('console tools that answer after the deadline (PowerShell blocked, a PC too busy)', () => {
  const EVERYTHING_SYSTEM_WIDE = [
    { topic: 'syncapp', verdicts: ['syncapp.running', 'syncapp.other-session', 'syncapp.not-running', 'syncapp.not-installed'], reason: 'no process, service or registry answer came in time' },
    { topic: 'sage', verdicts: ['sage.found', 'sage.not-found'], reason: 'the programs and services Sage is also known by did not answer in time' },
    { topic: 'quickbooks', verdicts: ['quickbooks.found', 'quickbooks.not-found'], reason: 'the programs and services QuickBooks is also known by did not answer in time' },
  ] as const;
  it.each(machines)('$name: "could not check" for what rests on them, never another verdict', async (machine) => {
    const want = await reference(machine);
    const { reports } = await twoChecks(machine, 'console tools', { consoleStallMs: 60_000 });
    const problems = reports.flatMap((report, i) => compareReports(want, report, EVERYTHING_SYSTEM_WIDE).differences.map((d) => `check ${i + 1}: ${d}`));
    expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
    expect(reports[0]!.findings.map((f) => f.code)).toContain('probe.timeout');
  });
});

describe('how PowerShell is started', () => {
  it('never passes the script as -EncodedCommand (SigmaHQ "Suspicious PowerShell Encoded Command Patterns")', async () => {
    const machine = machines[0]!;
    const session = await twoChecks(machine, 'session', {});
    const oneShot = await twoChecks(machine, 'one-shot script', {});
    const powershell = [...session.pc.spawns, ...oneShot.pc.spawns].filter((s) => s.program === 'powershell');
    expect(powershell.length).toBeGreaterThan(0);
    expect(powershell.filter((s) => s.args.some((a) => /^[-/]e(c|n\w*)?$/i.test(a)))).toEqual([]);
  });

  it('answers a check from the session alone: one PowerShell started, no console tool', async () => {
    const machine = machines[0]!;
    const { pc } = await twoChecks(machine, 'session', {});
    expect(pc.spawns.filter((s) => s.port === 'session')).toHaveLength(1);
    expect(pc.spawns.filter((s) => s.port === 'runner')).toEqual([]);
  });
});
