import { describe, expect, it } from 'vitest';
import { canonicaliseWinPath, sameFileExplained, type CanonicalPath } from '../../src-shared/winpath/canonical-path.js';
import { serverShortName } from '../../src-shared/winpath/server-name.js';
import { serverShortName as officeServerName } from '../../src-shared/office/office-paths.js';
import { sameComputer } from '../../src-shared/model/computer-names.js';
import { checkSnapshot, findingOf, machine } from '../support/check-machine.js';

/** One spelling (spec/report.md, path.match): the server's DNS suffix is left out of the comparison. */
function c(path: string): CanonicalPath {
  const r = canonicaliseWinPath(path, {}, { sageDataset: true });
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

describe("a share spelled with and without its server's DNS suffix", () => {
  it('\\\\FILESRV.office.local\\Accounts and \\\\FILESRV\\Accounts name one dataset, with the reason given', () => {
    const eq = sameFileExplained(c('\\\\FILESRV.office.local\\Accounts\\Sage\\Company.000'), c('\\\\FILESRV\\Accounts\\Sage\\Company.000'));
    expect(eq.same).toBe(true);
    expect(eq.steps).toEqual([{ kind: 'server-name', text: 'FILESRV.office.local is FILESRV with its DNS suffix: the same server' }]);
  });

  it('a difference of case beside the suffix is named too; the suffix alone is not a difference of case', () => {
    const eq = sameFileExplained(c('\\\\filesrv.office.local\\accounts\\Company.000'), c('\\\\FILESRV\\Accounts\\Company.000'));
    expect(eq.steps.map((s) => s.kind)).toEqual(['server-name', 'case']);
    expect(sameFileExplained(c('\\\\FILESRV\\Accounts\\X'), c('\\\\filesrv\\Accounts\\X')).steps.map((s) => s.kind)).toEqual(['case']);
  });

  it('two suffixes of one server name are one server (the spec ignores the suffix, whichever it is)', () => {
    const eq = sameFileExplained(c('\\\\FILESRV.office.local\\A\\D'), c('\\\\FILESRV.other.local\\A\\D'));
    expect(eq.same).toBe(true);
    expect(eq.steps[0]).toEqual({ kind: 'server-name', text: 'FILESRV.office.local and FILESRV.other.local differ only in their DNS suffix: the same server name' });
  });

  it('an IP address is not a name with a suffix: it is compared whole', () => {
    expect(sameFileExplained(c('\\\\192.168.1.20\\A\\D'), c('\\\\192.168.1.21\\A\\D')).same).toBe(false);
    expect(sameFileExplained(c('\\\\192.168.1.20\\A\\D'), c('\\\\192\\A\\D')).same).toBe(false);
    expect(serverShortName('fe80::1')).toBe('fe80::1');
  });

  it('other servers and other shares stay different', () => {
    expect(sameFileExplained(c('\\\\FILESRV.office.local\\A\\D'), c('\\\\NAS\\A\\D')).same).toBe(false);
    expect(sameFileExplained(c('\\\\FILESRV.office.local\\A\\D'), c('\\\\FILESRV\\B\\D')).same).toBe(false);
  });

  it('the office comparison and computer names use the same rule (one piece of code)', () => {
    expect(officeServerName).toBe(serverShortName);
    expect(sameComputer('FILESRV.office.local', 'filesrv')).toBe(true);
    expect(sameComputer('.', 'OFFICE-PC1')).toBe(false);
  });
});

describe('through the check: Sage lists the share with the suffix, AutoEntry without', () => {
  it('is path.match, and the equivalence says why', async () => {
    const m = machine('sage-healthy');
    const listed = '\\\\FILESRV.office.local\\Accounts\\Company.000';
    m.files['C:\\ProgramData\\Sage\\Accounts\\2025\\COMPANY'] = { text: `${listed}\r\n`, mtime: '2025-04-02T08:00:00Z' };
    m.files['\\\\FILESRV\\Accounts\\Company.000\\ACCDATA\\SETUP.DTA'] = { size: 65536 };
    const report = await checkSnapshot(m, { autoentryPaths: ['\\\\FILESRV\\Accounts\\Company.000'] });
    const f = findingOf(report, 'path.match');
    expect(f.inUsePath).toBe(listed);
    expect(f.equivalence).toContainEqual({ kind: 'server-name', text: 'FILESRV.office.local is FILESRV with its DNS suffix: the same server' });
  });
});
