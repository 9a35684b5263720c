import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src-shared/model/report-schema.js';
import { wrongDataTargets } from '../../src-main/monitor/misdirected-write-alarm.js';

function report(findings: Array<Partial<Finding> & Pick<Finding, 'code'>>, drives: unknown[] = []): Report {
  return {
    format: 'sync-doctor/report@1',
    status: 'error',
    generatedAt: '2026-11-20T09:30:00Z',
    machine: { computerName: 'PC', userName: 'u' },
    findings: findings.map((f) => ({ severity: 'error', title: '', detail: '', guidance: [], ...f })),
    inventory: {
      drives,
      sage: { versions: [{ name: '2024', companyFile: 'C:\\ProgramData\\Sage\\Accounts\\2024\\COMPANY', datasets: [{ path: 'C:\\ProgramData\\Sage\\Accounts\\2024\\Company.000', network: false }] }] },
    },
  };
}

describe('what the alarm watches', () => {
  it('the stale dataset\'s ACCDATA folder, named by its Sage version', () => {
    const [target] = wrongDataTargets(report([{ code: 'path.stale-version', configuredPath: 'c:\\programdata\\sage\\accounts\\2024\\company.000\\' }]), 'windows');
    expect(target).toMatchObject({ target: { path: 'c:\\programdata\\sage\\accounts\\2024\\company.000\\ACCDATA', polling: false }, label: 'The Sage 2024 data' });
  });

  it('the wrong company file itself, polled on a mapped share', () => {
    const drives = [{ letter: 'Q:', kind: 'network', remote: '\\\\QB-SERVER\\QBData' }];
    const [target] = wrongDataTargets(report([{ code: 'path.mismatch', configuredPath: 'Q:\\Old\\Harbour Cafe.QBW', software: 'quickbooks' }], drives), 'windows');
    expect(target).toMatchObject({ target: { path: 'Q:\\Old\\Harbour Cafe.QBW', polling: true }, label: 'The other copy of Harbour Cafe.QBW' });
  });

  it('a dataset on a UNC share is polled; a right or missing path is not watched', () => {
    const targets = wrongDataTargets(report([
      { code: 'path.mismatch', configuredPath: '\\\\FILESRV\\Accounts\\Old\\Company.000\\ACCDATA' },
      { code: 'path.match', configuredPath: 'C:\\Right\\Company.000' },
      { code: 'path.missing', configuredPath: 'C:\\Gone\\Company.000' },
    ]), 'windows');
    expect(targets.map((t) => t.target)).toEqual([{ path: '\\\\FILESRV\\Accounts\\Old\\Company.000\\ACCDATA', polling: true }]);
    expect(wrongDataTargets(undefined, 'windows')).toEqual([]);
  });
});
