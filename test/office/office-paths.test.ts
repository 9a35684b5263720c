import { describe, expect, it } from 'vitest';
import type { Observations } from '../../src-shared/model/observations.js';
import type { OfficeMachine } from '../../src-shared/office/office-machine.js';
import { resolveOnMachine } from '../../src-shared/office/office-paths.js';
import { newestPerComputer, officeInputsFrom, reportSyncAppLocation } from '../../src-shared/office/office-roles.js';

function machine(name: string, drives: Observations['drives'], links?: Record<string, string>): OfficeMachine {
  const observations = { flavour: 'windows', drives } as unknown as Observations;
  return { computerName: name, capturedAt: '2026-11-20T09:30:00Z', observations, report: {} as OfficeMachine['report'], ...(links && { links }) };
}

describe('a path is resolved on the PC that spells it', () => {
  const pc1 = machine('OFFICE-PC1', [{ letter: 'S:', kind: 'network', remote: '\\\\FILESRV\\Accounts' }]);
  const pc2 = machine('OFFICE-PC2', [{ letter: 'S:', kind: 'network', remote: '\\\\OLDNAS\\Accounts' }]);
  const server = machine('SERVER01', [], { 'C:\\Links\\Books': '\\\\FILESRV\\Accounts\\Sage' });

  it('a mapped drive through that PC\'s own drive table', () => {
    expect(resolveOnMachine(pc1, 'S:\\Sage\\Company.000', true)!.resolved).toBe('\\\\FILESRV\\Accounts\\Sage\\Company.000');
    expect(resolveOnMachine(pc2, 'S:\\Sage\\Company.000', true)!.key).not.toBe(resolveOnMachine(pc1, 'S:\\Sage\\Company.000', true)!.key);
  });

  it('UNC spellings compare case-insensitively, ignoring the server\'s DNS suffix', () => {
    const a = resolveOnMachine(pc1, 'S:\\Sage\\Company.000\\ACCDATA', true)!;
    const b = resolveOnMachine(pc2, '\\\\filesrv.office.local\\ACCOUNTS\\sage\\company.000', true)!;
    expect(a.key).toBe(b.key);
    expect(a.local).toBe(false);
  });

  it('links of that PC are followed', () => {
    expect(resolveOnMachine(server, 'C:\\Links\\Books\\Company.000', true)!.key).toBe(resolveOnMachine(pc1, 'S:\\Sage\\Company.000', true)!.key);
  });

  it('a local path names a file on that PC only', () => {
    const a = resolveOnMachine(pc1, 'C:\\Sage\\Company.000', true)!;
    const b = resolveOnMachine(pc2, 'C:\\Sage\\Company.000', true)!;
    expect(a.local).toBe(true);
    expect(a.key).not.toBe(b.key);
  });
});

describe('the office inputs', () => {
  it('the newest snapshot of a computer counts, whatever the case of its name', () => {
    const kept = newestPerComputer([
      { computerName: 'PC1', capturedAt: '2026-11-01T00:00:00Z', n: 1 },
      { computerName: 'pc1.office.local', capturedAt: '2026-11-02T00:00:00Z', n: 2 },
      { computerName: 'PC2', capturedAt: '2026-11-01T00:00:00Z', n: 3 },
      { computerName: 'PC1', capturedAt: '2026-10-01T00:00:00Z', n: 4 },
    ]);
    expect(kept.map((k) => k.n)).toEqual([2, 3]);
  });

  it('the command line first, then the Sync App PC\'s bundle', () => {
    const bundles = [
      { runsSyncApp: false, checkInputs: { autoentryPaths: ['C:\\Other'], syncAppLocation: 'X' } },
      { runsSyncApp: true, checkInputs: { autoentryPaths: ['S:\\Sage\\Company.000'] } },
    ];
    expect(officeInputsFrom({ autoentryPaths: [] }, bundles)).toEqual({ autoentryPaths: ['S:\\Sage\\Company.000'], syncAppLocation: 'X' });
    expect(officeInputsFrom({ autoentryPaths: ['D:\\A'], syncAppLocation: 'Y' }, bundles)).toEqual({ autoentryPaths: ['D:\\A'], syncAppLocation: 'Y' });
  });

  it('each PC\'s report names the one PC that runs the Sync App, else the location given', () => {
    expect(reportSyncAppLocation(['SYNC-PC'], 'OTHER')).toBe('SYNC-PC');
    expect(reportSyncAppLocation(['A', 'B'], 'OTHER')).toBe('OTHER');
    expect(reportSyncAppLocation([], undefined)).toBeUndefined();
  });
});
