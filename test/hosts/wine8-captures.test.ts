import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandOutcome, CommandRequest } from '../../src-main/host/node/command-runner.js';
import { decodeConsoleOutput, parseChcpOutput } from '../../src-main/host/windows/console-text.js';
import { parseRegQuery } from '../../src-main/host/windows/reg-query-output.js';
import { driveFromResolvedRoot } from '../../src-main/host/windows/drive-letter-resolution.js';
import { listsSubkey } from '../../src-main/host/windows/fallback-commands.js';
import { createWindowsHost } from '../../src-main/host/windows/windows-host.js';
import { installedPrograms } from '../../src-main/probes/registry-facts.js';
import { persistentDriveMappings } from '../../src-shared/model/registry-values.js';
import { UNINSTALL_ROOTS } from '../../src-shared/model/registry-roots.js';
import { shortNameIn } from '../windows/support/dir-short-names.js';
import { fixtureBytes, isRegListing, recordedRunner, regListing } from './support/recorded-runner.js';

/*
 * The parsers and the console-tool fallback over what Wine 8 really printed
 * (test/fixtures/windows/wine8, captured by the Windows lane), beside the hand-written fixtures.
 */
const WINE8 = join(import.meta.dirname, '../fixtures/windows/wine8');
const exitCodes = JSON.parse(readFileSync(join(WINE8, 'exit-codes.json'), 'utf8')) as Record<string, { command: string; exitCode: number }>;
const captured = (name: string): CommandOutcome => ({ ran: true, stdout: fixtureBytes(`wine8/${name}.stdout.txt`), stderr: new Uint8Array(), exitCode: exitCodes[name]!.exitCode });
const text = (name: string) => decodeConsoleOutput(fixtureBytes(`wine8/${name}.stdout.txt`), 437);

const SYNC_APP_KEY = 'HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{6F1C2A4E-9B3D-4E57-A1C8-2D7E0B5F9A31}';
const SYNC_APP_VALUES = {
  DisplayName: 'AutoEntry Sync App',
  DisplayVersion: '4.2.1',
  InstallLocation: 'C:\\Program Files (x86)\\AutoEntry\\Sync App\\',
  Publisher: 'AutoEntry',
};

describe('parsers over Wine 8 captures', () => {
  it('reads the code page from Wine\'s chcp', () => {
    expect(parseChcpOutput(text('chcp'))).toBe(437);
  });

  it('reads the Uninstall key Wine\'s reg query printed (blank first line, four-space columns)', () => {
    expect(parseRegQuery(text('reg-query-uninstall'))).toEqual([{ key: SYNC_APP_KEY, values: SYNC_APP_VALUES }]);
  });

  it('reads a REG_DWORD Wine prints in hex, and the mapped drive under HKCU\\Network', () => {
    const keys = parseRegQuery(text('reg-query-network'));
    expect(keys).toEqual([{ key: 'HKCU\\Network\\S', values: { ConnectionType: 1, RemotePath: '\\\\FILESRV\\Accounts' } }]);
    expect(persistentDriveMappings(keys)).toEqual([{ letter: 'S:', remote: '\\\\FILESRV\\Accounts' }]);
  });

  it('finds no key in Wine\'s "unable to find" message, which it prints on stdout', () => {
    expect(text('reg-query-missing')).toMatch(/unable to find/i);
    expect(parseRegQuery(text('reg-query-missing'))).toEqual([]);
  });

  it('reads Wine\'s hashed 8.3 names from dir /x, and none for a name that already fits 8.3', () => {
    const dir = text('dir-x');
    expect(shortNameIn(dir, 'Sage Data Files')).toBe('SAGE~4Z4');
    expect(shortNameIn(dir, 'ProgramData')).toBe('PROG~BDQ');
    expect(shortNameIn(dir, 'program files (x86)')).toBe('PROG~5P2');
    expect(shortNameIn(dir, 'users')).toBeUndefined();
    expect(shortNameIn(dir, 'Not There')).toBeUndefined();
  });
});

describe('the console fallback\'s new questions over Wine 8 captures', () => {
  it('the parent listing names the keys there and not the missing one: Intuit is missing, not denied', () => {
    const listing = text('reg-list-software');
    expect(listsSubkey(listing, 'HKLM\\SOFTWARE\\Intuit')).toBe(false);
    expect(listsSubkey(listing, 'HKLM\\SOFTWARE\\Microsoft')).toBe(true);
    expect(listsSubkey(listing, 'hklm\\software\\wow6432node')).toBe(true);
  });

  it('a drive root resolved under Wine keeps its letter, so the mapped drive comes from HKCU\\Network there', () => {
    const roots = JSON.parse(readFileSync(join(WINE8, 'drive-roots.json'), 'utf8')) as Record<string, string>;
    expect(driveFromResolvedRoot('C:', roots['C:\\']!)).toEqual({ letter: 'C:', kind: 'unknown' });
    expect(driveFromResolvedRoot('S:', roots['S:\\']!)).toEqual({ letter: 'S:', kind: 'unknown' });
  });
});

describe('the Windows host over Wine 8 captures', () => {
  function wineHost() {
    const runner = recordedRunner({
      'powershell.exe': captured('powershell'),
      'cmd.exe': captured('chcp'),
      'tasklist.exe': captured('tasklist'),
      'sc.exe': captured('sc-queryex'),
      'reg.exe': (request: CommandRequest) => {
        const root = request.args[1]!.toLowerCase();
        // The parent listing (no /s) that tells a missing key from a denied one: the parents here hold no such key.
        if (isRegListing(request)) return root === 'hklm\\software' ? captured('reg-list-software') : regListing(request.args[1]!);
        if (root === 'hkcu\\network') return captured('reg-query-network');
        if (SYNC_APP_KEY.toLowerCase().startsWith(`${root}\\`)) return captured('reg-query-uninstall');
        return captured('reg-query-missing');
      },
    });
    return createWindowsHost({ runner, env: { SystemRoot: 'C:\\windows', SystemDrive: 'C:', COMPUTERNAME: 'WINE-PC', USERNAME: 'root' } });
  }

  it('falls back from the empty PowerShell answer to reg.exe and sees the Sync App installed', async () => {
    const answer = await wineHost().registry([...UNINSTALL_ROOTS, 'HKLM\\SOFTWARE\\Intuit']);
    expect(answer.ok).toBe(true);
    const keys = answer.ok ? answer.value : [];
    expect(installedPrograms(keys)).toEqual([
      { displayName: 'AutoEntry Sync App', registryKey: SYNC_APP_KEY, version: '4.2.1', installLocation: SYNC_APP_VALUES.InstallLocation },
    ]);
  });

  it('lists the mapped drive from HKCU\\Network beside the system drive', async () => {
    expect(await wineHost().drives()).toEqual({
      ok: true,
      value: [{ letter: 'C:', kind: 'fixed' }, { letter: 'S:', kind: 'network', remote: '\\\\FILESRV\\Accounts' }],
    });
  });

  it('takes sc queryex ending in an error with nothing printed as a failed look-up, not as "no services"', async () => {
    const services = await wineHost().services();
    expect(services.ok).toBe(false);
  });
});
