import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BOOTSTRAP_COMMAND, SCRIPT_END_MARKER } from '../../src-main/host/windows/powershell-command.js';
import { createPowerShellSession, sessionArgs, type PowerShellSession, type PowerShellSessionOptions, type SessionAnswer } from '../../src-main/host/windows/session/powershell-session.js';
import type { SessionRequest } from '../../src-main/host/windows/session/session-protocol.js';
import { fakePowerShell, settledWithin } from './support/fake-powershell.js';

// The long-lived PowerShell session over time (fake timers, an in-memory PowerShell): one
// process kept while it answers, killed and replaced only when it hangs or dies, never in a
// start loop. Counted by its starts, as the PC would see them.
const REFRESH: SessionRequest = { op: 'refresh', parts: ['processes'], registryRoots: [], ownerPatterns: [] };
const DEADLINES = { startDeadlineMs: 20_000, requestDeadlineMs: 20_000, restartGapMs: 5000 };

let sessions: PowerShellSession[] = [];
function sessionOver(fake: ReturnType<typeof fakePowerShell>, options: Partial<PowerShellSessionOptions> = {}) {
  const session = createPowerShellSession({ spawn: fake.spawn, command: 'powershell.exe', args: ['-NoProfile'], ...DEADLINES, ...options });
  sessions.push(session);
  return session;
}

/** A request answered within `advanceMs` of fake time — or a failure at once, never a hang. */
async function ask(session: PowerShellSession, request: SessionRequest = REFRESH, advanceMs = 1000): Promise<SessionAnswer> {
  return settledWithin(session.request(request), advanceMs);
}

describe('the PowerShell session, in fake time', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-21T09:00:00Z') }));
  afterEach(() => {
    for (const session of sessions) session.close();
    sessions = [];
    vi.useRealTimers();
  });

  it('a healthy PowerShell that answers in time is kept: never killed or restarted past the request deadline', async () => {
    const fake = fakePowerShell();
    const session = sessionOver(fake);
    const lost = vi.fn();
    session.onLost(lost);
    expect(await ask(session)).toEqual({ ok: true, body: { id: 1, report: { processes: [] } } });
    // Long past the request deadline after that answer, and across many more requests.
    await vi.advanceTimersByTimeAsync(3 * DEADLINES.requestDeadlineMs);
    for (let i = 0; i < 5; i++) {
      expect((await ask(session, REFRESH, 15_000)).ok).toBe(true);
    }
    await vi.advanceTimersByTimeAsync(3 * DEADLINES.requestDeadlineMs);
    expect(fake.starts()).toBe(1);
    expect(fake.children[0]!.killed).toBe(false);
    expect(lost).not.toHaveBeenCalled();
    expect(session.stats().starts).toBe(1);
  });

  it('starts PowerShell on the first request only, with the command and arguments given', async () => {
    const fake = fakePowerShell();
    const session = sessionOver(fake, { command: 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', args: ['-NoProfile', '-Command', '-'] });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fake.starts()).toBe(0);
    await ask(session);
    expect(fake.children.map((c) => [c.command, c.args])).toEqual([['C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', ['-NoProfile', '-Command', '-']]]);
  });

  it('writes one JSON line per request, each with its own id, and matches answers to requests by id', async () => {
    const fake = fakePowerShell({ answer: (request) => ({ report: { echo: request['id'] } }) });
    const session = sessionOver(fake);
    const answers = settledWithin(Promise.all([session.request(REFRESH), session.request({ op: 'watch', pids: [42] }), session.request(REFRESH)]), 1000);
    expect(await answers).toEqual([
      { ok: true, body: { id: 1, report: { echo: 1 } } },
      { ok: true, body: { id: 2, report: { echo: 2 } } },
      { ok: true, body: { id: 3, report: { echo: 3 } } },
    ]);
    expect(fake.children[0]!.written).toEqual([
      `${JSON.stringify({ id: 1, ...REFRESH })}\n`,
      `${JSON.stringify({ id: 2, op: 'watch', pids: [42] })}\n`,
      `${JSON.stringify({ id: 3, ...REFRESH })}\n`,
    ]);
    const stats = session.stats();
    expect(stats.bytesSent).toBe(fake.children[0]!.written.join('').length);
    // Answers and the ready line, each with its line break.
    expect(stats.bytesReceived).toBe('{"ready":true}\n'.length + ['{"id":1,"report":{"echo":1}}', '{"id":2,"report":{"echo":2}}', '{"id":3,"report":{"echo":3}}'].reduce((n, l) => n + l.length + 1, 0));
  });

  it('kills a session that does not answer by the request deadline, fails that request, and starts a new one', async () => {
    const fake = fakePowerShell({ mode: 'hang' });
    const session = sessionOver(fake);
    const lost = vi.fn();
    session.onLost(lost);
    const asked = session.request(REFRESH);
    await vi.advanceTimersByTimeAsync(DEADLINES.requestDeadlineMs - 1);
    expect(fake.children[0]!.killed).toBe(false);
    expect(await settledWithin(asked, 100)).toEqual({ ok: false, stage: 'lost', message: `PowerShell did not answer within ${DEADLINES.requestDeadlineMs} ms; the session was restarted` });
    expect(fake.children[0]!.killed).toBe(true);
    // Replaced at once (listeners re-send what they watch), and the new one answers.
    expect(fake.starts()).toBe(2);
    expect(lost).toHaveBeenCalledTimes(1);
    fake.behaviour.mode = 'answer';
    expect((await ask(session)).ok).toBe(true);
    expect(fake.starts()).toBe(2);
  });

  it('a start that never says ready fails at the start deadline as "start", and the process is killed', async () => {
    const fake = fakePowerShell({ readyAfterMs: 'never' });
    const session = sessionOver(fake, { startDeadlineMs: 8000 });
    const lost = vi.fn();
    session.onLost(lost);
    const asked = session.request(REFRESH);
    await vi.advanceTimersByTimeAsync(7999);
    expect(fake.children[0]!.killed).toBe(false);
    expect(await settledWithin(asked, 10)).toEqual({ ok: false, stage: 'start', message: 'PowerShell did not start within 8000 ms (missing, or blocked by policy)' });
    expect(fake.children[0]!.killed).toBe(true);
    await vi.advanceTimersByTimeAsync(60_000);
    // Not a loss of a running session: nothing restarted by itself, nobody told.
    expect(fake.starts()).toBe(1);
    expect(lost).not.toHaveBeenCalled();
    expect(fake.children[0]!.written).toEqual([]);
  });

  it('a PowerShell that cannot start at all (not found, blocked) fails as "start" at once, not at the deadline', async () => {
    const error = Object.assign(new Error('spawn powershell.exe EPERM'), { code: 'EPERM' });
    const fake = fakePowerShell({ spawnError: error });
    const session = sessionOver(fake);
    const answer = await ask(session, REFRESH, 10);
    expect(answer).toMatchObject({ ok: false, stage: 'start' });
    expect(fake.starts()).toBe(1);
  });

  it('stray lines before or between answers are ignored', async () => {
    const fake = fakePowerShell({ noise: ['WARNING: something', '{not json', '{"id":"x"}', '  '] });
    const session = sessionOver(fake);
    expect((await ask(session)).ok).toBe(true);
    fake.children[0]!.print('{"event":"exited"}');
    fake.children[0]!.print('{"id":99,"report":{}}');
    expect((await ask(session)).ok).toBe(true);
    expect(fake.starts()).toBe(1);
  });

  it('an answer carrying an error is a failed answer, and the session is kept', async () => {
    const fake = fakePowerShell({ mode: 'error' });
    const session = sessionOver(fake);
    expect(await ask(session)).toEqual({ ok: false, stage: 'lost', message: 'PowerShell could not answer: Get-CimInstance : Access denied' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fake.starts()).toBe(1);
    expect(fake.children[0]!.killed).toBe(false);
  });

  it('a session that dies while answering fails the requests under way and is replaced', async () => {
    const fake = fakePowerShell();
    const session = sessionOver(fake);
    const lost = vi.fn();
    session.onLost(lost);
    expect((await ask(session)).ok).toBe(true);
    await vi.advanceTimersByTimeAsync(DEADLINES.restartGapMs);
    fake.behaviour.mode = 'crash';
    expect(await ask(session)).toEqual({ ok: false, stage: 'lost', message: 'the PowerShell session ended while answering' });
    expect(lost).toHaveBeenCalledTimes(1);
    expect(fake.starts()).toBe(2);
    fake.behaviour.mode = 'answer';
    expect((await ask(session)).ok).toBe(true);
    expect(fake.starts()).toBe(2);
  });

  it('a session that keeps dying right after its start is not restarted in a loop: requests fail until the gap has passed', async () => {
    const fake = fakePowerShell();
    const session = sessionOver(fake, { restartGapMs: 5000 });
    expect((await ask(session, REFRESH, 100)).ok).toBe(true);
    fake.children[0]!.die();
    await vi.advanceTimersByTimeAsync(1);
    // Lost 100 ms after its start: not replaced at once.
    expect(fake.starts()).toBe(1);
    expect(await ask(session, REFRESH, 100)).toEqual({ ok: false, stage: 'lost', message: 'the PowerShell session keeps ending; it is started again shortly' });
    expect(fake.starts()).toBe(1);
    await vi.advanceTimersByTimeAsync(5000);
    expect((await ask(session, REFRESH, 100)).ok).toBe(true);
    expect(fake.starts()).toBe(2);
  });

  it('a session lost long after its start is replaced at once', async () => {
    const fake = fakePowerShell();
    const session = sessionOver(fake, { restartGapMs: 5000 });
    expect((await ask(session, REFRESH, 100)).ok).toBe(true);
    await vi.advanceTimersByTimeAsync(5000);
    fake.children[0]!.die();
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.starts()).toBe(2);
  });

  it('reports the exits of watched processes to every listener until it unsubscribes', async () => {
    const fake = fakePowerShell();
    const session = sessionOver(fake);
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = session.onExited(first);
    session.onExited(second);
    await ask(session, { op: 'watch', pids: [4120] });
    fake.children[0]!.print('{"event":"exited","pid":4120}');
    stopFirst();
    fake.children[0]!.print('{"event":"exited","pid":4121}');
    expect(first.mock.calls).toEqual([[4120]]);
    expect(second.mock.calls).toEqual([[4120], [4121]]);
  });

  it('a lost-listener that unsubscribed is not told', async () => {
    const fake = fakePowerShell({ mode: 'hang' });
    const session = sessionOver(fake);
    const lost = vi.fn();
    const stop = session.onLost(lost);
    stop();
    await ask(session, REFRESH, DEADLINES.requestDeadlineMs + 10);
    expect(lost).not.toHaveBeenCalled();
  });

  it('once closed, kills its PowerShell, answers no request and starts none', async () => {
    const fake = fakePowerShell();
    const session = sessionOver(fake);
    expect((await ask(session)).ok).toBe(true);
    const lost = vi.fn();
    session.onLost(lost);
    session.close();
    await vi.advanceTimersByTimeAsync(10);
    expect(fake.children[0]!.killed).toBe(true);
    expect(await ask(session)).toEqual({ ok: false, stage: 'lost', message: 'the PowerShell session is closed' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fake.starts()).toBe(1);
    expect(lost).not.toHaveBeenCalled();
  });

  it('a session that dies right after saying ready fails the request under way', async () => {
    const fake = fakePowerShell({ readyAfterMs: 100 });
    const session = sessionOver(fake);
    const asked = session.request(REFRESH);
    await vi.advanceTimersByTimeAsync(100);
    fake.children[0]!.die();
    const answer = await settledWithin(asked, 10);
    expect(answer.ok).toBe(false);
  });
});

describe('how PowerShell is started for the session', () => {
  it('Windows PowerShell with no profile, no prompts, on the bootstrap that reads the script from standard input', () => {
    const args = sessionArgs();
    expect(args.slice(0, 4)).toEqual(['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass']);
    expect(args.slice(4)).toEqual(['-Command', BOOTSTRAP_COMMAND]);
  });

  it('writes the script, then the end marker, to standard input at each start, before any request', async () => {
    vi.useFakeTimers();
    try {
      const fake = fakePowerShell();
      const session = sessionOver(fake, { script: 'Write-Output 1' });
      const asked = session.request(REFRESH);
      await vi.advanceTimersByTimeAsync(100);
      expect((await settledWithin(asked, 10)).ok).toBe(true);
      expect(fake.children[0]!.script).toBe(`Write-Output 1\n${SCRIPT_END_MARKER}\n`);
      expect(fake.children[0]!.written).toHaveLength(1);
      session.close();
    } finally {
      vi.useRealTimers();
    }
  });
});
