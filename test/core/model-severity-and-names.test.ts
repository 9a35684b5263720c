import { describe, expect, it } from 'vitest';
import { isThisComputer, sameComputer } from '../../src-shared/model/computer-names.js';
import { FINDING_CODES, isPathVerdict, severityOf } from '../../src-shared/model/finding-codes.js';
import { exitCodeForStatus, severityRank, statusOf, worstFirst, worstSeverity } from '../../src-shared/model/severity.js';

describe('how serious a report is', () => {
  it('severities rank ok < info < warn < error', () => {
    expect(['ok', 'info', 'warn', 'error'].map((s) => severityRank(s as 'ok'))).toEqual([0, 1, 2, 3]);
  });

  it('the worst severity of the findings counts; none at all is ok', () => {
    expect(worstSeverity([])).toBe('ok');
    expect(worstSeverity(['info'])).toBe('info');
    expect(worstSeverity(['warn', 'ok', 'info'])).toBe('warn');
    expect(worstSeverity(['info', 'error', 'warn'])).toBe('error');
    expect(worstSeverity(['error', 'warn'])).toBe('error');
  });

  it('the status: info and ok both read ok, warn and error stay themselves', () => {
    expect(statusOf([])).toBe('ok');
    expect(statusOf(['info', 'ok'])).toBe('ok');
    expect(statusOf(['info', 'warn'])).toBe('warn');
    expect(statusOf(['warn', 'error', 'info'])).toBe('error');
  });

  it('exit codes as check gives them: 0 ok, 1 warn, 2 error', () => {
    expect(exitCodeForStatus('ok')).toBe(0);
    expect(exitCodeForStatus('warn')).toBe(1);
    expect(exitCodeForStatus('error')).toBe(2);
  });

  it('the window lists findings worst first, keeping the order of equals, without touching the list given', () => {
    const given = [
      { id: 'a', severity: 'info' as const },
      { id: 'b', severity: 'error' as const },
      { id: 'c', severity: 'ok' as const },
      { id: 'd', severity: 'warn' as const },
      { id: 'e', severity: 'error' as const },
      { id: 'f', severity: 'info' as const },
    ];
    expect(worstFirst(given).map((x) => x.id)).toEqual(['b', 'e', 'd', 'a', 'f', 'c']);
    expect(given.map((x) => x.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
});

describe('finding codes', () => {
  it('each code has its fixed severity', () => {
    expect(severityOf('path.mismatch')).toBe('error');
    expect(severityOf('syncapp.elsewhere')).toBe('info');
    expect(severityOf('path.match')).toBe('ok');
    expect(severityOf('probe.timeout')).toBe('warn');
  });

  it('path verdicts are the path codes that judge one configured path', () => {
    expect(FINDING_CODES.filter(isPathVerdict).sort()).toEqual([
      'path.ambiguous', 'path.denied', 'path.match', 'path.mismatch', 'path.missing', 'path.not-dataset', 'path.stale-version', 'path.unreachable', 'path.unverified',
    ]);
    expect(isPathVerdict('path.not-configured')).toBe(false);
    expect(isPathVerdict('syncapp.running')).toBe(false);
  });
});

describe('two computer names name the same PC', () => {
  it('whatever the case, and with or without a DNS suffix', () => {
    expect(sameComputer('OFFICE-PC1', 'office-pc1')).toBe(true);
    expect(sameComputer('office-pc1.office.local', 'OFFICE-PC1')).toBe(true);
    expect(sameComputer('OFFICE-PC1', 'OFFICE-PC2')).toBe(false);
    expect(sameComputer('OFFICE-PC1.a.local', 'OFFICE-PC2.a.local')).toBe(false);
  });

  it('spaces around a name and a leading \\\\ (as in a UNC path) do not count', () => {
    expect(sameComputer('  SYNC-PC ', 'sync-pc')).toBe(true);
    expect(sameComputer('\\\\FILESRV', 'filesrv.office.local')).toBe(true);
    expect(sameComputer('\\\\FILESRV', 'X\\\\FILESRV')).toBe(false);
    expect(sameComputer('X\\\\FILESRV', 'XFILESRV')).toBe(false);
  });

  it('an IPv4 or IPv6 address is compared whole, not cut at its first dot', () => {
    expect(sameComputer('192.168.1.10', '192.168.1.20')).toBe(false);
    expect(sameComputer('192.168.1.10', ' 192.168.1.10')).toBe(true);
    expect(sameComputer('fe80::1.2', 'fe80::1.3')).toBe(false);
    // Not an address: five numbers are a dotted name, cut at the first dot.
    expect(sameComputer('10.1.2.3.4', '10.9')).toBe(true);
    expect(sameComputer('x10.1.2.3', 'x10.5.6.7')).toBe(true);
    expect(sameComputer('10.1.2.3x', '10.5.6.7x')).toBe(true);
  });

  it('this PC: its own name in any spelling, empty, localhost, ., 127.0.0.1 or ::1', () => {
    for (const name of ['', '  ', 'localhost', 'LOCALHOST', 'localhost.localdomain', '.', '127.0.0.1', '::1', 'SYNC-PC', 'sync-pc.office.local', '\\\\SYNC-PC']) {
      expect(isThisComputer(name, 'SYNC-PC'), name).toBe(true);
    }
    for (const name of ['OFFICE-PC1', '127.0.0.2', '::2', 'local', 'localhostx']) {
      expect(isThisComputer(name, 'SYNC-PC'), name).toBe(false);
    }
  });
});
