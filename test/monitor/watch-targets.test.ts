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
