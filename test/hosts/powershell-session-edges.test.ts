import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scriptOnStdin } from '../../src-main/host/windows/powershell-command.js';
import { createPowerShellSession, type PowerShellSession, type PowerShellSessionOptions, type SessionAnswer } from '../../src-main/host/windows/session/powershell-session.js';
import type { SessionRequest } from '../../src-main/host/windows/session/session-protocol.js';
import { fakePowerShell, settledWithin } from './support/fake-powershell.js';

// The PowerShell session at its edges, in fake time with an in-memory PowerShell: the restart
// gap to the millisecond, a start that failed moments ago, the warm start, a session refused by
// Constrained Language Mode, ends that come at awkward moments (with the ready line, right after
// a kill, after close), and what a user of the session sees of each: the answer and its reason.
const REFRESH: SessionRequest = { op: 'refresh', parts: ['processes'], registryRoots: [], ownerPatterns: [] };
const GAP = 5000;
const DEADLINES = { startDeadlineMs: 20_000, requestDeadlineMs: 20_000, restartGapMs: GAP };
const KEEPS_ENDING: SessionAnswer = { ok: false, stage: 'lost', message: 'the PowerShell session keeps ending; it is started again shortly' };

let sessions: PowerShellSession[] = [];
function sessionOver(fake: ReturnType<typeof fakePowerShell>, options: Partial<PowerShellSessionOptions> = {}) {
  const session = createPowerShellSession({ spawn: fake.spawn, command: 'powershell.exe', args: ['-NoProfile'], ...DEADLINES, ...options });
  sessions.push(session);
  return session;
}
const ask = (session: PowerShellSession, ms = 1000, request: SessionRequest = REFRESH) => settledWithin(session.request(request), ms);

describe('the PowerShell session at its edges, in fake time', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-21T09:00:00Z') }));
  afterEach(() => {
    for (const session of sessions) session.close();
    sessions = [];
    vi.useRealTimers();
  });

  describe('the restart gap, to the millisecond', () => {
    it('a session lost exactly the gap after its start is replaced at once; one lost a millisecond sooner is not', async () => {
      for (const [lostAfter, startsAfterLoss] of [
        [GAP, 2],
        [GAP - 1, 1],
      ] as const) {
        const fake = fakePowerShell();
        const session = sessionOver(fake);
        const lost = vi.fn();
        session.onLost(lost);
        session.warm();
        await vi.advanceTimersByTimeAsync(lostAfter);
        fake.children[0]!.die();
        expect(fake.starts(), `lost ${lostAfter} ms after its start`).toBe(startsAfterLoss);
        // Either way its listeners are told, so that they send again what they watch.
        expect(lost).toHaveBeenCalledTimes(1);
      }
    });

    it('after a loss within the gap, requests fail until exactly the gap after the last start, then a new session answers', async () => {
      const fake = fakePowerShell();
      const session = sessionOver(fake);
      session.warm();
      await vi.advanceTimersByTimeAsync(100);
      fake.children[0]!.die();
      await vi.advanceTimersByTimeAsync(GAP - 100 - 1);
      expect(await session.request(REFRESH)).toEqual(KEEPS_ENDING);
      expect(fake.starts()).toBe(1);
      await vi.advanceTimersByTimeAsync(1);
      expect((await ask(session)).ok).toBe(true);
      expect(fake.starts()).toBe(2);
    });

    it('a session lost in the same millisecond it started counts as lost within the gap', async () => {
      const fake = fakePowerShell({ readyAfterMs: 0 });
      const session = sessionOver(fake);
      session.warm();
      await vi.advanceTimersByTimeAsync(0);
      fake.children[0]!.die();
      expect(await session.request(REFRESH)).toEqual(KEEPS_ENDING);
      expect(fake.starts()).toBe(1);
    });
  });

  describe('a start that failed moments ago', () => {
    it('is not repeated within the gap: the request fails with the reason of that start, as a failed start', async () => {
      const error = Object.assign(new Error('spawn C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe EPERM'), { code: 'EPERM' });
      const fake = fakePowerShell({ spawnError: error });
      const session = sessionOver(fake);
      session.warm();
      await vi.advanceTimersByTimeAsync(10);
      expect(session.lastStartFailure()).toBe(error.message);
      await vi.advanceTimersByTimeAsync(GAP - 10 - 1);
      expect(await session.request(REFRESH)).toEqual({ ok: false, stage: 'start', message: error.message });
      expect(fake.starts()).toBe(1);
      // At the gap it is tried again.
      fake.behaviour.spawnError = undefined;
      await vi.advanceTimersByTimeAsync(1);
      expect((await ask(session)).ok).toBe(true);
      expect(fake.starts()).toBe(2);
      expect(session.lastStartFailure()).toBeUndefined();
    });

    it('does not stop a request from waiting for the new session that is starting', async () => {
      const fake = fakePowerShell({ spawnError: new Error('spawn UNKNOWN') });
      const session = sessionOver(fake);
      session.warm();
      await vi.advanceTimersByTimeAsync(GAP);
      fake.behaviour.spawnError = undefined;
      const first = session.request(REFRESH);
      const second = session.request(REFRESH);
      const answers = await settledWithin(Promise.all([first, second]), 1000);
      expect(answers.map((a) => a.ok)).toEqual([true, true]);
      expect(fake.starts()).toBe(2);
    });

    it('is not a loss: a PowerShell that cannot start is not restarted in a loop, and nobody is told of a loss', async () => {
      const fake = fakePowerShell({ spawnError: new Error('spawn powershell.exe ENOENT') });
      const session = sessionOver(fake, { restartGapMs: 0 });
      const lost = vi.fn();
      session.onLost(lost);
      session.warm();
      await vi.advanceTimersByTimeAsync(60_000);
      expect(fake.starts()).toBe(1);
      expect(lost).not.toHaveBeenCalled();
    });

    it('nor is a start that never says ready, warm or asked', async () => {
      const fake = fakePowerShell({ readyAfterMs: 'never' });
      const session = sessionOver(fake, { startDeadlineMs: 3000, restartGapMs: 0 });
      const lost = vi.fn();
      session.onLost(lost);
      session.warm();
      await vi.advanceTimersByTimeAsync(3000);
      expect(session.lastStartFailure()).toBe('PowerShell did not start within 3000 ms (missing, or blocked by policy)');
      expect(await ask(session, 3000)).toEqual({ ok: false, stage: 'start', message: 'PowerShell did not start within 3000 ms (missing, or blocked by policy)' });
      await vi.advanceTimersByTimeAsync(60_000);
      expect(lost).not.toHaveBeenCalled();
      expect(fake.children.every((c) => c.killed)).toBe(true);
    });

    it('a spawner that throws (EPERM, UNKNOWN) is a failed start with the reason, never an exception', async () => {
      const throwing = (): never => {
        throw Object.assign(new Error('spawn UNKNOWN'), { code: 'UNKNOWN' });
      };
      const session = createPowerShellSession({ spawn: throwing, command: 'powershell.exe', args: [], ...DEADLINES });
      sessions.push(session);
      expect(await settledWithin(session.request(REFRESH), 10)).toEqual({ ok: false, stage: 'start', message: 'powershell.exe could not be started: spawn UNKNOWN' });
      expect(session.lastStartFailure()).toBe('powershell.exe could not be started: spawn UNKNOWN');
      expect(session.stats().starts).toBe(1);
    });
  });

  it('a PowerShell that refuses the script (Constrained Language Mode) fails its start with that reason, and is killed', async () => {
    const fake = fakePowerShell({ readyAfterMs: 'never' });
    const session = sessionOver(fake);
    const asked = session.request(REFRESH);
    await vi.advanceTimersByTimeAsync(50);
    fake.children[0]!.print('{"unavailable":"ConstrainedLanguage"}');
    expect(await settledWithin(asked, 10)).toEqual({ ok: false, stage: 'start', message: 'ConstrainedLanguage' });
    expect(session.lastStartFailure()).toBe('ConstrainedLanguage');
    expect(fake.children[0]!.killed).toBe(true);
    expect(fake.children[0]!.written).toEqual([]);
  });

  describe('the warm start', () => {
    it('starts one PowerShell before any request, and the first request uses it', async () => {
      const fake = fakePowerShell();
      const session = sessionOver(fake);
      session.warm();
      session.warm();
      expect(fake.starts()).toBe(1);
      await vi.advanceTimersByTimeAsync(1000);
      session.warm();
      expect((await ask(session)).ok).toBe(true);
      expect(fake.starts()).toBe(1);
      expect(fake.children[0]!.written).toHaveLength(1);
    });

    it('starts nothing once the session is closed', async () => {
      const fake = fakePowerShell();
      const session = sessionOver(fake);
      session.close();
      session.warm();
      await vi.advanceTimersByTimeAsync(1000);
      expect(fake.starts()).toBe(0);
    });
  });

  describe('ends at awkward moments', () => {
    it('a session that says ready and ends at once fails the request waiting for it, without waiting for a deadline', async () => {
      const fake = fakePowerShell({ readyAfterMs: 'never' });
      const session = sessionOver(fake);
      const asked = session.request(REFRESH);
      await vi.advanceTimersByTimeAsync(10);
      fake.children[0]!.print('{"ready":true}');
      fake.children[0]!.die();
      expect(await settledWithin(asked, 0)).toEqual({ ok: false, stage: 'lost', message: 'the PowerShell session ended' });
      expect(fake.children[0]!.written).toEqual([]);
    });

    it('a session that ends with an error while answering fails the request with that error', async () => {
      const fake = fakePowerShell({ mode: 'hang' });
      const session = sessionOver(fake);
      const asked = session.request(REFRESH);
      await vi.advanceTimersByTimeAsync(100);
      fake.children[0]!.die(new Error('kill EPERM'));
      const answer = await settledWithin(asked, 0);
      expect(answer).toMatchObject({ ok: false, stage: 'lost' });
      expect(!answer.ok && answer.message).toContain('kill EPERM');
      // An end after the start is no start failure.
      expect(session.lastStartFailure()).toBeUndefined();
    });

    it('a healthy session that dies leaves no start failure behind', async () => {
      const fake = fakePowerShell();
      const session = sessionOver(fake);
      expect((await ask(session)).ok).toBe(true);
      fake.children[0]!.die();
      expect(session.lastStartFailure()).toBeUndefined();
    });

    it('a request right after a hung session was killed gets a new session, and the killed one\'s end starts no third', async () => {
      const fake = fakePowerShell({ mode: 'hang' });
      const session = sessionOver(fake, { requestDeadlineMs: 1000, restartGapMs: 0 });
      const lost = vi.fn();
      session.onLost(lost);
      // Ready at 10 ms, the request's deadline at 1010 ms.
      expect(await ask(session, 1010)).toMatchObject({ ok: false, stage: 'lost' });
      // Killed; its end comes a moment later.
      expect(fake.children[0]!.ended).toBe(false);
      fake.behaviour.mode = 'answer';
      expect((await ask(session)).ok).toBe(true);
      expect(fake.starts()).toBe(2);
      expect(lost).toHaveBeenCalledTimes(1);
      session.close();
      await vi.advanceTimersByTimeAsync(10);
      expect(fake.children.map((c) => c.killed)).toEqual([true, true]);
    });

    it('a request right after a hung session was killed, within the gap, gets a new session: a hang is no failed start', async () => {
      const fake = fakePowerShell({ mode: 'hang' });
      const session = sessionOver(fake, { requestDeadlineMs: 1000 });
      expect(await ask(session, 1010)).toMatchObject({ ok: false, stage: 'lost' });
      fake.behaviour.mode = 'answer';
      expect((await ask(session)).ok).toBe(true);
      expect(fake.starts()).toBe(2);
    });

    it('a failed start\'s end does not drop the session started after it', async () => {
      const fake = fakePowerShell({ readyAfterMs: 'never' });
      const session = sessionOver(fake, { startDeadlineMs: 1000, restartGapMs: 0 });
      expect(await ask(session, 1000)).toMatchObject({ ok: false, stage: 'start' });
      // Killed; before its end arrives the next request starts another PowerShell.
      fake.behaviour.readyAfterMs = 10;
      const next = session.request(REFRESH);
      expect(fake.starts()).toBe(2);
      expect((await settledWithin(next, 100)).ok).toBe(true);
      expect((await ask(session)).ok).toBe(true);
      expect(fake.starts()).toBe(2);
    });

    it('a hung session killed just before close is not replaced, and nobody is told', async () => {
      const fake = fakePowerShell({ mode: 'hang' });
      const session = sessionOver(fake, { requestDeadlineMs: 1000 });
      const lost = vi.fn();
      session.onLost(lost);
      expect(await ask(session, 1010)).toMatchObject({ ok: false, stage: 'lost' });
      expect(fake.children[0]!.ended).toBe(false);
      session.close();
      await vi.advanceTimersByTimeAsync(60_000);
      expect(fake.starts()).toBe(1);
      expect(lost).not.toHaveBeenCalled();
    });

    it('an error answer to a request nobody waits for is ignored', async () => {
      const fake = fakePowerShell();
      const session = sessionOver(fake);
      expect((await ask(session)).ok).toBe(true);
      expect(() => fake.children[0]!.print('{"id":99,"error":"Get-CimInstance : Access denied"}')).not.toThrow();
      expect((await ask(session)).ok).toBe(true);
      expect(fake.starts()).toBe(1);
    });
  });

  it('tells lost-listeners until they unsubscribe', async () => {
    const fake = fakePowerShell();
    const session = sessionOver(fake);
    const kept = vi.fn();
    const dropped = vi.fn();
    session.onLost(kept);
    const stop = session.onLost(dropped);
    session.warm();
    await vi.advanceTimersByTimeAsync(GAP);
    fake.children[0]!.die();
    stop();
    await vi.advanceTimersByTimeAsync(GAP);
    fake.children[1]!.die();
    expect(kept).toHaveBeenCalledTimes(2);
    expect(dropped).toHaveBeenCalledTimes(1);
  });

  it('tells started-listeners of each start the session reports, until they unsubscribe', async () => {
    const fake = fakePowerShell();
    const session = sessionOver(fake);
    const first = vi.fn();
    const second = vi.fn();
    const stop = session.onStarted(first);
    session.onStarted(second);
    expect((await ask(session, 1000, { op: 'starts', processFilter: "Name LIKE '%AutoEntry%'" })).ok).toBe(true);
    fake.children[0]!.print('{"event":"started","pid":6160}');
    stop();
    fake.children[0]!.print('{"event":"started","pid":6161}');
    fake.children[0]!.print('{"event":"exited","pid":6162}');
    expect(first.mock.calls).toEqual([[6160]]);
    expect(second.mock.calls).toEqual([[6160], [6161]]);
  });

  it('counts the script written at each start in the bytes sent', async () => {
    const fake = fakePowerShell();
    const session = sessionOver(fake, { script: 'Write-Output "é"' });
    expect((await ask(session)).ok).toBe(true);
    const line = fake.children[0]!.written[0]!;
    expect(session.stats().bytesSent).toBe(Buffer.byteLength(scriptOnStdin('Write-Output "é"')) + Buffer.byteLength(line));
  });
});
