import { describe, expect, it } from 'vitest';
import type { CommandRequest } from '../../src-main/host/node/command-runner.js';
import { driveFromResolvedRoot } from '../../src-main/host/windows/drive-letter-resolution.js';
import { listsSubkey, parentKey } from '../../src-main/host/windows/fallback-commands.js';
import { createWindowsHost } from '../../src-main/host/windows/windows-host.js';
import { fail, succeed } from '../../src-main/host/host.js';
import { isRegListing, recordedRunner, regListing, replay } from './support/recorded-runner.js';

const blockedPowerShell = replay(undefined, 1, 'powershell-blocked.stderr.txt');
const text = (s: string) => ({ ran: true as const, stdout: new TextEncoder().encode(s), stderr: new Uint8Array(), exitCode: 0 });
const failedWith = (stderr: Uint8Array) => ({ ran: true as const, stdout: new Uint8Array(), stderr, exitCode: 1 });

describe('the console fallback: identity from this process\'s own tasklist row', () => {
  it('takes the session a terminal-server user runs in (3), not session 1', async () => {
    // tasklist /FO CSV /NH on a terminal server: each process with its own session (RDP-Tcp#5 is session 3).
    const rows = ['"System Idle Process","0","Services","0","8 K"', '"AutoEntry.SyncApp.exe","7310","RDP-Tcp#5","3","96,112 K"', '"sync-doctor.exe","7420","RDP-Tcp#5","3","61,204 K"', '"AutoEntry.SyncApp.exe","5230","Console","1","96,112 K"'].join('\r\n');
    const runner = recordedRunner({ 'powershell.exe': blockedPowerShell, 'cmd.exe': replay('chcp-en.txt'), 'tasklist.exe': text(rows) });
    const host = createWindowsHost({ runner, selfPid: 7420, env: { COMPUTERNAME: 'TS01', USERNAME: 'bookkeeper' } });
    expect(await host.identity()).toEqual({ ok: true, value: { computerName: 'TS01', userName: 'bookkeeper', sessionId: 3 } });
  });

  it('fails the identity look-up when tasklist cannot say (never a guessed session)', async () => {
    const runner = recordedRunner({ 'powershell.exe': blockedPowerShell, 'cmd.exe': replay('chcp-en.txt'), 'tasklist.exe': replay('tasklist-denied.txt', 1) });
    const host = createWindowsHost({ runner, selfPid: 7420, env: { COMPUTERNAME: 'TS01', USERNAME: 'bookkeeper' } });
    expect(await host.identity()).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Windows session/) } });
  });
});

describe('the console fallback: reg.exe "missing" decided without reading its words', () => {
  // reg.exe exits 1 for a missing key and for a denied one alike; its message is in the display
  // language and code page (Portuguese, Japanese in cp932, …). The parent's list of subkeys decides.
  const portugueseDenied = new TextEncoder().encode('ERRO: Acesso negado.\r\n');
  const japaneseDenied = new Uint8Array([0x83, 0x47, 0x83, 0x89, 0x81, 0x5b, 0x3a, 0x20, 0x83, 0x41, 0x83, 0x4e, 0x83, 0x5a, 0x83, 0x58, 0x82, 0xaa, 0x8b, 0x91, 0x94, 0xdb, 0x82, 0xb3, 0x82, 0xea, 0x82, 0xdc, 0x82, 0xb5, 0x82, 0xbd, 0x81, 0x42, 0x0d, 0x0a]); // エラー: アクセスが拒否されました。 (cp932)

  it.each([
    ['Portuguese', portugueseDenied],
    ['Japanese', japaneseDenied],
  ])('a key its parent lists but reg cannot read is denied (%s Windows)', async (_language, message) => {
    const runner = recordedRunner({
      'powershell.exe': blockedPowerShell,
      'cmd.exe': replay('chcp-en.txt'),
      'reg.exe': (request: CommandRequest) => (isRegListing(request) ? regListing(request.args[1]!, ['Sage']) : failedWith(message)),
    });
    const host = createWindowsHost({ runner, env: {} });
    expect(await host.registry(['HKLM\\SOFTWARE\\Sage'])).toMatchObject({ ok: false, error: { kind: 'denied', message: expect.stringMatching(/exists but this user may not read it/) } });
  });

  it('a key its parent does not list is missing, whatever the message says', async () => {
    const runner = recordedRunner({
      'powershell.exe': blockedPowerShell,
      'cmd.exe': replay('chcp-en.txt'),
      'reg.exe': (request: CommandRequest) => (isRegListing(request) ? regListing(request.args[1]!, ['Microsoft', 'Classes']) : failedWith(portugueseDenied)),
    });
    expect(await createWindowsHost({ runner, env: {} }).registry(['HKLM\\SOFTWARE\\Sage'])).toEqual({ ok: true, value: [] });
  });

  it('a parent that cannot be listed either is decided one level up: missing there, missing here; present there, denied here', async () => {
    const missingParent = recordedRunner({
      'powershell.exe': blockedPowerShell,
      'cmd.exe': replay('chcp-en.txt'),
      'reg.exe': (request: CommandRequest) => (isRegListing(request) && request.args[1] === 'HKCU\\Software' ? regListing('HKCU\\Software', ['Microsoft']) : failedWith(japaneseDenied)),
    });
    expect(await createWindowsHost({ runner: missingParent, env: {} }).registry(['HKCU\\Software\\Intuit\\QuickBooks'])).toEqual({ ok: true, value: [] });
    const deniedParent = recordedRunner({
      'powershell.exe': blockedPowerShell,
      'cmd.exe': replay('chcp-en.txt'),
      'reg.exe': (request: CommandRequest) => (isRegListing(request) && request.args[1] === 'HKCU\\Software' ? regListing('HKCU\\Software', ['Intuit']) : failedWith(japaneseDenied)),
    });
    expect(await createWindowsHost({ runner: deniedParent, env: {} }).registry(['HKCU\\Software\\Intuit\\QuickBooks'])).toMatchObject({ ok: false, error: { kind: 'denied' } });
  });

  it('reads the parent listing as reg.exe prints it (key lines, values, subkeys), case-insensitively', () => {
    const listing = '\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Intuit\r\n    Name    REG_SZ    x\r\n\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Intuit\\QuickBooks\r\n';
    expect(listsSubkey(listing, 'HKLM\\SOFTWARE\\INTUIT\\QuickBooks')).toBe(true);
    expect(listsSubkey(listing, 'HKLM\\SOFTWARE\\Intuit\\Quick')).toBe(false);
    expect(parentKey('HKLM\\SOFTWARE\\Intuit')).toBe('HKLM\\SOFTWARE');
    expect(parentKey('HKLM')).toBeUndefined();
  });
});

describe('the console fallback: drive letters as the file system resolves them', () => {
  it('reads a mapped drive\'s share from its resolved root, however it was mapped', () => {
    expect(driveFromResolvedRoot('s:', '\\\\FILESRV\\Accounts\\')).toEqual({ letter: 'S:', kind: 'network', remote: '\\\\FILESRV\\Accounts' });
    expect(driveFromResolvedRoot('T:', '\\\\?\\UNC\\nas01\\Sage Data\\')).toEqual({ letter: 'T:', kind: 'network', remote: '\\\\nas01\\Sage Data' });
    expect(driveFromResolvedRoot('D:', 'D:\\')).toEqual({ letter: 'D:', kind: 'unknown' });
    expect(driveFromResolvedRoot('E:', '\\\\?\\Volume{0b1c}\\')).toEqual({ letter: 'E:', kind: 'unknown' });
  });

  it('includes a drive mapped by a logon script (not in HKCU\\Network), keeps persistent ones, and leaves out letters that do not answer', async () => {
    const runner = recordedRunner({
      'powershell.exe': blockedPowerShell,
      'cmd.exe': replay('chcp-de.txt'),
      'reg.exe': (request: CommandRequest) => (request.args[1] === 'HKCU\\Network' ? replay('reg-query-de.txt') : regListing(request.args[1]!)),
    });
    const roots: Record<string, string> = { 'C:\\': 'C:\\', 'P:\\': '\\\\GPO-SRV\\Profiles\\', 'Q:\\': '\\\\LOGON-SRV\\Accounts\\' };
    const host = createWindowsHost({
      runner,
      env: { SystemDrive: 'C:' },
      resolveDriveRoot: async (root) => (root === 'Z:\\' ? new Promise(() => undefined) : roots[root] !== undefined ? succeed(roots[root]!) : fail('missing', `no ${root}`)),
    });
    expect(await host.drives()).toEqual({
      ok: true,
      value: [
        { letter: 'C:', kind: 'fixed' },
        { letter: 'P:', kind: 'network', remote: '\\\\GPO-SRV\\Profiles' },
        { letter: 'Q:', kind: 'network', remote: '\\\\LOGON-SRV\\Accounts' },
        { letter: 'S:', kind: 'network', remote: '\\\\DATEISERVER\\Buchführung' },
      ],
    });
  });
});
