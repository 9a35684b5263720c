import { describe, expect, it } from 'vitest';
import { observe } from '../../src-main/check/observe.js';
import type { Host } from '../../src-main/host/host.js';
import { createSnapshotHost } from '../../src-main/host/snapshot/snapshot-host.js';
import { machine } from '../support/check-machine.js';

/** Counts the host's path look-ups by path, to show each is made once per check. */
function counting(host: Host) {
  const calls = new Map<string, number>();
  const count = (what: string, path: string) => calls.set(`${what} ${path.toLowerCase()}`, (calls.get(`${what} ${path.toLowerCase()}`) ?? 0) + 1);
  const wrapped: Host = {
    ...host,
    stat: (path) => (count('stat', path), host.stat(path)),
    realPath: (path) => (count('realPath', path), host.realPath(path)),
  };
  return { host: wrapped, repeated: () => [...calls].filter(([, n]) => n > 1) };
}

describe('one check looks at each path once', () => {
  it('a configured QuickBooks file that is also in the recent list and the Company Files folder', async () => {
    const file = 'C:\\Users\\Public\\Documents\\Intuit\\QuickBooks\\Company Files\\Harbour Cafe.QBW';
    const { host, repeated } = counting(createSnapshotHost(machine('quickbooks-sync-app-stopped')));
    await observe(host, { autoentryPaths: [file, file.toUpperCase()], syncAppPatterns: ['AutoEntry'] }, { timeoutMs: 2000 });
    expect(repeated()).toEqual([]);
  });

  it('a configured Sage dataset that both COMPANY lists name', async () => {
    const { host, repeated } = counting(createSnapshotHost(machine('sage-stale-after-upgrade')));
    await observe(host, { autoentryPaths: ['C:\\ProgramData\\Sage\\Accounts\\2024\\Company.000\\ACCDATA'], syncAppPatterns: ['AutoEntry'] }, { timeoutMs: 2000 });
    expect(repeated()).toEqual([]);
  });
});
