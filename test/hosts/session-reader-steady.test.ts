import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROBE_REGISTRY_ROOTS } from '../../src-shared/model/registry-roots.js';
import type { PowerShellSession, SessionAnswer } from '../../src-main/host/windows/session/powershell-session.js';
import type { RefreshRequest, SessionRequest } from '../../src-main/host/windows/session/session-protocol.js';
import { createSessionSystemReader, type SessionSystemReaderOptions } from '../../src-main/host/windows/session/session-system-reader.js';
import type { SystemRead } from '../../src-main/host/windows/windows-system-reader.js';

// The system reader over the session, with a scripted session (each answer chosen by the test)
// in fake time: what each refresh asks, what is shared and for how long, what steady state keeps
// between refreshes (identity, the Uninstall trees and what could not be read of them), when the
// one-shot run answers after the session could not start, and the race with the console tools.
const UNINSTALL = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall';
const IDENTITY = { computerName: 'OFFICE-PC1', userName: 'bookkeeper', sessionId: 1 };

type Answer = SessionAnswer | Promise<SessionAnswer>;
function scriptedSession(answer: (request: RefreshRequest) => Answer = () => ({ ok: true, body: { report: { errors: [] } } })) {
  const requests: RefreshRequest[] = [];
  const lostListeners = new Set<() => void>();
  const exitedListeners = new Set<(pid: number) => void>();
  const script = { answer };
  const session: PowerShellSession = {
    request: async (request: SessionRequest) => {
      if (request.op !== 'refresh') throw new Error(`unexpected ${request.op}`);
      requests.push(request);
      return script.answer(request);
    },
    warm: () => undefined,
    lastStartFailure: () => undefined,
    onExited: (listener) => (exitedListeners.add(listener), () => exitedListeners.delete(listener)),
    onStarted: () => () => false,
    onLost: (listener) => (lostListeners.add(listener), () => lostListeners.delete(listener)),
    stats: () => ({ starts: 0, bytesSent: 0, bytesReceived: 0 }),
    close: () => undefined,
  };
  return {
    session,
    requests,
    script,
    lose: () => lostListeners.forEach((l) => l()),
    exit: (pid: number) => exitedListeners.forEach((l) => l(pid)),
  };
}

const report = (body: Record<string, unknown>): SessionAnswer => ({ ok: true, body: { report: { errors: [], ...body } } });
const START_FAILED: SessionAnswer = { ok: false, stage: 'start', message: 'PowerShell did not start within 20000 ms (missing, or blocked by policy)' };

function readerOver(scripted: ReturnType<typeof scriptedSession>, options: Partial<SessionSystemReaderOptions> = {}) {
  const oneShots: Array<readonly string[] | undefined> = [];
  const reader = createSessionSystemReader({
    session: scripted.session,
    oneShot: async (roots) => {
      oneShots.push(roots);
      return { ok: true, report: { errors: [], processes: [] } };
    },
    cacheMs: 1000,
    retrySessionAfterMs: 5 * 60_000,
    uninstallMaxAgeMs: 15 * 60_000,
    ownerNamePatterns: ['AutoEntry', 'Sage'],
    clock: () => Date.now(),
    ...options,
  });
  return { reader, oneShots };
}

/** A read settled within `ms` of fake time, or a failure at once. */
async function within(read: Promise<SystemRead>, ms = 0): Promise<SystemRead> {
  let settled = false;
  void read.then(() => (settled = true));
  await vi.advanceTimersByTimeAsync(ms);
  if (!settled) throw new Error(`no answer within ${ms} ms`);
  return read;
}
const reportOf = (read: SystemRead) => {
  if (!read.ok) throw new Error(read.message);
  return read.report;
};

describe('the session system reader, in fake time', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-21T09:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('until narrowed, asks for every part and the probes\' registry roots, unfiltered, with the owner patterns', async () => {
    const scripted = scriptedSession(() => report({ identity: IDENTITY, processes: [] }));
    const { reader } = readerOver(scripted);
    const read = reportOf(await within(reader.read()));
    expect(scripted.requests).toEqual([
      { op: 'refresh', parts: ['identity', 'processes', 'services', 'registry', 'drives'], registryRoots: [...PROBE_REGISTRY_ROOTS], ownerPatterns: ['AutoEntry', 'Sage'] },
    ]);
    expect(read.narrowedTo).toBeUndefined();
    expect(read.identity).toEqual(IDENTITY);
  });

  it('shares a refresh until exactly cacheMs after it settled, and asks again with the roots read before and the new ones', async () => {
    const scripted = scriptedSession(() => report({}));
    const { reader } = readerOver(scripted);
    await within(reader.read(['HKCU\\Software\\Sage\\Line50']));
    await vi.advanceTimersByTimeAsync(999);
    await within(reader.read(['HKCU\\Software\\Sage\\Line50']));
    expect(scripted.requests).toHaveLength(1);
    // Another root within the second: asked again, with the root read before.
    await within(reader.read(['HKCU\\Software\\Intuit']));
    expect(scripted.requests).toHaveLength(2);
    expect(scripted.requests[1]!.registryRoots).toEqual([...PROBE_REGISTRY_ROOTS, 'HKCU\\Software\\Sage\\Line50', 'HKCU\\Software\\Intuit']);
    await vi.advanceTimersByTimeAsync(1000);
    await within(reader.read(['HKCU\\Software\\Intuit']));
    expect(scripted.requests).toHaveLength(3);
    // Not fresh any more: only the roots asked now.
    expect(scripted.requests[2]!.registryRoots).toEqual([...PROBE_REGISTRY_ROOTS, 'HKCU\\Software\\Intuit']);
  });

  it('a watched process that exited makes the next question ask again', async () => {
    const scripted = scriptedSession(() => report({ processes: [] }));
    const { reader } = readerOver(scripted);
    await within(reader.read());
    scripted.exit(5150);
    await within(reader.read());
    expect(scripted.requests).toHaveLength(2);
  });

  it('an answer lost or unreadable is a failed read with its reason, and is not shared', async () => {
    const scripted = scriptedSession(() => ({ ok: false, stage: 'lost', message: 'PowerShell could not answer: Get-CimInstance : Access denied' }));
    const { reader, oneShots } = readerOver(scripted);
    reader.narrowTo(['AutoEntry']);
    expect(await within(reader.read())).toEqual({ ok: false, message: 'PowerShell could not answer: Get-CimInstance : Access denied' });
    scripted.script.answer = () => report({ processes: 'not a list' });
    const unreadable = await within(reader.read());
    expect(unreadable.ok).toBe(false);
    expect(!unreadable.ok && unreadable.message).toMatch(/^PowerShell printed unexpected JSON/);
    expect(scripted.requests).toHaveLength(2);
    expect(oneShots).toEqual([]);
  });

  it('a failed refresh that settles after a newer one does not drop the newer one', async () => {
    const scripted = scriptedSession(() => new Promise<SessionAnswer>((resolve) => setTimeout(() => resolve({ ok: false, stage: 'lost', message: 'the PowerShell session ended while answering' }), 500)));
    const { reader } = readerOver(scripted);
    const slow = reader.read();
    scripted.script.answer = () => report({ processes: [] });
    const newer = reportOf(await within(reader.read(['HKCU\\Software\\Intuit'])));
    expect(newer.processes).toEqual([]);
    expect((await within(slow, 500)).ok).toBe(false);
    // Still within the newer refresh's second: shared.
    expect(reportOf(await within(reader.read(['HKCU\\Software\\Intuit']))).processes).toEqual([]);
    expect(scripted.requests).toHaveLength(2);
  });

  describe('narrowed (steady state)', () => {
    it('says what the lists were narrowed to, and asks with the filters and the owner patterns', async () => {
      const scripted = scriptedSession(() => report({ identity: IDENTITY, processes: [] }));
      const { reader } = readerOver(scripted);
      reader.narrowTo(['AutoEntry', 'Sync App']);
      const read = reportOf(await within(reader.read()));
      expect(read.narrowedTo).toBe('the Sync App (AutoEntry, Sync App), Sage and QuickBooks processes and services');
      expect(scripted.requests[0]).toMatchObject({ parts: ['identity', 'processes', 'services', 'registry', 'drives'], ownerPatterns: ['AutoEntry', 'Sage'] });
      expect(scripted.requests[0]!.processFilter).toContain("Name LIKE '%Sync App%'");
      expect(scripted.requests[0]!.serviceFilter).toContain("DisplayName LIKE '%Sync App%'");
    });

    it('asks identity until it has one, then gives back the one it has; a lost session makes it ask again', async () => {
      const scripted = scriptedSession(() => report({}));
      const { reader } = readerOver(scripted, { cacheMs: 0 });
      reader.narrowTo(['AutoEntry']);
      // Identity could not be read: asked again next time.
      expect(reportOf(await within(reader.read())).identity).toBeUndefined();
      scripted.script.answer = (request) => report(request.parts.includes('identity') ? { identity: IDENTITY } : {});
      expect(reportOf(await within(reader.read())).identity).toEqual(IDENTITY);
      expect(reportOf(await within(reader.read())).identity).toEqual(IDENTITY);
      expect(scripted.requests.map((r) => r.parts.includes('identity'))).toEqual([true, true, false]);
      scripted.lose();
      await within(reader.read());
      expect(scripted.requests.at(-1)!.parts).toContain('identity');
    });

    it('keeps the Uninstall trees and what could not be read of them, and gives back nothing else from before', async () => {
      const scripted = scriptedSession(() =>
        report({
          registry: [
            { key: `${UNINSTALL}\\Sage 50 Accounts`, values: { DisplayName: 'Sage 50 Accounts' } },
            { key: 'HKCU\\Network\\Z', values: { RemotePath: '\\\\OLDSRV\\Data' } },
          ],
          errors: [`registry ${UNINSTALL}\\{Locked}: Requested registry access is not allowed.`, 'registry HKCU\\Network\\Y: Requested registry access is not allowed.'],
        }),
      );
      const { reader } = readerOver(scripted, { cacheMs: 0 });
      reader.narrowTo(['AutoEntry']);
      const first = reportOf(await within(reader.read()));
      expect(first.registry!.map((k) => k.key)).toEqual([`${UNINSTALL}\\Sage 50 Accounts`, 'HKCU\\Network\\Z']);
      expect(scripted.requests[0]!.registryRoots).toEqual([...PROBE_REGISTRY_ROOTS]);
      // The drive Z: unmapped, S: mapped since; the Uninstall trees are not asked again.
      scripted.script.answer = () => report({ registry: [{ key: 'HKCU\\Network\\S', values: { RemotePath: '\\\\FILESRV\\Accounts' } }] });
      await vi.advanceTimersByTimeAsync(1000);
      const second = reportOf(await within(reader.read()));
      expect(scripted.requests[1]!.registryRoots).toEqual(PROBE_REGISTRY_ROOTS.filter((r) => !/Uninstall$/.test(r)));
      expect(second.registry!.map((k) => k.key)).toEqual(['HKCU\\Network\\S', `${UNINSTALL}\\Sage 50 Accounts`]);
      expect(second.errors).toEqual([`registry ${UNINSTALL}\\{Locked}: Requested registry access is not allowed.`]);
    });

    it('reads the Uninstall trees again exactly when they are uninstallMaxAgeMs old, not a millisecond sooner', async () => {
      const scripted = scriptedSession(() => report({ registry: [] }));
      const { reader } = readerOver(scripted, { cacheMs: 0, uninstallMaxAgeMs: 60_000 });
      reader.narrowTo(['AutoEntry']);
      const rereads = () => scripted.requests.map((r) => r.registryRoots.includes(UNINSTALL));
      await within(reader.read());
      await vi.advanceTimersByTimeAsync(59_999);
      await within(reader.read());
      await vi.advanceTimersByTimeAsync(1);
      await within(reader.read());
      expect(rereads()).toEqual([true, false, true]);
    });
  });

  describe('when the session cannot start', () => {
    it('uses the one-shot run, and tries the session again after the wait, doubled after each failed start up to the maximum', async () => {
      const scripted = scriptedSession(() => START_FAILED);
      const { reader, oneShots } = readerOver(scripted, { cacheMs: 0, retrySessionAfterMs: 1000, maxRetrySessionAfterMs: 3500 });
      // Asked at each edge: a millisecond before each try is due, and when it is.
      const start = Date.now();
      const askedSession: boolean[] = [];
      for (const at of [0, 999, 1000, 2999, 3000, 6499, 6500]) {
        await vi.advanceTimersByTimeAsync(start + at - Date.now());
        const asked = scripted.requests.length;
        const read = reportOf(await within(reader.read(['HKCU\\Software\\Sage'])));
        expect(read.processes).toEqual([]);
        askedSession.push(scripted.requests.length > asked);
      }
      // Waits of 1000, 2000, then 3500 (4000 capped); the one-shot run answers every time.
      expect(askedSession).toEqual([true, false, true, false, true, false, true]);
      expect(oneShots).toHaveLength(7);
      expect(oneShots[1]).toEqual(['HKCU\\Software\\Sage']);
      // Once it starts, a later failure waits the first wait again.
      scripted.script.answer = () => report({});
      await vi.advanceTimersByTimeAsync(3500);
      expect(reportOf(await within(reader.read())).processes).toBeUndefined();
      scripted.script.answer = () => START_FAILED;
      await within(reader.read());
      const failedAt = Date.now();
      await vi.advanceTimersByTimeAsync(999);
      await within(reader.read());
      const before = scripted.requests.length;
      await vi.advanceTimersByTimeAsync(1);
      await within(reader.read());
      expect(scripted.requests.length).toBe(before + 1);
      expect(Date.now() - failedAt).toBe(1000);
    });

    it('waits at most an hour between tries by default', async () => {
      const scripted = scriptedSession(() => START_FAILED);
      const { reader } = readerOver(scripted, { cacheMs: 0, retrySessionAfterMs: 40 * 60_000 });
      await within(reader.read());
      await vi.advanceTimersByTimeAsync(40 * 60_000);
      await within(reader.read());
      expect(scripted.requests).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(60 * 60_000 - 1);
      await within(reader.read());
      expect(scripted.requests).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(1);
      await within(reader.read());
      expect(scripted.requests).toHaveLength(3);
    });
  });

  describe('the race with the console tools', () => {
    const slowAnswer = (ms: number) => () => new Promise<SessionAnswer>((resolve) => setTimeout(() => resolve(report({ processes: [] })), ms));

    it('a session slower than its share of the deadline answers "not yet", and its answer serves the question after', async () => {
      const scripted = scriptedSession(slowAnswer(1000));
      const { reader } = readerOver(scripted, { answerWithinMs: () => 300, cacheMs: 5000 });
      const read = reader.read();
      await expect(within(read, 299)).rejects.toThrow('no answer within 299 ms');
      expect(await within(read, 1)).toEqual({ ok: false, message: 'PowerShell did not answer within 300 ms; the console tools answer this time' });
      await vi.advanceTimersByTimeAsync(700);
      expect(reportOf(await within(reader.read())).processes).toEqual([]);
      expect(scripted.requests).toHaveLength(1);
    });

    it('a session in time answers, and leaves no timer behind', async () => {
      const scripted = scriptedSession(slowAnswer(100));
      const { reader } = readerOver(scripted, { answerWithinMs: () => 300 });
      expect(reportOf(await within(reader.read(), 100)).processes).toEqual([]);
      expect(vi.getTimerCount()).toBe(0);
    });

    it('no share of the deadline (none given, or infinite): the session is waited for', async () => {
      for (const answerWithinMs of [undefined, () => Infinity]) {
        const scripted = scriptedSession(slowAnswer(60_000));
        const { reader } = readerOver(scripted, answerWithinMs ? { answerWithinMs } : {});
        expect(reportOf(await within(reader.read(), 60_000)).processes).toEqual([]);
      }
    });
  });
});
