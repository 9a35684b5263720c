import { describe, expect, it } from 'vitest';
import { isCheckAccount } from '../../src-shared/diagnose/account-rules.js';
import { parseSystemReport } from '../../src-main/host/windows/system-report.js';
import { checkSnapshot, codes, machine } from '../support/check-machine.js';

/** sage-healthy is checked as OFFICE\\bookkeeper; here the desktop's user may be someone else. */
function asChecked(desktopUser: string | undefined, userName = 'bookkeeper', userDomain: string | undefined = 'OFFICE') {
  const snapshot = machine('sage-healthy');
  snapshot.host.userName = userName;
  if (userDomain === undefined) delete snapshot.host.userDomain;
  else snapshot.host.userDomain = userDomain;
  if (desktopUser !== undefined) snapshot.host.desktopUser = desktopUser;
  return snapshot;
}

describe('whose PC is this: a check under another account than the desktop\'s says so', () => {
  it('warns when an IT admin\'s account runs the check on the bookkeeper\'s desktop ("Run as administrator")', async () => {
    const report = await checkSnapshot(asChecked('OFFICE\\bookkeeper', 'itadmin', 'OFFICE'));
    const finding = report.findings.find((f) => f.code === 'check.other-account');
    expect(finding).toMatchObject({ severity: 'warn', detail: expect.stringContaining('runs as OFFICE\\itadmin, but OFFICE\\bookkeeper is signed in') });
    expect(finding?.guidance.length).toBeGreaterThan(0);
    expect(report.status).not.toBe('ok');
  });

  it('says nothing when the desktop\'s user runs it, in any case, or when the desktop\'s user is not known', async () => {
    expect(codes(await checkSnapshot(asChecked('office\\BOOKKEEPER')))).not.toContain('check.other-account');
    expect(codes(await checkSnapshot(asChecked('bookkeeper', 'bookkeeper', undefined)))).not.toContain('check.other-account');
    expect(codes(await checkSnapshot(asChecked(undefined)))).not.toContain('check.other-account');
  });

  it('compares accounts as Windows names them: user case-insensitive, a domain only when both sides have one', () => {
    const me = { computerName: 'PC', userName: 'Bookkeeper', userDomain: 'OFFICE', sessionId: 1 };
    expect(isCheckAccount('OFFICE\\bookkeeper', me)).toBe(true);
    expect(isCheckAccount('bookkeeper', me)).toBe(true);
    expect(isCheckAccount('OTHERDOM\\bookkeeper', me)).toBe(false);
    expect(isCheckAccount('OFFICE\\itadmin', me)).toBe(false);
  });

  it('reads the desktop\'s user from the PowerShell report\'s identity', () => {
    const json = JSON.stringify({ identity: { computerName: 'PC', userName: 'itadmin', userDomain: 'OFFICE', sessionId: 2, desktopUser: 'OFFICE\\bookkeeper' } });
    const parsed = parseSystemReport(new TextEncoder().encode(json));
    expect(parsed.ok && parsed.report.identity).toMatchObject({ userName: 'itadmin', desktopUser: 'OFFICE\\bookkeeper', sessionId: 2 });
  });
});
