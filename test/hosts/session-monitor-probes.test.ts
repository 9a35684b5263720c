import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPowerShellSession, type PowerShellSession } from '../../src-main/host/windows/session/powershell-session.js';
import { sessionExitWatch, sessionProcessStarts } from '../../src-main/host/windows/session/session-monitor-probes.js';
import { fakePowerShell, settledWithin } from './support/fake-powershell.js';

// The monitor's two probes over the session (fake time, an in-memory PowerShell): the exits of
// the processes it is told to watch, and the starts of the Sync App's processes the session
// follows — what is sent to PowerShell, and what a start or exit reported at any moment becomes.
const sessions: PowerShellSession[] = [];
function over(fake: ReturnType<typeof fakePowerShell>, requestDeadlineMs = 20_000) {
  const session = createPowerShellSession({ spawn: fake.spawn, command: 'powershell.exe', args: [], startDeadlineMs: 20_000, requestDeadlineMs, restartGapMs: 0 });
  sessions.push(session);
  return session;
}
const sent = (fake: ReturnType<typeof fakePowerShell>, op: string) =>
  fake.children.flatMap((c) => c.written.map((l) => JSON.parse(l) as Record<string, unknown>)).filter((r) => r['op'] === op);

describe('the monitor probes over the session', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-21T09:00:00Z') }));
  afterEach(() => {
    for (const session of sessions.splice(0)) session.close();
    vi.useRealTimers();
  });

  it('watching nothing, as at the start, sends nothing', async () => {
    const fake = fakePowerShell();
    const watch = sessionExitWatch(over(fake));
    watch.watch([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(fake.starts()).toBe(0);
    watch.watch([4120]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent(fake, 'watch').map((r) => r['pids'])).toEqual([[4120]]);
  });

  it('a start reported before the session was asked to follow starts is nobody\'s business', async () => {
    const fake = fakePowerShell();
    const session = over(fake);
    const invalidated = vi.fn();
    const appeared = sessionProcessStarts(session, ['AutoEntry'], invalidated);
    const heard = vi.fn();
    appeared.onAppeared(heard);
    session.warm();
    await vi.advanceTimersByTimeAsync(100);
    fake.children[0]!.print('{"event":"started","pid":6160}');
    expect(heard).not.toHaveBeenCalled();
    expect(invalidated).not.toHaveBeenCalled();
    expect(await settledWithin(appeared(), 1000)).toBe(false);
    fake.children[0]!.print('{"event":"started","pid":6161}');
    expect(invalidated).toHaveBeenCalledTimes(1);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('a start reported goes first to the host (its refresh dropped), then to the listeners', async () => {
    const fake = fakePowerShell();
    const session = over(fake);
    const order: string[] = [];
    const appeared = sessionProcessStarts(session, ['AutoEntry'], () => order.push('host'));
    appeared.onAppeared(() => order.push('monitor'));
    expect(await settledWithin(appeared(), 1000)).toBe(false);
    fake.children[0]!.print('{"event":"started","pid":6160}');
    expect(order).toEqual(['host', 'monitor']);
  });

  it('a "starts" request whose answer is lost is sent again by the next question', async () => {
    const fake = fakePowerShell({ mode: 'hang' });
    const appeared = sessionProcessStarts(over(fake, 1000), ['AutoEntry']);
    expect(await settledWithin(appeared(), 1100)).toBe(false);
    fake.behaviour.mode = 'answer';
    expect(await settledWithin(appeared(), 1000)).toBe(false);
    expect(sent(fake, 'starts')).toHaveLength(2);
    // Following now: no more requests.
    expect(await settledWithin(appeared(), 1000)).toBe(false);
    expect(sent(fake, 'starts')).toHaveLength(2);
  });

  it('a start seen while nobody listens is said once to the next question, and not after the session was asked again', async () => {
    const fake = fakePowerShell();
    const appeared = sessionProcessStarts(over(fake), ['AutoEntry']);
    expect(await settledWithin(appeared(), 1000)).toBe(false);
    fake.children[0]!.print('{"event":"started","pid":6160}');
    // The session is lost before the question: the new one's first answer only learns.
    fake.children[0]!.die();
    await vi.advanceTimersByTimeAsync(100);
    expect(await settledWithin(appeared(), 1000)).toBe(false);
    expect(await settledWithin(appeared(), 1000)).toBe(false);
  });
});
