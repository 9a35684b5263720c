import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CommandRequest, CommandRunner } from '../../src-main/host/node/command-runner.js';
import type { Host } from '../../src-main/host/host.js';
import { windowsSessionControls } from '../../src-main/host/windows/session/session-controls.js';
import { createWindowsSessionHost, type WindowsSessionHostOptions } from '../../src-main/host/windows/session/windows-session-host.js';
import { createPosixHost } from '../../src-main/host/posix/posix-host.js';
import { officePcInventory, type OfficePcInventory } from '../support/office-pc-inventory.js';
import { fakePowerShell, settledWithin, type FakePowerShellBehaviour } from './support/fake-powershell.js';

// The Windows host over its PowerShell session, in fake time, with an in-memory PowerShell that
// answers from an office PC's inventory: what each refresh asks for, what is shared between
// questions, how the monitor's probes use the session, and where the one-shot run takes over.
const UNINSTALL = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall';
const atOrBelow = (key: string, root: string) => key.toLowerCase() === root.toLowerCase() || key.toLowerCase().startsWith(`${root.toLowerCase()}\\`);

/** Answers a refresh from the inventory, the parts and registry roots it asks for (WQL filters are Windows' business: not applied here). */
function answerFrom(inventory: () => OfficePcInventory) {
  return (request: Record<string, unknown>): Record<string, unknown> => {
    if (request['op'] === 'watch') return { watching: request['pids'] };
    if (request['op'] === 'starts') return {};
    const pc = inventory();
    const parts = new Set(request['parts'] as string[]);
    const roots = request['registryRoots'] as string[];
    const report: Record<string, unknown> = { errors: [] };
    if (parts.has('identity')) report['identity'] = pc.identity;
    if (parts.has('processes')) report['processes'] = pc.processes;
    if (parts.has('services')) report['services'] = pc.services;
    if (parts.has('registry')) report['registry'] = pc.registry.filter((k) => roots.some((root) => atOrBelow(k.key, root)));
    if (parts.has('drives')) report['drives'] = pc.drives;
    return { report };
  };
}

/** An office PC, cut down to its first programs, services and keys (the relevant ones come first): quick to answer and parse. */
function smallOfficePc(): OfficePcInventory {
  const pc = officePcInventory({ syncAppPid: 5150 });
  return { ...pc, processes: pc.processes.slice(0, 12), services: pc.services.slice(0, 10), registry: pc.registry.slice(0, 24) };
}

const hosts: Host[] = [];
/** `behaviour` is the PowerShell's from its first start: the host starts (warms) its session when it is created. */
function sessionHost(options: Partial<WindowsSessionHostOptions> = {}, behaviour: Partial<FakePowerShellBehaviour> = {}) {
  let inventory = smallOfficePc();
  const fake = fakePowerShell({ answer: answerFrom(() => inventory), ...behaviour });
  const commands: CommandRequest[] = [];
  const runner: CommandRunner = async (request) => {
    commands.push(request);
    return { ran: false, reason: 'not-found', message: `${request.command} was not found` };
  };
  const host = createWindowsSessionHost({
    env: { SystemRoot: 'C:\\Windows', COMPUTERNAME: 'OFFICE-PC1', USERNAME: 'bookkeeper' },
    clock: () => Date.now(),
    startDeadlineMs: 10_000,
    requestDeadlineMs: 10_000,
    restartGapMs: 0,
    runner,
    spawn: fake.spawn,
    ...options,
  });
  hosts.push(host);
  const requests = () => fake.children.flatMap((c) => c.written.map((line) => JSON.parse(line) as Record<string, unknown>));
  const refreshes = () => requests().filter((r) => r['op'] === 'refresh');
  return { host, fake, commands, requests, refreshes, setInventory: (next: OfficePcInventory) => void (inventory = next), controls: windowsSessionControls(host)! };
}

/** A host question answered within `ms` of fake time — or a failure at once, never a hang. */
const answered = <T>(question: Promise<T>, ms = 500): Promise<T> => settledWithin(question, ms);

describe('the Windows host over its PowerShell session', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-21T09:00:00Z') }));
  afterEach(() => {
    for (const host of hosts.splice(0)) windowsSessionControls(host)?.session.close();
    vi.useRealTimers();
  });

  it('is marked as a session host; other hosts have no session controls', () => {
    const { host, controls } = sessionHost();
    expect(controls.session).toBeDefined();
    expect(windowsSessionControls(host)).toBe(controls);
    expect(windowsSessionControls(createPosixHost())).toBeUndefined();
  });

  it('until narrowed, one refresh asks for everything, unfiltered, and answers every question asked together', async () => {
    const { host, fake, refreshes, commands } = sessionHost();
    const [processes, services, identity, registry] = await answered(Promise.all([host.processes(), host.services(), host.identity(), host.registry([UNINSTALL])]));
    expect(processes.ok && processes.value.length).toBe(12);
    expect(services.ok && services.value.length).toBe(10);
    expect(identity.ok && identity.value.computerName).toBe('OFFICE-PC1');
    expect(registry.ok && registry.value.length).toBeGreaterThan(10);
    expect(refreshes()).toHaveLength(1);
    const [asked] = refreshes();
    expect(asked).toMatchObject({ parts: ['identity', 'processes', 'services', 'registry', 'drives'], ownerPatterns: ['AutoEntry', 'Sage', 'QBW', 'QuickBooks', 'QBDBMgr'] });
    expect(asked).not.toHaveProperty('processFilter');
    expect(asked).not.toHaveProperty('serviceFilter');
    expect(asked!['registryRoots']).toEqual(expect.arrayContaining([UNINSTALL, 'HKCU\\Network']));
    expect(fake.starts()).toBe(1);
    expect(commands).toEqual([]);
  });

  it('shares a refresh for a second only; a question after that asks Windows again', async () => {
    const { host, refreshes } = sessionHost();
    await answered(host.processes());
    await vi.advanceTimersByTimeAsync(400);
    await answered(host.services(), 10);
    expect(refreshes()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    await answered(host.processes());
    expect(refreshes()).toHaveLength(2);
  });

  it('a question for a registry root the last refresh did not read asks again, with the roots read before', async () => {
    const { host, refreshes } = sessionHost();
    await answered(host.processes());
    const extra = 'HKCU\\Software\\Sage\\Line50';
    await answered(host.registry([extra]));
    expect(refreshes()).toHaveLength(2);
    expect(refreshes()[1]!['registryRoots']).toEqual(expect.arrayContaining([extra, UNINSTALL]));
  });

  it('narrowed, asks Windows only for the Sync App, Sage and QuickBooks, and for identity once per session', async () => {
    const { host, controls, refreshes } = sessionHost();
    controls.narrowTo(['AutoEntry']);
    const identity = await answered(host.identity());
    expect(identity.ok && identity.value.userName).toBe('bookkeeper');
    const [first] = refreshes();
    expect(first).toMatchObject({
      parts: ['identity', 'processes', 'services', 'registry', 'drives'],
      processFilter: expect.stringContaining("Name LIKE '%AutoEntry%'"),
      serviceFilter: expect.stringContaining("Name LIKE '%quickbooksdb%'"),
    });
    expect(first!['processFilter']).toContain("ExecutablePath LIKE '%qbw%'");
    await vi.advanceTimersByTimeAsync(2000);
    const again = await answered(host.identity());
    // Not asked again, and still answered.
    expect(refreshes()[1]!['parts']).toEqual(['processes', 'services', 'registry', 'drives']);
    expect(again.ok && again.value.computerName).toBe('OFFICE-PC1');
  });

  it('narrowed, reads the Uninstall trees again only when they are older than their maximum age, and answers them from what it read', async () => {
    const { host, controls, refreshes } = sessionHost({ uninstallMaxAgeMs: 60_000 });
    controls.narrowTo(['AutoEntry']);
    const first = await answered(host.registry([UNINSTALL]));
    const uninstallKeys = first.ok ? first.value.filter((k) => atOrBelow(k.key, UNINSTALL)).length : 0;
    expect(uninstallKeys).toBeGreaterThan(10);
    const hasUninstall = (i: number) => (refreshes()[i]!['registryRoots'] as string[]).some((r) => /Uninstall$/.test(r));
    expect(hasUninstall(0)).toBe(true);
    await vi.advanceTimersByTimeAsync(2000);
    const second = await answered(host.registry([UNINSTALL, 'HKCU\\Network']));
    expect(hasUninstall(1)).toBe(false);
    expect(second.ok && second.value.filter((k) => atOrBelow(k.key, UNINSTALL)).length).toBe(uninstallKeys);
    expect(second.ok && second.value.some((k) => k.key === 'HKCU\\Network\\S')).toBe(true);
    await vi.advanceTimersByTimeAsync(60_000);
    await answered(host.registry([UNINSTALL]));
    expect(hasUninstall(2)).toBe(true);
  });

  it('after a session is lost, asks identity again from the new one', async () => {
    const { host, fake, controls, refreshes } = sessionHost();
    controls.narrowTo(['AutoEntry']);
    await answered(host.processes());
    fake.children[0]!.die();
    await vi.advanceTimersByTimeAsync(2000);
    await answered(host.processes());
    expect(fake.starts()).toBe(2);
    expect(refreshes().at(-1)!['parts']).toContain('identity');
  });

  it('a refresh that fails is not shared: the next question asks again', async () => {
    const { host, fake, refreshes } = sessionHost();
    fake.behaviour.mode = 'error';
    const failed = await answered(host.processes());
    expect(failed.ok).toBe(false);
    fake.behaviour.mode = 'answer';
    const next = await answered(host.processes());
    expect(next.ok).toBe(true);
    expect(refreshes()).toHaveLength(2);
  });

  it('when the session cannot start, uses the one-shot PowerShell run, and tries the session again only minutes later', async () => {
    const { host, fake, commands } = sessionHost({ startDeadlineMs: 5000 }, { readyAfterMs: 'never' });
    await answered(host.processes(), 6000);
    expect(fake.starts()).toBe(1);
    expect(commands.map((c) => c.command)).toContain('C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe');
    await vi.advanceTimersByTimeAsync(2000);
    await answered(host.processes(), 6000);
    expect(fake.starts()).toBe(1);
    fake.behaviour.readyAfterMs = 10;
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    const back = await answered(host.processes());
    expect(fake.starts()).toBe(2);
    expect(back.ok).toBe(true);
  });

  it('"did a Sync App process appear?": the session is asked once to follow the Sync App\'s starts, then says so itself; no question per second', async () => {
    const { host, fake, controls, requests } = sessionHost();
    const appeared = controls.processStarts(['AutoEntry']);
    expect(await answered(appeared())).toBe(false); // the first answer only learns
    const follow = { op: 'starts', processFilter: "Name LIKE '%AutoEntry%' OR ExecutablePath LIKE '%AutoEntry%'" };
    expect(requests().filter((r) => r['op'] === 'starts')).toEqual([{ id: expect.any(Number), ...follow }]);
    const asked = requests().length;
    for (let second = 0; second < 10; second += 1) expect(await answered(appeared())).toBe(false);
    expect(requests()).toHaveLength(asked); // ten more questions, nothing sent to PowerShell
    // A question answered now is shared by the next within the second…
    await answered(host.processes());
    const refreshes = requests().length;
    fake.children[0]!.print('{"event":"started","pid":6160}');
    expect(await answered(appeared())).toBe(true);
    expect(await answered(appeared())).toBe(false); // said once
    // …unless a new Sync App appeared: then the next question asks again.
    await answered(host.processes());
    expect(requests().length).toBe(refreshes + 1);
  });

  it('"did a Sync App process appear?": a start the session reports goes to the listeners at once (the monitor checks), not again to the next question', async () => {
    const { host, fake, controls, requests } = sessionHost();
    const appeared = controls.processStarts(['AutoEntry']);
    const heard: number[] = [];
    const stop = appeared.onAppeared(() => heard.push(Date.now()));
    expect(await answered(appeared())).toBe(false);
    await answered(host.processes());
    const refreshes = requests().length;
    fake.children[0]!.print('{"event":"started","pid":6161}');
    expect(heard).toHaveLength(1);
    expect(await answered(appeared())).toBe(false);
    await answered(host.processes()); // the refresh from before the start is not shared
    expect(requests().length).toBe(refreshes + 1);
    stop();
    fake.children[0]!.print('{"event":"started","pid":6162}');
    expect(heard).toHaveLength(1);
    expect(await answered(appeared())).toBe(true); // no listener: kept for the next question
  });

  it('"did a Sync App process appear?": a session that replaced a lost one is asked to follow again, and its first answer only learns', async () => {
    const { fake, controls, requests } = sessionHost();
    const appeared = controls.processStarts(['AutoEntry']);
    expect(await answered(appeared())).toBe(false);
    fake.children[0]!.die();
    await vi.advanceTimersByTimeAsync(100);
    expect(await answered(appeared())).toBe(false);
    expect(fake.starts()).toBe(2);
    expect(requests().filter((r) => r['op'] === 'starts')).toHaveLength(2);
    fake.children[1]!.print('{"event":"started","pid":6161}');
    expect(await answered(appeared())).toBe(true);
  });

  it('"did a Sync App process appear?" throws when the session cannot start, and says no when an answer is lost', async () => {
    const hung = sessionHost({ requestDeadlineMs: 3000 });
    hung.fake.behaviour.mode = 'hang';
    expect(await answered(hung.controls.processStarts(['AutoEntry'])(), 4000)).toBe(false);
    const { controls } = sessionHost({ startDeadlineMs: 5000 }, { readyAfterMs: 'never' });
    const refused = controls.processStarts(['AutoEntry'])();
    const caught = answered(refused.catch((error: unknown) => error), 6000);
    expect(await caught).toEqual(new Error('PowerShell did not start within 5000 ms (missing, or blocked by policy)'));
  });

  it('watches the processes it is told, once per change of the list, again after a session is lost, and reports their exits', async () => {
    const { host, fake, controls, requests } = sessionHost();
    const exits: number[] = [];
    controls.processExits.onExit((pid) => void exits.push(pid));
    await answered(host.processes());
    controls.processExits.watch([5150, 4120, 5150]);
    await vi.advanceTimersByTimeAsync(500);
    controls.processExits.watch([4120, 5150]);
    await vi.advanceTimersByTimeAsync(500);
    const watches = () => requests().filter((r) => r['op'] === 'watch').map((r) => r['pids']);
    expect(watches()).toEqual([[4120, 5150]]);
    // The exit comes as it happens, and the next question does not get the refresh from before it.
    fake.children[0]!.print('{"event":"exited","pid":5150}');
    expect(exits).toEqual([5150]);
    const before = requests().length;
    await answered(host.processes());
    expect(requests().length).toBe(before + 1);
    // Lost: the new session is told what to watch.
    fake.children[0]!.die();
    await vi.advanceTimersByTimeAsync(500);
    expect(fake.starts()).toBe(2);
    expect(fake.children[1]!.written.map((l) => JSON.parse(l) as Record<string, unknown>).filter((r) => r['op'] === 'watch').map((r) => r['pids'])).toEqual([[4120, 5150]]);
    controls.processExits.watch([]);
    await vi.advanceTimersByTimeAsync(500);
    expect(watches().at(-1)).toEqual([]);
    // Watching nothing: a lost session has nothing to be told.
    fake.children[1]!.die();
    await vi.advanceTimersByTimeAsync(500);
    expect(fake.children[2]?.written.filter((l) => l.includes('"watch"')) ?? []).toEqual([]);
  });
});
