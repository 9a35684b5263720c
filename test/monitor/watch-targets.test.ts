import { describe, expect, it } from 'vitest';
import type { Report } from '../../src-shared/model/report-schema.js';
import { deriveWatchTargets, MAX_WATCH_TARGETS } from '../../src-main/monitor/watch-targets.js';

function report(inventory: Record<string, unknown>): Report {
  return { format: 'sync-doctor/report@1', status: 'ok', generatedAt: '', machine: { computerName: 'PC', userName: 'u' }, findings: [], inventory };
}

const windowsInventory = {
  drives: [
    { letter: 'C:', kind: 'fixed' },
    { letter: 'S:', kind: 'network', remote: '\\\\FILESRV\\Accounts' },
  ],
  sage: {
    versions: [
      {
        name: '2025',
        companyFile: 'C:\\ProgramData\\Sage\\Accounts\\2025\\COMPANY',
        datasets: [
          { path: 'C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000', network: false },
          { path: 'S:\\Sage\\Company.001', network: true },
        ],
      },
    ],
  },
  quickbooks: {
    recentFiles: [{ path: '\\\\FILESRV\\QB\\Acme.QBW', listedIn: 'C:\\ProgramData\\Intuit\\QuickBooks 2024\\QBWUSER.INI' }],
    companyFiles: [{ path: '\\\\FILESRV\\QB\\Acme.QBW' }],
  },
};

describe('which files the monitor watches', () => {
  it('watches COMPANY lists, dataset folders, QBWUSER.INI, company files with their .ND, and configured paths', () => {
    const targets = deriveWatchTargets(report(windowsInventory), { autoentryPaths: ['S:\\Sage\\Company.001', 'D:\\Books\\Other.qbw'], syncAppPatterns: [] }, 'windows');
    const byPath = new Map(targets.map((t) => [t.path, t.polling]));
    expect(byPath.get('C:\\ProgramData\\Sage\\Accounts\\2025\\COMPANY')).toBe(false);
    expect(byPath.get('C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000')).toBe(false);
    expect(byPath.get('C:\\ProgramData\\Intuit\\QuickBooks 2024\\QBWUSER.INI')).toBe(false);
    expect(byPath.get('D:\\Books\\Other.qbw.ND')).toBe(false);
    // Network drive and UNC paths are polled.
    expect(byPath.get('S:\\Sage\\Company.001')).toBe(true);
    expect(byPath.get('\\\\FILESRV\\QB\\Acme.QBW')).toBe(true);
    expect(byPath.get('\\\\FILESRV\\QB\\Acme.QBW.ND')).toBe(true);
    // Each path once, whatever the case.
    expect(targets.filter((t) => t.path.toLowerCase() === 's:\\sage\\company.001')).toHaveLength(1);
  });

  it('never watches a drive root recursively: no target is a bare drive, and relative or foreign paths are skipped', () => {
    const targets = deriveWatchTargets(report(windowsInventory), { autoentryPaths: ['Company.000', '/tmp/x'], syncAppPatterns: [] }, 'windows');
    expect(targets.some((t) => t.path === 'Company.000' || t.path === '/tmp/x')).toBe(false);
    const posix = deriveWatchTargets(report(windowsInventory), { autoentryPaths: ['/srv/sage/Company.000'], syncAppPatterns: [] }, 'posix');
    expect(posix).toEqual([{ path: '/srv/sage/Company.000', polling: false }]);
  });

  it('reads a malformed inventory as empty and caps a huge one', () => {
    expect(deriveWatchTargets(report({ sage: 'nonsense' }), { autoentryPaths: [], syncAppPatterns: [] }, 'posix')).toEqual([]);
    const many = { sage: { versions: [{ companyFile: '/s/COMPANY', datasets: Array.from({ length: 2000 }, (_, i) => ({ path: `/d/${i}`, network: false })) }] } };
    expect(deriveWatchTargets(report(many), { autoentryPaths: [], syncAppPatterns: [] }, 'posix')).toHaveLength(MAX_WATCH_TARGETS);
  });
});

describe('which files the monitor watches, spelling by spelling', () => {
  const none = { autoentryPaths: [], syncAppPatterns: [] };
  const paths = (autoentryPaths: string[], inventory: Record<string, unknown> = {}, flavour: 'windows' | 'posix' = 'windows') =>
    new Map(deriveWatchTargets(report(inventory), { autoentryPaths, syncAppPatterns: [] }, flavour).map((t) => [t.path, t.polling]));

  it('takes every Windows absolute spelling (either slash, any drive letter case, UNC both ways) and nothing relative to a drive', () => {
    const watched = paths(['c:\\Books\\Company.000', 'D:/Books/Company.001', '\\\\FILESRV\\Accounts\\Company.002', '//FILESRV/Accounts/Company.003', 'C:Books\\Company.004', 'Books\\C:\\Company.005', '1:\\Books\\Company.006']);
    expect([...watched.keys()]).toEqual(['c:\\Books\\Company.000', 'D:/Books/Company.001', '\\\\FILESRV\\Accounts\\Company.002', '//FILESRV/Accounts/Company.003']);
    // Both UNC spellings are another computer: polled.
    expect([...watched.values()]).toEqual([false, false, true, true]);
    // A share named inside a local path is no share.
    expect(paths(['C:\\Books\\\\FILESRV\\Company.000']).get('C:\\Books\\\\FILESRV\\Company.000')).toBe(false);
  });

  it('polls a path on a drive the report saw mapped, whatever the letter\'s case on either side, and only a network drive', () => {
    const drives = [
      { letter: 's:', kind: 'network', remote: '\\\\FILESRV\\Accounts' },
      { letter: 'T:', kind: 'removable' },
    ];
    const watched = paths(['S:\\Sage\\Company.000', 's:\\Sage\\Company.001', 'T:\\Sage\\Company.002', 'X:\\Sage\\Company.003'], { drives });
    expect(Object.fromEntries(watched)).toEqual({
      'S:\\Sage\\Company.000': true,
      's:\\Sage\\Company.001': true,
      'T:\\Sage\\Company.002': false,
      'X:\\Sage\\Company.003': false,
    });
    // A network drive's letter in a Linux path is not a drive.
    expect(paths(['/S:/Sage/Company.000'], { drives }, 'posix').get('/S:/Sage/Company.000')).toBe(false);
  });

  it('a path seen first as local and then as a network dataset is watched once, polled', () => {
    const inventory = { sage: { versions: [{ companyFile: 'C:\\Sage\\COMPANY', datasets: [{ path: 'z:\\SAGE\\COMPANY.000', network: true }] }] } };
    const targets = deriveWatchTargets(report(inventory), { autoentryPaths: ['Z:\\Sage\\Company.000'], syncAppPatterns: [] }, 'windows');
    expect(targets).toEqual([
      { path: 'Z:\\Sage\\Company.000', polling: true },
      { path: 'C:\\Sage\\COMPANY', polling: false },
    ]);
    // Seen first on the network, a later local spelling does not stop the polling.
    const reverse = { sage: { versions: [{ companyFile: 'C:\\Sage\\COMPANY', datasets: [{ path: 'Z:\\Sage\\Company.000', network: false }] }] } };
    expect(deriveWatchTargets(report(reverse), { autoentryPaths: ['\\\\FILESRV\\Sage\\Company.000'], syncAppPatterns: [] }, 'windows')).toEqual([
      { path: '\\\\FILESRV\\Sage\\Company.000', polling: true },
      { path: 'C:\\Sage\\COMPANY', polling: false },
      { path: 'Z:\\Sage\\Company.000', polling: false },
    ]);
  });

  it('on Linux, two spellings that differ in case are two files', () => {
    const inventory = { sage: { versions: [{ companyFile: '/srv/sage/COMPANY', datasets: [{ path: '/srv/sage/company.000', network: false }] }] } };
    expect(deriveWatchTargets(report(inventory), { autoentryPaths: ['/srv/sage/Company.000'], syncAppPatterns: [] }, 'posix').map((t) => t.path)).toEqual([
      '/srv/sage/Company.000',
      '/srv/sage/COMPANY',
      '/srv/sage/company.000',
    ]);
  });

  it('a configured QuickBooks company file is watched with its .ND sidecar, however the extension is written; a name that only contains .qbw is not one', () => {
    expect([...paths(['D:\\Books\\Harbour.QBW', 'D:\\Books\\Harbour.qbw backup']).keys()]).toEqual([
      'D:\\Books\\Harbour.QBW',
      'D:\\Books\\Harbour.QBW.ND',
      'D:\\Books\\Harbour.qbw backup',
    ]);
  });

  it('watches each QuickBooks recently-opened list and each company file the report saw, with its .ND', () => {
    const inventory = {
      quickbooks: {
        recentFiles: [{ path: 'D:\\Books\\Harbour.QBW', listedIn: 'C:\\ProgramData\\Intuit\\QuickBooks 2024\\QBWUSER.INI' }],
        companyFiles: [{ path: 'D:\\Books\\Harbour.QBW' }, { path: 'D:\\Books\\Old.QBW' }],
      },
    };
    expect(deriveWatchTargets(report(inventory), none, 'windows')).toEqual([
      { path: 'C:\\ProgramData\\Intuit\\QuickBooks 2024\\QBWUSER.INI', polling: false },
      { path: 'D:\\Books\\Harbour.QBW', polling: false },
      { path: 'D:\\Books\\Harbour.QBW.ND', polling: false },
      { path: 'D:\\Books\\Old.QBW', polling: false },
      { path: 'D:\\Books\\Old.QBW.ND', polling: false },
    ]);
  });

  it('stops at the cap with the configured paths first: they are never the ones left out', () => {
    const many = { sage: { versions: [{ companyFile: '/s/COMPANY', datasets: Array.from({ length: MAX_WATCH_TARGETS + 10 }, (_, i) => ({ path: `/d/${i}`, network: false })) }] } };
    const targets = deriveWatchTargets(report(many), { autoentryPaths: ['/books/Company.000'], syncAppPatterns: [] }, 'posix');
    expect(targets).toHaveLength(MAX_WATCH_TARGETS);
    expect(targets[0]).toEqual({ path: '/books/Company.000', polling: false });
    expect(targets.at(-1)).toEqual({ path: `/d/${MAX_WATCH_TARGETS - 3}`, polling: false });
  });
});
