import { describe, expect, it } from 'vitest';
import { decodeConsoleOutput, parseChcpOutput } from '../../src-main/host/windows/console-text.js';
import { fromLongPath, toLongPath } from '../../src-main/host/windows/long-path.js';
import { parseRegQuery } from '../../src-main/host/windows/reg-query-output.js';
import { parseScQueryEx } from '../../src-main/host/windows/sc-queryex-output.js';
import { parseSystemReport } from '../../src-main/host/windows/system-report.js';
import { parseTasklistCsv } from '../../src-main/host/windows/tasklist-output.js';
import { parseWindowsTime } from '../../src-main/host/windows/windows-time.js';
import { fixtureBytes } from './support/recorded-runner.js';

const text = (name: string, codePage = 850) => decodeConsoleOutput(fixtureBytes(name), codePage);

describe('console output decoding', () => {
  it('reads the code page from chcp in English, German and French', () => {
    expect(parseChcpOutput(text('chcp-en.txt', 437))).toBe(437);
    expect(parseChcpOutput(text('chcp-de.txt'))).toBe(850);
    expect(parseChcpOutput(text('chcp-fr.txt'))).toBe(850);
    expect(parseChcpOutput('nonsense')).toBeUndefined();
  });

  it('decodes OEM code page 850, UTF-16LE with and without a BOM, and UTF-8', () => {
    expect(text('tasklist-de.csv')).toContain('Büroassistent.exe');
    expect(text('tasklist-fr-utf16.csv')).toContain('Système.exe');
    expect(decodeConsoleOutput(Buffer.from('Zugriff für Jürgen', 'utf16le'))).toBe('Zugriff für Jürgen');
    expect(decodeConsoleOutput(Buffer.from('Comptabilité', 'utf8'), 850)).toBe('Comptabilité');
  });
});

describe('tasklist /FO CSV /NH', () => {
  it('lists English processes with pid and session', () => {
    const parsed = parseTasklistCsv(text('tasklist-en.csv', 437));
    expect(parsed).toEqual({
      ok: true,
      processes: [
        { pid: 0, name: 'System Idle Process', sessionId: 0 },
        { pid: 4, name: 'System', sessionId: 0 },
        { pid: 4120, name: 'sage.exe', sessionId: 1 },
        { pid: 5230, name: 'AutoEntry.SyncApp.exe', sessionId: 1 },
      ],
    });
  });

  it('keeps accented names from German output and UTF-16 French output', () => {
    const de = parseTasklistCsv(text('tasklist-de.csv'));
    expect(de.ok && de.processes.map((p) => p.name)).toEqual(['System Idle Process', 'Büroassistent.exe', 'AutoEntry.SyncApp.exe']);
    const fr = parseTasklistCsv(text('tasklist-fr-utf16.csv'));
    expect(fr.ok && fr.processes).toEqual([
      { pid: 4, name: 'Système.exe', sessionId: 0 },
      { pid: 5230, name: 'AutoEntry.SyncApp.exe', sessionId: 1 },
    ]);
  });

  it('reads the INFO line in any language as no process', () => {
    for (const file of ['tasklist-en-none.txt', 'tasklist-de-none.txt', 'tasklist-fr-none.txt']) {
      expect(parseTasklistCsv(text(file))).toEqual({ ok: true, processes: [] });
    }
  });

  it('fails, without throwing, on broken CSV', () => {
    expect(parseTasklistCsv('"unterminated,"5\n').ok).toBe(false);
  });
});

describe('reg query /s', () => {
  it('splits English values on the REG_* token, names with spaces included', () => {
    expect(parseRegQuery(text('reg-query-en.txt', 437))).toEqual([
      {
        key: 'HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{8B7A1C2D-0000-4000-8000-AE0000000001}',
        values: {
          '': 'AutoEntry default',
          DisplayName: 'AutoEntry Sync App',
          'Install Location': '%ProgramFiles(x86)%\\AutoEntry\\',
          EstimatedSize: 8000,
          NoModify: 1,
          Components: ['sync', 'updater'],
        },
      },
      { key: 'HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{8B7A1C2D-0000-4000-8000-AE0000000001}\\Empty', values: {} },
    ]);
  });

  it('knows the default value as (Standard) in German and (par défaut) in French', () => {
    expect(parseRegQuery(text('reg-query-de.txt'))).toEqual([
      {
        key: 'HKCU\\Network\\S',
        values: { '': 'Laufwerk für Buchhaltung', RemotePath: '\\\\DATEISERVER\\Buchführung', ProviderName: 'Microsoft Windows Network', ConnectionType: 1 },
      },
    ]);
    expect(parseRegQuery(text('reg-query-fr.txt'))).toEqual([
      {
        key: 'HKLM\\SOFTWARE\\WOW6432Node\\Sage\\Line 50\\32.0',
        values: { '': 'Comptabilité', 'Program Path': 'C:\\Program Files (x86)\\Sage\\Accounts\\', 'Install Date': 0x19ab2c3d4e5 },
      },
    ]);
  });

  it('reads UTF-16 output the same as code page output', () => {
    expect(parseRegQuery(text('reg-query-utf16.txt'))).toEqual(parseRegQuery(text('reg-query-de.txt')));
  });

  it('finds nothing in an error message', () => {
    expect(parseRegQuery(text('reg-missing-en.stderr.txt', 437))).toEqual([]);
  });
});

describe('sc queryex', () => {
  it('reads English services by the numeric state', () => {
    expect(parseScQueryEx(text('sc-queryex-en.txt', 437), 0)).toEqual({
      ok: true,
      services: [
        { name: 'QuickBooksDB34', displayName: 'QuickBooksDB34', state: 'running', pid: 2231 },
        { name: 'Spooler', displayName: 'Print Spooler', state: 'stopped' },
      ],
    });
  });

  it('reads German and French labels by position', () => {
    expect(parseScQueryEx(text('sc-queryex-de.txt'), 0)).toEqual({
      ok: true,
      services: [{ name: 'QuickBooksDB34', displayName: 'QuickBooks-Datenbankdienst für Büro', state: 'start-pending', pid: 3112 }],
    });
    expect(parseScQueryEx(text('sc-queryex-fr.txt'), 0)).toEqual({
      ok: true,
      services: [{ name: 'AutoEntrySync', displayName: 'Synchronisation AutoEntry (Comptabilité)', state: 'paused', pid: 4410 }],
    });
  });

  it('takes exit code 1060 as no such service in any language, and 5 as denied', () => {
    expect(parseScQueryEx(text('sc-1060-en.txt', 437), 1060)).toEqual({ ok: true, services: [] });
    expect(parseScQueryEx(text('sc-1060-de.txt'), 1060)).toEqual({ ok: true, services: [] });
    expect(parseScQueryEx(text('sc-denied-en.txt', 437), 5)).toMatchObject({ ok: false, kind: 'denied' });
    expect(parseScQueryEx('', 1)).toMatchObject({ ok: false, kind: 'error' });
  });
});

describe('PowerShell system report', () => {
  it('reads English Windows output: owners, withheld paths, service states, registry kinds, drives', () => {
    const parsed = parseSystemReport(fixtureBytes('powershell-en.json'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { report } = parsed;
    expect(report.identity).toEqual({ computerName: 'OFFICE-PC1', userName: 'jane', userDomain: 'OFFICE', os: 'Microsoft Windows 11 Pro', elevated: false, sessionId: 1 });
    expect(report.processes?.find((p) => p.pid === 5230)).toEqual({
      pid: 5230, name: 'AutoEntry.SyncApp.exe', path: 'C:\\Program Files (x86)\\AutoEntry\\AutoEntry.SyncApp.exe', user: 'OFFICE\\jane', sessionId: 1, startedAt: '2026-11-20T08:02:10.000Z',
    });
    expect(report.processes?.find((p) => p.pid === 6100)).toEqual({ pid: 6100, name: 'QBW.EXE', sessionId: 2, startedAt: '2026-11-20T08:30:00.000Z' });
    expect(report.services).toEqual([
      { name: 'QuickBooksDB34', displayName: 'QuickBooksDB34', state: 'running', startType: 'auto', pid: 2231, account: '.\\QBDataServiceUser34', path: 'C:\\PROGRA~2\\Intuit\\QUICKB~1\\QBDBMgrN.exe' },
      { name: 'Spooler', displayName: 'Print Spooler', state: 'stopped', startType: 'manual', account: 'LocalSystem', path: 'C:\\Windows\\System32\\spoolsv.exe' },
      { name: 'AutoEntrySyncUpdater', displayName: 'AutoEntry Sync Updater', state: 'start-pending', startType: 'disabled' },
    ]);
    expect(report.registry?.[3]?.values).toEqual({ DisplayName: 'AutoEntry Sync App', InstallLocation: 'C:\\Program Files (x86)\\AutoEntry\\', '': 'default text', Tags: ['sync', 'autoentry'] });
    expect(report.drives).toEqual([
      { letter: 'C:', kind: 'fixed' },
      { letter: 'D:', kind: 'cdrom' },
      { letter: 'S:', kind: 'network', remote: '\\\\FILESRV\\Accounts' },
    ]);
  });

  it('accepts PowerShell 5.1 single results as objects, enums as numbers and /Date()/ times', () => {
    const parsed = parseSystemReport(fixtureBytes('powershell-51-single-results.json'));
    expect(parsed.ok && parsed.report).toMatchObject({
      identity: { userName: 'jürgen', elevated: true, sessionId: 2 },
      processes: [{ pid: 812, name: 'AutoEntry.SyncApp.exe', user: 'BUERO\\jürgen', startedAt: '2025-11-20T08:01:00.000Z' }],
      services: [{ name: 'QuickBooksDB33', state: 'running', startType: 'auto', pid: 2040 }],
      registry: [{ key: 'HKCU\\Network\\Z', values: { RemotePath: '\\\\NAS\\Buchhaltung', Flags: ['einzeln'] } }],
      drives: [{ letter: 'Z:', kind: 'network', remote: '\\\\NAS\\Buchhaltung' }],
    });
    expect(parsed.ok && parsed.report.services?.[0]?.path).toBeUndefined();
  });

  it('reads empty results: an empty list, null for none, and an empty value table as []', () => {
    const parsed = parseSystemReport(fixtureBytes('powershell-empty.json'));
    expect(parsed.ok && parsed.report).toEqual({
      errors: [],
      identity: { computerName: 'NEW-PC', userName: 'sam', elevated: false, sessionId: 1, os: 'Microsoft Windows 11 Home' },
      processes: [],
      services: [],
      registry: [{ key: 'HKCU\\Network', values: {} }],
      drives: [{ letter: 'C:', kind: 'fixed' }],
    });
  });

  it('keeps the parts that worked when others failed inside the script', () => {
    const parsed = parseSystemReport(fixtureBytes('powershell-partial-errors.json'));
    expect(parsed.ok && parsed.report.processes).toBeUndefined();
    expect(parsed.ok && parsed.report.errors).toHaveLength(2);
    expect(parsed.ok && parsed.report.drives).toEqual([{ letter: 'C:', kind: 'fixed' }]);
  });

  it('reads UTF-16 output with a warning before the JSON', () => {
    const utf16 = parseSystemReport(fixtureBytes('powershell-utf16.json'));
    expect(utf16).toEqual(parseSystemReport(fixtureBytes('powershell-en.json')));
  });

  it('fails cleanly on cut-off output, no output, and a JSON of the wrong shape', () => {
    expect(parseSystemReport(fixtureBytes('powershell-truncated.json'))).toMatchObject({ ok: false });
    expect(parseSystemReport(new Uint8Array())).toEqual({ ok: false, message: 'PowerShell printed no JSON' });
    expect(parseSystemReport(Buffer.from('{"processes":[{"pid":"x"}]}'))).toMatchObject({ ok: false });
  });
});

describe('Windows times and long paths', () => {
  it('reads ISO, /Date()/ and CIM times', () => {
    expect(parseWindowsTime('2026-11-20T08:01:00.1234567Z')).toBe('2026-11-20T08:01:00.123Z');
    expect(parseWindowsTime('/Date(1763625660000)/')).toBe('2025-11-20T08:01:00.000Z');
    expect(parseWindowsTime('20261120090100.000000+060')).toBe('2026-11-20T08:01:00.000Z');
    expect(parseWindowsTime('')).toBeUndefined();
    expect(parseWindowsTime('soon')).toBeUndefined();
  });

  it('prefixes long drive and UNC paths with \\\\?\\ and strips it again', () => {
    const deep = `C:\\Data\\${'Sub\\'.repeat(70)}SETUP.DTA`;
    expect(toLongPath(deep)).toBe(`\\\\?\\${deep}`);
    const unc = `\\\\FILESRV\\Accounts\\${'Client\\'.repeat(40)}Company.000`;
    expect(toLongPath(unc)).toBe(`\\\\?\\UNC\\FILESRV\\Accounts\\${'Client\\'.repeat(40)}Company.000`);
    expect(fromLongPath(toLongPath(unc))).toBe(unc);
    expect(toLongPath('C:\\Short')).toBe('C:\\Short');
    expect(toLongPath(`/tmp/${'x/'.repeat(200)}`)).toBe(`/tmp/${'x/'.repeat(200)}`);
  });
});
