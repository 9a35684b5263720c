import { describe, expect, it } from 'vitest';
import type { Report } from '../../src-shared/model/report-schema.js';
import { syncAppPids, syncAppRunning } from '../../src-shared/report/report-inventory.js';
import { deriveWatchTargets } from '../../src-main/monitor/watch-targets.js';

// What the monitor reads from a report's inventory (left open by the report schema): which Sync
// App processes it follows and which files it watches. A malformed part reads as empty, never
// as something seen, and never stops the monitor.
function report(inventory: unknown): Report {
  return { format: 'sync-doctor/report@1', status: 'ok', generatedAt: '', machine: { computerName: 'PC', userName: 'u' }, findings: [], inventory: inventory as Record<string, unknown> };
}
const running = (...entries: unknown[]) => report({ syncApp: { running: entries } });
const NO_INPUTS = { autoentryPaths: [], syncAppPatterns: [] };

describe('which Sync App processes the monitor follows', () => {
  it('each process once, in pid order; a service is not followed by pid but counts as running', () => {
    const seen = running(
      { kind: 'process', name: 'AutoEntry.SyncApp', pid: 4120, thisSession: true },
      { kind: 'service', name: 'AutoEntrySync', pid: 77 },
      { kind: 'process', name: 'AutoEntry.SyncApp', pid: 812, thisSession: false },
      { kind: 'process', name: 'AutoEntry.SyncApp', pid: 4120, thisSession: true },
      { kind: 'process', name: 'AutoEntry.SyncApp', pid: 99, thisSession: true },
    );
    expect(syncAppPids(seen)).toEqual([99, 812, 4120]);
    expect(syncAppRunning(seen)).toBe(true);
    const serviceOnly = running({ kind: 'service', name: 'AutoEntrySync' });
    expect(syncAppPids(serviceOnly)).toEqual([]);
    expect(syncAppRunning(serviceOnly)).toBe(true);
  });

  it('a process without a usable pid is running but not followed; the others still are', () => {
    const seen = running({ kind: 'process', name: 'AutoEntry.SyncApp', pid: '4120' }, { kind: 'process', pid: 4.5 }, { kind: 'process', pid: 812, name: 7, thisSession: 'yes' });
    expect(syncAppPids(seen)).toEqual([812]);
    expect(syncAppRunning(running({ kind: 'process', name: 'AutoEntry.SyncApp' }))).toBe(true);
  });

  it('nothing running, nothing seen, or a part that is not what it should be: nothing followed, not running', () => {
    for (const inventory of [{}, { syncApp: { running: [] } }, { syncApp: 'AutoEntry' }, { syncApp: { running: 'AutoEntry' } }, { syncApp: null }, null, 'inventory', []]) {
      expect(syncAppPids(report(inventory))).toEqual([]);
      expect(syncAppRunning(report(inventory))).toBe(false);
    }
    expect(syncAppPids(undefined)).toEqual([]);
    expect(syncAppRunning(undefined)).toBe(false);
  });
});

describe('which files the monitor watches, from an inventory that is partly malformed', () => {
  it('a Sage version with a malformed name or network flag is still watched, read as local', () => {
    const inventory = { sage: { versions: [{ name: 2024, companyFile: '/sage/2024/COMPANY', datasets: [{ path: '/data/Company.000', network: 'yes' }] }] } };
    expect(deriveWatchTargets(report(inventory), NO_INPUTS, 'posix')).toEqual([
      { path: '/sage/2024/COMPANY', polling: false },
      { path: '/data/Company.000', polling: false },
    ]);
  });

  it('a malformed Sage, QuickBooks or drive part is read as empty; the other parts are still watched', () => {
    const inventory = {
      drives: 'S: network',
      sage: 'nonsense',
      quickbooks: { recentFiles: 'QBWUSER.INI', companyFiles: [{ path: '/books/Harbour.QBW' }] },
    };
    expect(deriveWatchTargets(report(inventory), NO_INPUTS, 'posix')).toEqual([
      { path: '/books/Harbour.QBW', polling: false },
      { path: '/books/Harbour.QBW.ND', polling: false },
    ]);
    expect(deriveWatchTargets(report({ quickbooks: 'nonsense', sage: { versions: 'nonsense' } }), NO_INPUTS, 'posix')).toEqual([]);
    expect(deriveWatchTargets(report({ quickbooks: { recentFiles: [{ path: '/b/H.QBW', listedIn: '/qb/QBWUSER.INI' }], companyFiles: 'nonsense' } }), NO_INPUTS, 'posix')).toEqual([{ path: '/qb/QBWUSER.INI', polling: false }]);
    expect(deriveWatchTargets(report({ sage: { versions: [{ companyFile: '/sage/COMPANY', datasets: 'nonsense' }] } }), NO_INPUTS, 'posix')).toEqual([{ path: '/sage/COMPANY', polling: false }]);
  });

  it('a drive of unknown or missing kind is local: its paths are not polled', () => {
    const drives = [{ letter: 'S:', kind: 'network' }, { letter: 'T:' }, { letter: 'U:', kind: 3 }];
    const targets = deriveWatchTargets(report({ drives }), { autoentryPaths: ['S:\\A\\Company.000', 'T:\\A\\Company.000', 'U:\\A\\Company.000'], syncAppPatterns: [] }, 'windows');
    expect(targets.map((t) => t.polling)).toEqual([true, false, false]);
  });
});
