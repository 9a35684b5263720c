import { describe, expect, it } from 'vitest';
import { createWindowsHost } from '../../src-main/host/windows/windows-host.js';
import { isRegListing, recordedRunner, regListing, replay } from './support/recorded-runner.js';

import { BOOTSTRAP_COMMAND, SCRIPT_END_MARKER } from '../../src-main/host/windows/powershell-command.js';

describe('Windows host over one PowerShell refresh', () => {
  it('answers processes, services, registry, drives and identity from a single PowerShell run', async () => {
    const runner = recordedRunner({ 'powershell.exe': replay('powershell-en.json') });
    const host = createWindowsHost({ runner, env: {} });
    const [processes, services, registry, drives, identity] = await Promise.all([
      host.processes(),
      host.services(),
      host.registry(['HKCU\\Network']),
      host.drives(),
      host.identity(),
    ]);
    expect(runner.requests).toHaveLength(1);
    expect(processes.ok && processes.value.map((p) => p.name)).toEqual(['System', 'sage.exe', 'AutoEntry.SyncApp.exe', 'QBW.EXE']);
    expect(services.ok && services.value.map((s) => s.state)).toEqual(['running', 'stopped', 'start-pending']);
    expect(registry.ok && registry.value.map((k) => k.key)).toEqual(['HKCU\\Network', 'HKCU\\Network\\S']);
    expect(drives.ok && drives.value.find((d) => d.letter === 'S:')).toEqual({ letter: 'S:', kind: 'network', remote: '\\\\FILESRV\\Accounts' });
    expect(identity).toMatchObject({ ok: true, value: { computerName: 'OFFICE-PC1', userName: 'jane', elevated: false } });
  });

  it('runs PowerShell without a profile or prompts, the script on standard input (never -EncodedCommand)', async () => {
    const runner = recordedRunner({ 'powershell.exe': replay('powershell-en.json') });
    await createWindowsHost({ runner, env: {} }).processes();
    const [request] = runner.requests;
    expect(request!.command).toBe('C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe');
    expect(request!.args).toEqual(['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', BOOTSTRAP_COMMAND]);
    expect(request!.args.join(' ')).not.toMatch(/-enc|base64|FromBase64/i);
    const script = request!.stdin!;
    expect(script.endsWith(`\n${SCRIPT_END_MARKER}\n`)).toBe(true);
    expect(script).toContain('[Console]::OutputEncoding = New-Object System.Text.UTF8Encoding');
    expect(script).toContain('Win32_Process');
    expect(script).toContain('Win32_Service');
    expect(script).toContain('Win32_LogicalDisk');
    expect(script).toContain("'HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall'");
    expect(script).toContain('ConvertTo-Json -Compress');
    expect(script).not.toMatch(/wmic|vbscript|cscript/i);
  });

  it('refreshes again for a registry root not read yet, and after the cache time', async () => {
    let now = 1_000_000;
    const runner = recordedRunner({ 'powershell.exe': replay('powershell-en.json') });
    const host = createWindowsHost({ runner, env: {}, clock: () => now, cacheMs: 1000 });
    await host.processes();
    await host.registry(['HKLM\\SOFTWARE\\Intuit\\QuickBooks']);
    expect(runner.requests).toHaveLength(1);
    await host.registry(["HKLM\\SOFTWARE\\Bob's Keys"]);
    expect(runner.requests).toHaveLength(2);
    expect(runner.requests[1]!.stdin).toContain("'HKLM\\SOFTWARE\\Bob''s Keys'");
    now += 5000;
    await host.services();
    expect(runner.requests).toHaveLength(3);
  });

  it('uses tasklist, sc and reg query when PowerShell is blocked by policy, decoding the German code page', async () => {
    const runner = recordedRunner({
      'powershell.exe': replay(undefined, 1, 'powershell-blocked.stderr.txt'),
      'cmd.exe': replay('chcp-de.txt'),
      'tasklist.exe': replay('tasklist-de.csv'),
      'sc.exe': replay('sc-queryex-de.txt'),
      'reg.exe': (request) => (request.args[1] === 'HKCU\\Network' ? replay('reg-query-de.txt') : isRegListing(request) ? regListing(request.args[1]!) : replay(undefined, 1, 'reg-missing-en.stderr.txt')),
    });
    const host = createWindowsHost({ runner, selfPid: 5230, env: { COMPUTERNAME: 'BUERO-PC', USERNAME: 'jürgen', USERDOMAIN: 'BUERO', SystemRoot: 'D:\\WINDOWS' } });
    const processes = await host.processes();
    expect(processes.ok && processes.value.map((p) => p.name)).toContain('Büroassistent.exe');
    const services = await host.services();
    expect(services).toEqual({ ok: true, value: [{ name: 'QuickBooksDB34', displayName: 'QuickBooks-Datenbankdienst für Büro', state: 'start-pending', pid: 3112 }] });
    const registry = await host.registry(['HKCU\\Network', 'HKLM\\SOFTWARE\\Intuit']);
    expect(registry).toMatchObject({ ok: true, value: [{ key: 'HKCU\\Network\\S', values: { RemotePath: '\\\\DATEISERVER\\Buchführung' } }] });
    expect(await host.drives()).toEqual({ ok: true, value: [{ letter: 'C:', kind: 'fixed' }, { letter: 'S:', kind: 'network', remote: '\\\\DATEISERVER\\Buchführung' }] });
    expect(await host.identity()).toEqual({ ok: true, value: { computerName: 'BUERO-PC', userName: 'jürgen', userDomain: 'BUERO', sessionId: 1 } });
    expect(runner.requests.filter((r) => r.command.endsWith('\\powershell.exe'))).toHaveLength(1);
    expect(runner.requests.filter((r) => r.command.endsWith('\\cmd.exe'))).toHaveLength(1);
    const reg = runner.requests.find((r) => r.command.endsWith('\\reg.exe'))!;
    expect(reg.command).toBe('D:\\WINDOWS\\System32\\reg.exe');
    expect(reg.args).toEqual(['query', 'HKCU\\Network', '/s', '/reg:64']);
  });

  it('falls back for the parts PowerShell could not read, and keeps the rest', async () => {
    const runner = recordedRunner({ 'powershell.exe': replay('powershell-partial-errors.json'), 'cmd.exe': replay('chcp-en.txt'), 'tasklist.exe': replay('tasklist-en.csv') });
    const host = createWindowsHost({ runner, env: {} });
    const processes = await host.processes();
    expect(processes.ok && processes.value.map((p) => p.pid)).toEqual([0, 4, 4120, 5230]);
    expect(await host.drives()).toEqual({ ok: true, value: [{ letter: 'C:', kind: 'fixed' }] });
  });

  it('reports the fallbacks\' own failures as typed failures', async () => {
    const runner = recordedRunner({
      'powershell.exe': { ran: false, reason: 'timeout', message: 'powershell.exe did not finish within 20000 ms' },
      'cmd.exe': replay('chcp-de.txt'),
      'tasklist.exe': replay('tasklist-denied.txt', 1),
      'sc.exe': replay('sc-denied-en.txt', 5),
      // The parent lists Sage among its subkeys: the key is there, and this user may not read it.
      'reg.exe': (request) => (isRegListing(request) ? regListing(request.args[1]!, ['Sage']) : replay(undefined, 1, 'reg-denied-de.stderr.txt')),
    });
    const host = createWindowsHost({ runner, env: {} });
    expect(await host.processes()).toMatchObject({ ok: false, error: { kind: 'error' } });
    expect(await host.services()).toMatchObject({ ok: false, error: { kind: 'denied' } });
    expect(await host.registry(['HKLM\\SOFTWARE\\Sage'])).toMatchObject({ ok: false, error: { kind: 'denied' } });
  });

  it('takes "no tasks" (in French) from an unfiltered tasklist as a failed look-up, not as no process at all', async () => {
    const runner = recordedRunner({ 'cmd.exe': replay('chcp-fr.txt'), 'tasklist.exe': replay('tasklist-fr-none.txt') });
    expect(await createWindowsHost({ runner, env: {} }).processes()).toMatchObject({ ok: false, error: { kind: 'error', message: expect.stringMatching(/no processes at all/) } });
  });

  it('checks liveness with signal 0, counting "not permitted" as alive', async () => {
    const kill = (pid: number) => {
      if (pid === 5230) return true;
      if (pid === 4) throw Object.assign(new Error('EPERM'), { code: 'EPERM' });
      throw Object.assign(new Error('ESRCH'), { code: 'ESRCH' });
    };
    const host = createWindowsHost({ runner: recordedRunner({}), env: {}, kill });
    expect(await host.processAlive(5230)).toEqual({ ok: true, value: true });
    expect(await host.processAlive(4)).toEqual({ ok: true, value: true });
    expect(await host.processAlive(9999)).toEqual({ ok: true, value: false });
  });

});
