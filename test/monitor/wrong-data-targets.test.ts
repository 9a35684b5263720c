import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src-shared/model/report-schema.js';
import { wrongDataTargets } from '../../src-main/monitor/misdirected-write-alarm.js';
import { alarmReport } from './monitor-fakes.js';

function report(findings: Array<Partial<Finding> & Pick<Finding, 'code'>>, drives: unknown[] = []): Report {
  return alarmReport(findings, {
    drives,
    sage: { versions: [{ name: '2024', companyFile: 'C:\\ProgramData\\Sage\\Accounts\\2024\\COMPANY', datasets: [{ path: 'C:\\ProgramData\\Sage\\Accounts\\2024\\Company.000', network: false }] }] },
  });
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

describe('what the alarm watches, spelling by spelling', () => {
  const sage = (versions: Array<{ name: string; datasets: string[] }>, findings: Array<Partial<Finding> & Pick<Finding, 'code'>>): Report => ({
    ...report(findings),
    inventory: { drives: [], sage: { versions: versions.map((v) => ({ name: v.name, companyFile: `/sage/${v.name}/COMPANY`, datasets: v.datasets.map((path) => ({ path, network: false })) })) } },
  });

  it('names the Sage version of a stale dataset, matched as the file system compares names', () => {
    const versions = [{ name: '2023', datasets: ['/srv/sage/2023/Other.000'] }, { name: '2024', datasets: ['/srv/sage/2024/Old.000', '/srv/sage/2024/Company.000//'] }];
    const [exact] = wrongDataTargets(sage(versions, [{ code: 'path.stale-version', configuredPath: '/srv/sage/2024/Company.000///' }]), 'posix');
    expect(exact).toMatchObject({ target: { path: '/srv/sage/2024/Company.000/ACCDATA' }, label: 'The Sage 2024 data' });
    // On Linux another case is another folder: no version is named.
    const [other] = wrongDataTargets(sage(versions, [{ code: 'path.stale-version', configuredPath: '/srv/sage/2024/company.000' }]), 'posix');
    expect(other!.label).toBe('The dataset at /srv/sage/2024/company.000');
    // On Windows it is the same folder.
    const win = [{ name: '2024', datasets: ['C:\\Sage\\2024\\Company.000\\'] }];
    expect(wrongDataTargets(sage(win, [{ code: 'path.stale-version', configuredPath: 'c:\\sage\\2024\\COMPANY.000' }]), 'windows')[0]!.label).toBe('The Sage 2024 data');
  });

  it('a dataset that is wrong for another reason is named by its path, even when its version is known', () => {
    const versions = [{ name: '2024', datasets: ['C:\\Sage\\2024\\Company.000'] }];
    const [target] = wrongDataTargets(sage(versions, [{ code: 'path.mismatch', configuredPath: 'C:\\Sage\\2024\\Company.000' }]), 'windows');
    expect(target!.label).toBe('The dataset at C:\\Sage\\2024\\Company.000');
    expect(target!.finding.code).toBe('path.mismatch');
  });

  it('a company file is known by its .QBW name even without the software said; a name that only contains it is a dataset', () => {
    const [qbw] = wrongDataTargets(report([{ code: 'path.mismatch', configuredPath: 'Q:\\Old\\Harbour.qbw' }]), 'windows');
    expect(qbw).toMatchObject({ target: { path: 'Q:\\Old\\Harbour.qbw' }, label: 'The other copy of Harbour.qbw' });
    const [folder] = wrongDataTargets(report([{ code: 'path.mismatch', configuredPath: 'Q:\\Old\\Harbour.qbw backup' }]), 'windows');
    expect(folder).toMatchObject({ target: { path: 'Q:\\Old\\Harbour.qbw backup\\ACCDATA' }, label: 'The dataset at Q:\\Old\\Harbour.qbw backup' });
    const [accdataLike] = wrongDataTargets(report([{ code: 'path.mismatch', configuredPath: 'D:\\Sage\\accdata-old' }]), 'windows');
    expect(accdataLike!.target.path).toBe('D:\\Sage\\accdata-old\\ACCDATA');
  });

  it('a QuickBooks finding is a company file, watched itself, whatever its name ends in', () => {
    const [target] = wrongDataTargets(report([{ code: 'path.mismatch', configuredPath: 'Q:\\Old\\Harbour Cafe', software: 'quickbooks' }]), 'windows');
    expect(target).toMatchObject({ target: { path: 'Q:\\Old\\Harbour Cafe' }, label: 'The other copy of Harbour Cafe' });
  });

  it('only the two "wrong data" codes with a configured path are watched', () => {
    const targets = wrongDataTargets(report([
      { code: 'path.mismatch' },
      { code: 'path.unreachable', configuredPath: 'C:\\A\\Company.000' },
      { code: 'path.stale-version', configuredPath: 'C:\\B\\Company.000' },
    ]), 'windows');
    expect(targets.map((t) => t.target.path)).toEqual(['C:\\B\\Company.000\\ACCDATA']);
  });
});
