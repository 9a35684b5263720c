import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src-shared/diagnose/diagnose.js';
import { buildInventory } from '../../src-shared/diagnose/build-inventory.js';
import type { Observations } from '../../src-shared/model/observations.js';
import { codesOf, companyFile, configured, dataset, DIR, emptyObservations, FILE, MISSING, only, PD, problem, recent, sageVersion, unreadableVersion } from '../support/observations-builder.js';

describe('the AutoEntry paths', () => {
  it('no path given is path.not-configured, a warning, and nothing else about paths', () => {
    const report = diagnose(emptyObservations());
    const f = only(report, 'path.not-configured');
    expect(f.severity).toBe('warn');
    expect(f.title).toBe('No AutoEntry file path given');
    expect(f.detail).toMatch(/^Sync Doctor cannot compare AutoEntry with Sage or QuickBooks until it knows the file path/);
    expect(f).not.toHaveProperty('configuredPath');
  });

  it('a spelling that is not a path is missing, whatever else failed, with the reason', () => {
    const o = emptyObservations();
    o.configured.push(configured('Company.000', MISSING), configured('Books.QBW', MISSING));
    o.problems.push(problem('paths', 'Looking at Company.000'));
    const [sage, books] = diagnose(o).findings.filter((f) => f.code === 'path.missing');
    expect(sage!.title).toBe('The AutoEntry path is not a valid path');
    expect(sage!.detail.length).toBeGreaterThan(5);
    expect(sage!.detail).toBe(o.configured[0]!.path.invalidReason);
    expect(sage!.software).toBe('sage');
    expect(books!.software).toBe('quickbooks');
    const bare = emptyObservations();
    bare.configured.push({ ...configured('Company.000', MISSING), path: { spelled: 'Company.000' } });
    expect(only(diagnose(bare), 'path.missing').detail).toBe('It is not a full path.');
  });

  it('a share that cannot be reached, or did not answer, is unreachable, with a word on shares or drives', () => {
    const o = emptyObservations();
    o.configured.push(
      configured('\\\\SRV\\Sage\\Company.000', { state: 'unreachable', message: 'the network path was not found' }),
      configured('S:\\Sage\\Company.000', { state: 'timeout', message: 'no answer in 5 s' }),
      configured('E:\\Books\\Cafe.QBW', { state: 'error', message: 'the device is not ready' }),
    );
    const [share, slow, drive] = diagnose(o).findings.filter((f) => f.code === 'path.unreachable');
    expect(share!.severity).toBe('error');
    expect(share!.title).toBe('The AutoEntry path cannot be reached');
    expect(share!.detail).toBe('\\\\SRV\\Sage\\Company.000: the network path was not found. The server or shared folder may be off, disconnected, or unreachable from this PC.');
    expect(slow!.title).toBe('The AutoEntry path did not answer in time');
    // Plain words first; the look-up's own message (a deadline) is evidence for IT.
    expect(slow!.detail).toBe('S:\\Sage\\Company.000 did not answer in time. The drive may be missing or disconnected.');
    expect(slow!.evidence).toEqual(['no answer in 5 s']);
    expect(drive!.title).toBe('The AutoEntry path cannot be reached');
    expect(drive!.software).toBe('quickbooks');
    expect(drive!.configuredPath).toBe('E:\\Books\\Cafe.QBW');
  });

  it('a path this user may not read is denied, naming the user', () => {
    const o = emptyObservations();
    o.configured.push(configured('C:\\Locked\\Company.000', { state: 'denied', message: 'access is denied' }));
    const f = only(diagnose(o), 'path.denied');
    expect(f.severity).toBe('error');
    expect(f.title).toBe('This Windows user may not open the AutoEntry path');
    expect(f.detail).toBe('C:\\Locked\\Company.000 exists, but jane is not allowed to read it. The Sync App needs the same access as Sage or QuickBooks.');
  });
});

describe('the inventory', () => {
  function full(): Observations {
    const o = emptyObservations();
    o.source = 'snapshot of OFFICE-PC1';
    o.syncApp.processes.push(
      { pid: 1, name: 'AutoEntry.SyncApp.exe', thisSession: true, path: 'C:\\AE\\AutoEntry.SyncApp.exe', user: 'jane', sessionId: 1, startedAt: '2026-11-20T08:00:00Z' },
      { pid: 2, name: 'AutoEntry.SyncApp.exe', thisSession: false },
    );
    o.syncApp.services.push(
      { name: 'AESync', displayName: 'AutoEntry Sync', state: 'running', pid: 3, path: 'C:\\AE\\svc.exe' },
      { name: 'AESync2', state: 'running' },
      { name: 'AEOld', displayName: 'AutoEntry Old', state: 'stopped' },
      { name: 'AEOld2', state: 'paused' },
    );
    o.syncApp.installs.push({ displayName: 'AutoEntry Sync App', version: '3.2', installLocation: 'C:\\AE', registryKey: 'K1' }, { displayName: 'Bare', registryKey: 'K2' });
    o.sage.versions.push(
      unreadableVersion('2026', 32, 'it is not text'),
      sageVersion('2025', 31, [
        dataset(`${PD}\\2025\\Company.000`, DIR, null),
        dataset('\\\\SRV\\Sage\\Shop.001', DIR, true, '2026-11-19T16:40:00Z'),
        dataset('D:\\Gone.001', MISSING, null),
        dataset('D:\\Odd.001', { state: 'timeout', message: 'no answer' }, null),
        dataset('D:\\File.001', FILE, false),
      ], '2025-04-02T08:00:00Z'),
    );
    o.sage.services.push({ name: 'SageSvc', displayName: 'Sage Data', state: 'running' }, { name: 'SageOther', state: 'stopped' });
    o.sage.installs.push({ displayName: 'Sage 50 Accounts', registryKey: 'K3' });
    o.quickbooks.versions.push('2024');
    o.quickbooks.recent.push(recent('C:\\Q\\A.QBW', 0));
    o.quickbooks.companyFiles.push(
      companyFile('C:\\Q\\A.QBW', { state: 'file', size: 100, mtime: '2026-11-01T00:00:00Z' }, { file: 'C:\\Q\\A.QBW.ND', hostName: 'QBSERVER', serverMode: 1, hostedHere: false }),
      companyFile('C:\\Q\\B.QBW', MISSING, { file: 'C:\\Q\\B.QBW.ND', hostName: 'QBSERVER', serverMode: 2 }),
      companyFile('C:\\Q\\C.QBW', DIR),
      companyFile('C:\\Q\\D.QBW', { state: 'denied', message: 'no' }),
    );
    o.quickbooks.services.push({ name: 'QuickBooksDB34', state: 'stopped', displayName: 'ignored here' });
    o.quickbooks.processes.push({ pid: 9, name: 'QBW32.EXE' });
    o.configured.push(configured('C:\\Q\\A.QBW', FILE), configured('D:\\Gone.001', MISSING));
    return o;
  }

  it('lists everything that was seen, in the shape the window reads', () => {
    const o = full();
    expect(diagnose(o, { syncAppLocation: 'SERVER2' }).inventory).toStrictEqual({
      source: 'snapshot of OFFICE-PC1',
      machine: o.machine,
      drives: o.drives,
      syncApp: {
        running: [
          { kind: 'process', name: 'AutoEntry.SyncApp.exe', pid: 1, thisSession: true, path: 'C:\\AE\\AutoEntry.SyncApp.exe', user: 'jane', sessionId: 1, startedAt: '2026-11-20T08:00:00Z' },
          { kind: 'process', name: 'AutoEntry.SyncApp.exe', pid: 2, thisSession: false },
          { kind: 'service', name: 'AutoEntry Sync', thisSession: true, pid: 3, path: 'C:\\AE\\svc.exe' },
          { kind: 'service', name: 'AESync2', thisSession: true },
        ],
        stoppedServices: [{ name: 'AEOld', displayName: 'AutoEntry Old' }, { name: 'AEOld2' }],
        installed: [{ displayName: 'AutoEntry Sync App', version: '3.2', installLocation: 'C:\\AE' }, { displayName: 'Bare' }],
        location: 'SERVER2',
        locationIsThisPc: false,
      },
      sage: {
        versionInUse: '2026',
        versions: [
          { name: '2026', version: 32, companyFile: `${PD}\\2026\\COMPANY`, readable: false, problem: 'it is not text', datasets: [] },
          {
            name: '2025',
            version: 31,
            companyFile: `${PD}\\2025\\COMPANY`,
            listedAt: '2025-04-02T08:00:00Z',
            readable: true,
            datasets: [
              { path: `${PD}\\2025\\Company.000`, exists: true, network: false },
              { path: '\\\\SRV\\Sage\\Shop.001', exists: true, network: true, lastWrite: '2026-11-19T16:40:00Z' },
              { path: 'D:\\Gone.001', exists: false, network: false },
              { path: 'D:\\Odd.001', exists: null, network: false },
              { path: 'D:\\File.001', exists: false, network: false },
            ],
          },
        ],
        services: [{ name: 'SageSvc', state: 'running', displayName: 'Sage Data' }, { name: 'SageOther', state: 'stopped' }],
        installed: ['Sage 50 Accounts'],
        running: false,
      },
      quickbooks: {
        versions: ['2024'],
        recentFiles: [{ path: 'C:\\Q\\A.QBW', listedIn: 'C:\\Users\\jane\\AppData\\Local\\Intuit\\QuickBooks 2024\\QBWUSER.INI' }],
        companyFiles: [
          { path: 'C:\\Q\\A.QBW', exists: true, modified: '2026-11-01T00:00:00Z', size: 100, hostedBy: 'QBSERVER', hostedHere: false, serverMode: 1 },
          { path: 'C:\\Q\\B.QBW', exists: false, serverMode: 2 },
          { path: 'C:\\Q\\C.QBW', exists: true },
          { path: 'C:\\Q\\D.QBW', exists: null },
        ],
        services: [{ name: 'QuickBooksDB34', state: 'stopped' }],
        running: true,
      },
      configuredPaths: ['C:\\Q\\A.QBW', 'D:\\Gone.001'],
    });
  });

  it('Sage and QuickBooks count as running when one of their processes is seen', () => {
    const o = emptyObservations();
    expect(buildInventory(o).sage.running).toBe(false);
    expect(buildInventory(o).quickbooks.running).toBe(false);
    o.sage.processes.push({ pid: 1, name: 'Sage.exe' });
    expect(buildInventory(o).sage.running).toBe(true);
    expect(buildInventory(o).quickbooks.running).toBe(false);
  });

  it('with nothing found the inventory is empty lists, no version in use and no location', () => {
    const inv = buildInventory(emptyObservations(), '   ');
    expect(inv.syncApp).toStrictEqual({ running: [], stoppedServices: [], installed: [] });
    expect(inv.sage).toStrictEqual({ versions: [], services: [], installed: [], running: false });
    expect(inv.quickbooks).toStrictEqual({ versions: [], recentFiles: [], companyFiles: [], services: [], running: false });
    expect(inv.configuredPaths).toEqual([]);
  });

  it('the report keeps the findings of a full machine in the order of the rules: Sync App, paths, Sage, QuickBooks, look-ups', () => {
    const o = full();
    o.problems.push(problem('drives', 'Listing drives', 'timeout', 'no answer'));
    const c = codesOf(diagnose(o));
    const first = (prefix: string) => c.findIndex((x) => x.startsWith(prefix));
    expect(first('syncapp.')).toBe(0);
    expect(first('syncapp.')).toBeLessThan(first('path.'));
    expect(first('path.')).toBeLessThan(first('sage.'));
    expect(first('sage.')).toBeLessThan(first('quickbooks.'));
    expect(first('quickbooks.')).toBeLessThan(first('probe.'));
    // Every finding of the report carries guidance steps in words.
    for (const f of diagnose(o).findings) for (const step of f.guidance) expect(step.text.length).toBeGreaterThan(0);
  });
});
