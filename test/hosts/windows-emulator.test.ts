import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { CommandOutcome } from '../../src-main/host/node/command-runner.js';
import { relevantProcessFilter } from '../../src-main/host/windows/session/wql-filter.js';
import { LANGUAGE_MODE_EXIT_CODE, languageModeRefusal, powerShellArgs, powerShellRequest, SCRIPT_END_MARKER, scriptOnStdin } from '../../src-main/host/windows/powershell-command.js';
import { buildSessionScript } from '../../src-main/host/windows/session/session-script.js';
import type { MachineSnapshot } from '../../src-shared/model/machine-snapshot-schema.js';
import { emulateWindows } from '../support/windows-emulator/index.js';
import { WINDOWS_LANGUAGES, type WindowsLanguage } from '../support/windows-emulator/windows-languages.js';
import { parseWqlWhere, wqlLikeRegExp } from '../support/windows-emulator/wql-where.js';

/** The emulator held against Microsoft's documentation and the outputs captured on real PCs. */
const fixture = (name: string) => readFileSync(new URL(`../fixtures/windows/${name}`, import.meta.url));

function pcWith(parts: Partial<MachineSnapshot> = {}): MachineSnapshot {
  return {
    format: 'sync-doctor/machine@1',
    capturedAt: '2026-11-20T09:30:00Z',
    host: { computerName: 'OFFICE-PC1', userName: 'jane', userDomain: 'OFFICE', sessionId: 1 },
    env: {},
    drives: { 'C:': { kind: 'fixed' } },
    files: {},
    processes: [],
    services: [],
    registry: {},
    ...parts,
  } as MachineSnapshot;
}

const ran = (outcome: CommandOutcome) => {
  if (!outcome.ran) throw new Error(outcome.message);
  return outcome;
};

describe('WQL LIKE, as learn.microsoft.com/windows/win32/wmisdk/like-operator describes it', () => {
  it.each([
    ['%Win%', 'Win32_Process', true],
    ['%win%', 'WIN32_PROCESS', true], // case-insensitive
    ['%[_][_]%', '__Class', true],
    ['%[_][_]%', '_Class', false],
    ['_in%', 'Win32', true],
    ['[a-f]%', 'database', true],
    ['[^a-f]%', 'database', false],
    ['[abc]x', 'bx', true],
    ['100[%]', '100%', true],
    ['100[%]', '1000', false],
    ['a[[]b', 'a[b', true],
  ])('%s against %s: %s', (pattern, value, matches) => {
    expect(wqlLikeRegExp(pattern).test(value)).toBe(matches);
  });

  it('reads NOT before a property, AND, OR, parentheses and backslash escapes in string literals', () => {
    const where = parseWqlWhere(`Local="TRUE" AND NOT PortName LIKE "%\\\\%" AND (DriverName LIKE '%HP%' OR DriverName LIKE 'Canon%')`);
    expect(where({ Local: 'TRUE', PortName: 'USB001', DriverName: 'HP LaserJet' })).toBe(true);
    expect(where({ Local: 'TRUE', PortName: '\\\\srv\\p', DriverName: 'HP LaserJet' })).toBe(false);
    expect(where({ Local: 'TRUE', PortName: 'USB001', DriverName: 'Brother' })).toBe(false);
    expect(() => parseWqlWhere("Name LIKE '%x")).toThrow();
  });

  it('keeps exactly the processes our narrow filter means, wildcards in the pattern taken literally', () => {
    const { pc } = emulateWindows(pcWith({
      processes: [
        { pid: 10, name: 'Sync_App%1.exe', sessionId: 1 },
        { pid: 11, name: 'SyncXAppY1.exe', sessionId: 1 },
        { pid: 12, name: 'sage.exe', sessionId: 1 },
        { pid: 13, name: 'notepad.exe', path: 'C:\\Program Files\\Sync_App%1\\notepad.exe', user: 'OFFICE\\jane', sessionId: 1 },
      ],
    }));
    const keep = parseWqlWhere(relevantProcessFilter(['Sync_App%1']));
    const kept = pc.processes().filter((p) => keep({ Name: p.name, ExecutablePath: p.path ?? null })).map((p) => p.pid);
    expect(kept).toEqual([10, 12, 13]);
  });
});

describe('the console tools, in the layout captured on real PCs', () => {
  it('reg query prints a key as Wine 8 printed it (reg-query-network.stdout.txt), byte for byte', async () => {
    const { runner } = emulateWindows(pcWith({ registry: { 'HKCU\\Network\\S': { ConnectionType: 1, RemotePath: '\\\\FILESRV\\Accounts' } } }));
    const outcome = ran(await runner({ command: 'C:\\Windows\\System32\\reg.exe', args: ['query', 'HKCU\\Network', '/s', '/reg:64'], timeoutMs: 1000 }));
    // Wine lists HKCU\Network's own (empty) key first only when it has values; Windows prints the root too.
    const printed = Buffer.from(outcome.stdout).toString('latin1');
    expect(printed.endsWith(fixture('wine8/reg-query-network.stdout.txt').toString('latin1'))).toBe(true);
  });

  it('chcp prints the code page line as Wine 8 did (chcp.stdout.txt)', async () => {
    const { runner } = emulateWindows(pcWith());
    const outcome = ran(await runner({ command: 'C:\\Windows\\System32\\cmd.exe', args: ['/d', '/c', 'chcp'], timeoutMs: 1000 }));
    expect(Buffer.from(outcome.stdout)).toEqual(fixture('wine8/chcp.stdout.txt'));
  });

  it('sc queryex prints the published sc query block, with the DISPLAY_NAME, PID and FLAGS lines queryex adds', async () => {
    const { runner } = emulateWindows(pcWith({ services: [{ name: 'wmzwebpy', displayName: 'wmzwebpy', state: 'paused', pid: 4321 }] }));
    const outcome = ran(await runner({ command: 'C:\\Windows\\System32\\sc.exe', args: ['queryex', 'wmzwebpy'], timeoutMs: 1000 }));
    const lines = Buffer.from(outcome.stdout).toString('latin1').split('\r\n');
    const published = fixture('published/sc-query-paused.txt').toString('latin1').split('\r\n').filter((l) => !/TYPE|\(STOPPABLE/.test(l));
    expect(lines.filter((l) => !/DISPLAY_NAME|PID|FLAGS|TYPE|\(STOPPABLE/.test(l)).join('\n').startsWith(published.join('\n'))).toBe(true);
    expect(lines).toContain('        PID                : 4321');
  });

  it('tasklist gives each process its real session, lists itself, and filters by PID', async () => {
    const { runner, pc } = emulateWindows(pcWith({ host: { computerName: 'TS1', userName: 'jane', userDomain: 'OFFICE', sessionId: 3 }, processes: [{ pid: 5001, name: 'AutoEntry.SyncApp.exe', user: 'OFFICE\\jane', sessionId: 3 }] }));
    const all = Buffer.from(ran(await runner({ command: 'tasklist.exe', args: ['/FO', 'CSV', '/NH'], timeoutMs: 1000 })).stdout).toString('latin1');
    expect(all).toMatch(/^"AutoEntry\.SyncApp\.exe","5001","RDP-Tcp#13","3","[\d,]+ K"\r$/m);
    expect(all).toMatch(/^"tasklist\.exe","\d+","RDP-Tcp#13","3",/m);
    expect(all).toMatch(/^"System","4","Services","0",/m);
    const mine = Buffer.from(ran(await runner({ command: 'tasklist.exe', args: ['/V', '/FO', 'CSV', '/NH', '/FI', `PID eq ${pc.callerPid}`], timeoutMs: 1000 })).stdout).toString('latin1');
    expect(mine.trim().split('\r\n')).toHaveLength(1);
    expect(mine.trim()).toMatch(new RegExp(`^"node\\.exe","${pc.callerPid}","RDP-Tcp#13","3","[\\d,]+ K","Running","OFFICE\\\\jane","0:00:01","N/A"$`));
  });

  const LANGUAGES = Object.keys(WINDOWS_LANGUAGES) as WindowsLanguage[];
  it.each(LANGUAGES)('reg query of a denied key in %s: exit code 1, the message on stderr in the OEM code page', async (language) => {
    const texts = WINDOWS_LANGUAGES[language];
    const { runner } = emulateWindows(pcWith({ registry: { 'HKLM\\SOFTWARE\\Sage\\Accounts': { x: 'y' } } }), { language, deniedRegistry: ['HKLM\\SOFTWARE\\Sage'] });
    const denied = ran(await runner({ command: 'reg.exe', args: ['query', 'HKLM\\SOFTWARE\\Sage', '/s'], timeoutMs: 1000 }));
    const missing = ran(await runner({ command: 'reg.exe', args: ['query', 'HKLM\\SOFTWARE\\Intuit', '/s'], timeoutMs: 1000 }));
    expect([denied.exitCode, missing.exitCode]).toEqual([1, 1]);
    expect(iconv.decode(Buffer.from(denied.stderr), `cp${texts.oemCodePage}`)).toBe(`${texts.accessDenied}\r\n`);
    expect(iconv.decode(Buffer.from(missing.stderr), `cp${texts.oemCodePage}`)).toBe(`${texts.keyNotFound}\r\n`);
    expect(Buffer.from(denied.stderr).equals(iconv.encode(`${texts.accessDenied}\r\n`, `cp${texts.oemCodePage}`))).toBe(true);
    const chcp = ran(await runner({ command: 'cmd.exe', args: ['/d', '/c', 'chcp'], timeoutMs: 1000 }));
    expect(iconv.decode(Buffer.from(chcp.stdout), `cp${texts.oemCodePage}`)).toContain(String(texts.oemCodePage));
  });
});

describe('PowerShell on the emulated PC', () => {
  it('writes JSON as Windows PowerShell 5.1 does: apostrophes and angle brackets escaped, other text as it is', async () => {
    const { runner } = emulateWindows(pcWith({ registry: { "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\O'Brien <Tools>": { DisplayName: "O'Brien & Söhne" } } }));
    const script = "[Console]::OutputEncoding = New-Object System.Text.UTF8Encoding $false\n$out = Read-SdReport @('registry') $null $null @('HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall') @('AutoEntry')";
    const outcome = ran(await runner({ command: 'powershell.exe', args: ['-NoProfile', '-Command', script], timeoutMs: 1000 }));
    const text = Buffer.from(outcome.stdout).toString('utf8');
    expect(text).toContain('O\\u0027Brien \\u0026 Söhne');
    expect(text).toContain('O\\u0027Brien \\u003cTools\\u003e');
    expect(JSON.parse(text).registry[1].values.DisplayName).toBe("O'Brien & Söhne");
  });

  it('fails a script that uses .NET types under Constrained Language Mode, and runs one that does not', async () => {
    const { runner } = emulateWindows(pcWith(), { constrainedLanguage: true });
    const dotnet = ran(await runner({ command: 'powershell.exe', args: ['-Command', '[Console]::Out.Write((Read-SdReport @(\'drives\') $null $null @() @()))'], timeoutMs: 1000 }));
    expect([dotnet.exitCode, dotnet.stdout.length]).toEqual([1, 0]);
    expect(Buffer.from(dotnet.stderr).toString('latin1')).toContain('only on core types');
    const plain = ran(await runner({ command: 'powershell.exe', args: ['-Command', "Read-SdReport @('drives') $null $null @() @() | ConvertTo-Json -Compress"], timeoutMs: 1000 }));
    // No `@( )` around the pipeline in this script: PowerShell hands ConvertTo-Json the one drive unwrapped.
    expect(JSON.parse(Buffer.from(plain.stdout).toString('latin1')).drives).toEqual({ letter: 'C:', driveType: 3, remote: null });
  });

  async function sessionWatching(script: string, elevatedPid: number) {
    const { spawn, pc } = emulateWindows(pcWith({ processes: [{ pid: elevatedPid, name: 'AutoEntry.SyncApp.exe', user: 'OFFICE\\jane', sessionId: 1 }] }), { elevatedPids: [elevatedPid] });
    const child = spawn('powershell.exe', ['-NoProfile', '-Command', script]);
    const lines: string[] = [];
    child.onLine((line) => lines.push(line));
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    child.write(`${JSON.stringify({ id: 1, op: 'watch', pids: [elevatedPid] })}\n`);
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { lines, pc, child };
  }

  it('reports a false "exited" for an elevated process a script opens through Process.Handle (PROCESS_ALL_ACCESS)', async () => {
    const { lines, child } = await sessionWatching("Send @{ ready = $true }\n$h = $process.Handle\n[System.Threading.WaitHandle]::WaitAny($handles)", 4242);
    expect(lines).toEqual(['{"ready":true}', '{"event":"exited","pid":4242}', '{"id":1,"watching":[]}']);
    child.kill();
  });

  it('watches it, and reports its real exit, for a script that waits with SYNCHRONIZE only (WaitForExit)', async () => {
    const { lines, pc, child } = await sessionWatching("Send @{ ready = $true }\n$process.WaitForExit()", 4242);
    expect(lines).toEqual(['{"ready":true}', '{"id":1,"watching":[4242]}']);
    pc.stopProcess(4242);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(lines.at(-1)).toBe('{"event":"exited","pid":4242}');
    child.kill();
  });
});

describe('a session whose script comes on stdin (`-Command -`)', () => {
  it('starts once the script is written, then answers requests line by line', async () => {
    const { spawn } = emulateWindows(pcWith({ processes: [{ pid: 5001, name: 'AutoEntry.SyncApp.exe', user: 'OFFICE\\jane', sessionId: 1 }] }));
    const child = spawn('C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', '-']);
    const lines: string[] = [];
    child.onLine((line) => lines.push(line));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(lines).toEqual([]);
    child.write("$out.processes = @(Get-CimInstance Win32_Process)\nSend @{ ready = $true }\n\n");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(lines).toEqual(['{"ready":true}']);
    child.write(`${JSON.stringify({ id: 3, op: 'refresh', parts: ['processes'], processFilter: "Name LIKE '%autoentry%'", registryRoots: [], ownerPatterns: [] })}\n`);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(JSON.parse(lines[1]!)).toMatchObject({ id: 3, report: { errors: [], processes: [{ pid: 5001, name: 'AutoEntry.SyncApp.exe' }] } });
    child.kill();
  });
});

describe("the product's own start: the -Command bootstrap, the script on stdin up to the end marker", () => {
  const started = (faults: Parameters<typeof emulateWindows>[1] = {}) => {
    const { spawn, pc } = emulateWindows(pcWith({ processes: [
      { pid: 5001, name: 'AutoEntry.SyncApp.exe', user: 'OFFICE\\jane', sessionId: 1 },
      { pid: 6001, name: 'AutoEntry.SyncApp.exe', user: 'OFFICE\\bob', sessionId: 2 },
    ] }), faults);
    const child = spawn('C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', powerShellArgs());
    const lines: string[] = [];
    let ended = false;
    child.onLine((line) => lines.push(line));
    child.onEnd(() => {
      ended = true;
    });
    return { child, lines, pc, ended: () => ended };
  };
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('runs nothing until the marker, then the script; a request written before it runs is answered after ready', async () => {
    const { child, lines } = started();
    await tick();
    const text = scriptOnStdin(buildSessionScript());
    const cut = text.indexOf(SCRIPT_END_MARKER);
    child.write(text.slice(0, cut));
    await tick();
    expect(lines).toEqual([]);
    child.write(`${text.slice(cut)}${JSON.stringify({ id: 1, op: 'watch', pids: [5001, 6001] })}\n`);
    await tick();
    await tick();
    // Another user's Sync App may not be opened even for SYNCHRONIZE: cannotWatch, never "exited".
    expect(lines).toEqual(['{"ready":true}', '{"id":1,"watching":[5001],"cannotWatch":[6001]}']);
    child.kill();
  });

  it('under Constrained Language Mode prints the bootstrap\'s "unavailable" line and ends, before reading the script', async () => {
    const { lines, ended } = started({ constrainedLanguage: true });
    await tick();
    await tick();
    expect(lines.map((l) => languageModeRefusal(l))).toEqual(['PowerShell runs in ConstrainedLanguage mode']);
    expect(ended()).toBe(true);
  });

  it('a one-shot run gets its script from CommandRequest.stdin', async () => {
    const { runner } = emulateWindows(pcWith(), { constrainedLanguage: true });
    const refused = ran(await runner(powerShellRequest('powershell.exe', "Read-SdReport @('drives') $null $null @() @() | ConvertTo-Json -Compress", 1000)));
    expect([refused.exitCode, languageModeRefusal(Buffer.from(refused.stdout).toString('latin1'))]).toEqual([LANGUAGE_MODE_EXIT_CODE, 'PowerShell runs in ConstrainedLanguage mode']);
    const { runner: full } = emulateWindows(pcWith());
    const answered = ran(await full(powerShellRequest('powershell.exe', "Read-SdReport @('drives') $null $null @() @() | ConvertTo-Json -Compress", 1000)));
    expect(JSON.parse(Buffer.from(answered.stdout).toString('latin1')).drives).toEqual({ letter: 'C:', driveType: 3, remote: null });
  });
});
