import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src-shared/diagnose/diagnose.js';
import type { Observations } from '../../src-shared/model/observations.js';
import { codesOf, emptyObservations, only, problem } from '../support/observations-builder.js';

const syncCodes = (o: Observations, location?: string) => codesOf(diagnose(o, location === undefined ? {} : { syncAppLocation: location })).filter((c) => c.startsWith('syncapp.'));

function withProcess(o: Observations, p: Partial<Observations['syncApp']['processes'][number]> = {}): Observations {
  o.syncApp.processes.push({ pid: 4242, name: 'AutoEntry.SyncApp.exe', thisSession: true, ...p });
  return o;
}

describe('whether the Sync App runs here', () => {
  it('a process in this session is running, said with the user and when it started', () => {
    const report = diagnose(withProcess(emptyObservations(), { startedAt: '2026-11-20T08:05:00Z' }));
    expect(codesOf(report).filter((c) => c.startsWith('syncapp.'))).toEqual(['syncapp.running']);
    const f = only(report, 'syncapp.running');
    expect(f.severity).toBe('ok');
    expect(f.title).toBe('The AutoEntry Sync App is running');
    expect(f.detail).toBe('It runs on OFFICE-PC1 for jane, started 20 Nov 2026, 08:05 UTC.');
  });

  it('without a start time the running detail does not invent one', () => {
    expect(only(diagnose(withProcess(emptyObservations())), 'syncapp.running').detail).toBe('It runs on OFFICE-PC1 for jane.');
  });

  it('a running Windows service counts as running, named by its display name or else its name', () => {
    const o = emptyObservations();
    o.syncApp.services.push({ name: 'AESync', displayName: 'AutoEntry Sync Service', state: 'running' });
    expect(only(diagnose(o), 'syncapp.running').detail).toBe('It runs as the Windows service "AutoEntry Sync Service" on OFFICE-PC1.');
    o.syncApp.services[0] = { name: 'AESync', state: 'running' };
    expect(only(diagnose(o), 'syncapp.running').detail).toBe('It runs as the Windows service "AESync" on OFFICE-PC1.');
  });

  it('a process of this session is described before a running service', () => {
    const o = withProcess(emptyObservations());
    o.syncApp.services.push({ name: 'AESync', state: 'running' });
    expect(only(diagnose(o), 'syncapp.running').detail).toBe('It runs on OFFICE-PC1 for jane.');
  });

  it('only in another session: running, and other-session says whose and which session', () => {
    const o = withProcess(emptyObservations(), { thisSession: false, user: 'bob', sessionId: 3, startedAt: '2026-11-19T16:40:00Z' });
    const report = diagnose(o);
    expect(syncCodes(o)).toEqual(['syncapp.running', 'syncapp.other-session']);
    expect(only(report, 'syncapp.running').detail).toBe('It runs on OFFICE-PC1, in the Windows session of bob, started 19 Nov 2026, 16:40 UTC.');
    const other = only(report, 'syncapp.other-session');
    expect(other.severity).toBe('info');
    expect(other.title).toBe('The Sync App runs, but in another Windows session');
    expect(other.detail).toBe("It is running under bob (session 3), not in this session of jane. That is fine if AutoEntry is connected to that user's Sync App.");
    expect(only(report, 'syncapp.running').severity).toBe('ok');
  });

  it('another session with no user or session known still reads sensibly', () => {
    const report = diagnose(withProcess(emptyObservations(), { thisSession: false }));
    expect(only(report, 'syncapp.running').detail).toBe('It runs on OFFICE-PC1, in the Windows session of another user.');
    expect(only(report, 'syncapp.other-session').detail).toContain('under another user (session ?)');
  });

  it('running in this session as well as another is plainly running', () => {
    const o = withProcess(withProcess(emptyObservations(), { thisSession: false, user: 'bob' }));
    expect(syncCodes(o)).toEqual(['syncapp.running']);
  });

  it('a stopped service is not running: installed but not running, named by the service', () => {
    const o = emptyObservations();
    o.syncApp.services.push({ name: 'AESync', displayName: 'AutoEntry Sync Service', state: 'stopped' });
    const f = only(diagnose(o), 'syncapp.not-running');
    expect(f.severity).toBe('error');
    expect(f.title).toBe('The AutoEntry Sync App is installed but not running');
    expect(f.detail).toMatch(/^AutoEntry Sync Service is installed on OFFICE-PC1 but is not running/);
    o.syncApp.services[0] = { name: 'AESync', state: 'paused' };
    expect(only(diagnose(o), 'syncapp.not-running').detail).toMatch(/^AESync is installed on OFFICE-PC1/);
  });

  it('an installed program is named by its display name', () => {
    const o = emptyObservations();
    o.syncApp.installs.push({ displayName: 'AutoEntry Sync App 3.2', registryKey: 'HKLM\\Software\\X' });
    o.syncApp.services.push({ name: 'AESync', state: 'stopped' });
    expect(only(diagnose(o), 'syncapp.not-running').detail).toMatch(/^AutoEntry Sync App 3\.2 is installed on OFFICE-PC1/);
    expect(diagnose(o).status).toBe('error');
  });

  it('neither installed nor running is not-installed, an error that says how to name another computer', () => {
    const report = diagnose(emptyObservations());
    const f = only(report, 'syncapp.not-installed');
    expect(f.severity).toBe('error');
    expect(f.title).toBe('The AutoEntry Sync App is not on this PC');
    expect(f.detail).toContain('No AutoEntry Sync App is installed or running on OFFICE-PC1.');
    expect(report.status).toBe('error');
  });
});

describe('the Sync App location the user gave', () => {
  it('another computer while nothing runs here is elsewhere, info', () => {
    const o = emptyObservations();
    const report = diagnose(o, { syncAppLocation: '  SERVER2 ' });
    expect(syncCodes(o, '  SERVER2 ')).toEqual(['syncapp.elsewhere']);
    const f = only(report, 'syncapp.elsewhere');
    expect(f.severity).toBe('info');
    expect(f.title).toBe('The Sync App is expected on SERVER2, not on this PC');
    expect(f.detail).toBe("AutoEntry's Sync App location is SERVER2, and it is not running here on OFFICE-PC1. Whether it runs on SERVER2 can only be seen there (or on AutoEntry's Integrate page).");
  });

  it('another computer while it runs here is running plus a location mismatch, warn', () => {
    const o = withProcess(emptyObservations());
    const report = diagnose(o, { syncAppLocation: 'SERVER2' });
    expect(syncCodes(o, 'SERVER2')).toEqual(['syncapp.running', 'syncapp.location-mismatch']);
    const f = only(report, 'syncapp.location-mismatch');
    expect(f.severity).toBe('warn');
    expect(f.title).toBe('The Sync App runs here, but AutoEntry expects it on SERVER2');
    expect(f.detail).toContain('A Sync App is running on OFFICE-PC1, yet AutoEntry\'s Sync App location is SERVER2.');
    expect(report.status).toBe('warn');
  });

  it('running only in another session with another location: running, whose, and the mismatch', () => {
    const o = withProcess(emptyObservations(), { thisSession: false, user: 'bob' });
    expect(syncCodes(o, 'SERVER2')).toEqual(['syncapp.running', 'syncapp.other-session', 'syncapp.location-mismatch']);
  });

  it('this computer, under any of its names, or a blank location is no location at all', () => {
    for (const location of ['OFFICE-PC1', 'office-pc1.office.local', 'localhost', '', '   ']) {
      expect(syncCodes(emptyObservations(), location), location).toEqual(['syncapp.not-installed']);
      expect(syncCodes(withProcess(emptyObservations()), location), location).toEqual(['syncapp.running']);
    }
  });

  it('the inventory records a given location and whether it is this PC', () => {
    expect(diagnose(emptyObservations(), { syncAppLocation: ' SERVER2 ' }).inventory['syncApp']).toMatchObject({ location: 'SERVER2', locationIsThisPc: false });
    expect(diagnose(emptyObservations(), { syncAppLocation: 'office-pc1' }).inventory['syncApp']).toMatchObject({ location: 'office-pc1', locationIsThisPc: true });
    expect(diagnose(emptyObservations(), { syncAppLocation: '  ' }).inventory['syncApp']).not.toHaveProperty('location');
    expect(diagnose(emptyObservations()).inventory['syncApp']).not.toHaveProperty('locationIsThisPc');
  });
});

describe('Sync App verdicts rest on the look-ups that answered', () => {
  it('a failed process list turns not-installed into "could not check whether it is running"', () => {
    const o = emptyObservations();
    o.problems.push(problem('processes', 'Listing processes', 'error', 'tasklist ended with exit code 1'));
    const report = diagnose(o);
    expect(syncCodes(o)).toEqual(['syncapp.unknown']);
    const f = only(report, 'syncapp.unknown');
    expect(f.severity).toBe('warn');
    expect(f.title).toBe('Could not check whether the Sync App is running');
    expect(f.detail).toBe('Sync Doctor could not see what runs on OFFICE-PC1, so it cannot say whether the AutoEntry Sync App is running. What failed: Listing processes (tasklist ended with exit code 1).');
  });

  it('a failed service list alone also leaves "running" unchecked', () => {
    const o = emptyObservations();
    o.syncApp.installs.push({ displayName: 'AutoEntry Sync App', registryKey: 'HKLM\\X' });
    o.problems.push(problem('services', 'Listing services', 'timeout', 'no answer in 5 s'));
    expect(only(diagnose(o), 'syncapp.unknown').title).toBe('Could not check whether the Sync App is running');
  });

  it('only the registry failing: not running here, but whether it is installed is unknown', () => {
    const o = emptyObservations();
    o.problems.push(problem('registry', 'Reading installed programs', 'error', 'reg ended with exit code 1'));
    const f = only(diagnose(o), 'syncapp.unknown');
    expect(f.title).toBe('The Sync App is not running here; could not check whether it is installed');
    expect(f.detail).toBe('No AutoEntry Sync App process or service is running on OFFICE-PC1, but the list of installed programs could not be read, so Sync Doctor cannot tell whether it is installed here or runs on another computer. What failed: Reading installed programs (reg ended with exit code 1).');
  });

  it('a failed registry does not weaken "installed but not running", it rests on processes and services only', () => {
    const o = emptyObservations();
    o.syncApp.services.push({ name: 'AESync', state: 'stopped' });
    o.problems.push(problem('registry', 'Reading installed programs'));
    expect(syncCodes(o)).toEqual(['syncapp.not-running']);
  });

  it('elsewhere with the process list failed: cannot tell whether a second Sync App runs here', () => {
    const o = emptyObservations();
    o.problems.push(problem('processes', 'Listing processes', 'error', 'tasklist ended with exit code 1'));
    const f = only(diagnose(o, { syncAppLocation: 'SERVER2' }), 'syncapp.unknown');
    expect(f.title).toBe('Could not check whether the Sync App also runs here');
    expect(f.detail).toBe("AutoEntry's Sync App location is another computer, which is fine if it runs there; but Sync Doctor could not see what runs on OFFICE-PC1, so it cannot tell whether a second Sync App runs here too. What failed: Listing processes (tasklist ended with exit code 1).");
  });

  it('elsewhere with only the registry failed still stands, it does not rest on the registry', () => {
    const o = emptyObservations();
    o.problems.push(problem('registry', 'Reading installed programs'));
    expect(syncCodes(o, 'SERVER2')).toEqual(['syncapp.elsewhere']);
  });
});
