import { describe, expect, it } from 'vitest';
import { buildSessionScript } from '../../src-main/host/windows/session/session-script.js';
import { parseSessionLine } from '../../src-main/host/windows/session/session-protocol.js';
import { BOOTSTRAP_COMMAND, languageModeRefusal, powerShellArgs, SCRIPT_END_MARKER, scriptOnStdin } from '../../src-main/host/windows/powershell-command.js';
import { SYSTEM_FUNCTIONS_PS } from '../../src-main/host/windows/system-functions-ps.js';

/**
 * The session script cannot run here (no Windows PowerShell); what it must and must not do is
 * read from it. Sources: .NET Framework reference source, Process.cs — `Handle` opens the
 * process with `m_processAccess` = PROCESS_ALL_ACCESS, `WaitForExit` with
 * `GetProcessHandle(NativeMethods.SYNCHRONIZE, false)`; ProcessManager.OpenProcess gives an
 * invalid handle for a process that is not running and throws for one it may not open;
 * WaitHandle.WaitAny refuses more than 64 handles (NotSupportedException).
 */
describe('the session script watches processes as WaitForExit does', () => {
  const script = buildSessionScript();

  it('never opens a watched process through Process.Handle (PROCESS_ALL_ACCESS)', () => {
    expect(script).not.toMatch(/\$process\.Handle\b/);
    expect(script).toMatch(/GetMethod\('GetProcessHandle', \[System\.Reflection\.BindingFlags\]'NonPublic, Instance', \$null, \[type\[\]\]@\(\[int\], \[bool\]\), \$null\)/);
    expect(script).toMatch(/\$sdOpen\.Invoke\(\$process, @\(\[int\]0x00100000, \$false\)\)/); // SYNCHRONIZE, do not throw if exited
  });

  it('reports "exited" only when Windows says the process is not running, and "cannot watch" when it may not be opened', () => {
    const watch = script.slice(script.indexOf('function Watch-SdProcess'), script.indexOf('function Unwatch-SdProcess'));
    // "not running" is GetProcessById's ArgumentException, or the invalid handle of an exited process.
    expect(watch).toMatch(/-is \[System\.ArgumentException\]\) \{ return 'exited' \} else \{ return 'cannot-watch' \}/);
    expect(watch).toMatch(/if \(\$safe\.IsInvalid\) \{ return 'exited' \}/);
    expect(watch).toMatch(/\} catch \{ return 'cannot-watch' \}\s*\}\s*$/);
    expect(watch).not.toMatch(/event = 'exited'/);
    expect(script).toMatch(/cannotWatch = @\(\$cannot\)/);
  });

  it('waits on at most 64 handles: the input line and 63 processes, the others looked at on each wake', () => {
    expect(script).toMatch(/\$first = @\(\$ids \| Select-Object -First 63\)/);
    expect(script).toMatch(/\$rest = @\(\$ids \| Select-Object -Skip 63\)/);
    expect(script).toMatch(/\$timeout = if \(\$rest\.Count -gt 0\) \{ 250 \} else \{ -1 \}/);
    expect(script).toMatch(/WaitAny\(\$handles, \(Get-SdWait \$timeout\)\)/);
    expect(script).toMatch(/foreach \(\$id in \$rest\) \{ if \(\$watched\[\$id\]\.handle\.WaitOne\(0\)\)/);
  });

  it('follows starts without WMI each second: the process ids from Process.GetProcesses(), WMI asked about the new ids only', () => {
    const find = script.slice(script.indexOf('function Find-SdStarts'), script.indexOf('function Get-SdWait'));
    expect(find).toMatch(/\[System\.Diagnostics\.Process\]::GetProcesses\(\)/);
    // One CIM query, only when there are new ids, narrowed to them and the filter, one property, with the deadline every CIM query has.
    expect(find.match(/Get-CimInstance/g)).toHaveLength(1);
    expect(find).toMatch(/if \(\$fresh\.Count -gt 0\) \{/);
    expect(find).toMatch(/-Filter \('\(' \+ \$starts\.filter \+ '\) AND \(' \+ \(\(\$fresh \| ForEach-Object \{ 'ProcessId = ' \+ \$_ \}\) -join ' OR '\) \+ '\)'\) -Property ProcessId -OperationTimeoutSec \$sdCimSeconds/);
    // The first look only learns; a failed WMI query keeps the last look, so the new ids are asked about again.
    expect(find).toMatch(/if \(\$null -ne \$starts\.known\)/);
    expect(find.indexOf('catch { $starts.clock.Restart(); return @() }')).toBeLessThan(find.indexOf('$starts.known = $ids'));
    // WaitAny wakes for the next look (at most a second away) only while starts are followed.
    expect(script).toMatch(/WaitAny\(\$handles, \(Get-SdWait \$timeout\)\)/);
    expect(script).toMatch(/if \(\$null -eq \$starts\.filter\) \{ return \$timeout \}/);
    expect(script).toMatch(/Send \(\[ordered\]@\{ event = 'started'; pid = \[int\]\$id \}\)/);
    expect(parseSessionLine('{"event":"started","pid":6160}')).toEqual({ kind: 'started', pid: 6160 });
  });

  it('the protocol carries "cannot watch" (a list of one as PowerShell 5.1 may unwrap it, too)', () => {
    expect(parseSessionLine('{"id":8,"watching":[],"cannotWatch":[4242]}')).toEqual({ kind: 'answer', id: 8, body: { id: 8, watching: [], cannotWatch: [4242] } });
    expect(parseSessionLine('{"id":8,"watching":17,"cannotWatch":4242}')).toEqual({ kind: 'answer', id: 8, body: { id: 8, watching: [17], cannotWatch: [4242] } });
  });
});

describe('how the scripts reach PowerShell (no -EncodedCommand) and what they do under Constrained Language Mode', () => {
  it('starts PowerShell with a readable -Command, never -EncodedCommand or base64', () => {
    const args = powerShellArgs();
    expect(args.slice(0, 5)).toEqual(['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command']);
    expect(args.join(' ')).not.toMatch(/-e(nc(odedcommand)?)?\b|base64/i);
    // No double quote inside: nothing for the command line's quoting rules to change.
    expect(BOOTSTRAP_COMMAND).not.toContain('"');
  });

  it('checks the language mode before anything that mode forbids (New-Object, [Console], method calls)', () => {
    const check = BOOTSTRAP_COMMAND.indexOf("$ExecutionContext.SessionState.LanguageMode");
    expect(check).toBe(BOOTSTRAP_COMMAND.search(/\$ExecutionContext/));
    expect(check).toBeLessThan(BOOTSTRAP_COMMAND.indexOf('New-Object'));
    expect(BOOTSTRAP_COMMAND.slice(0, BOOTSTRAP_COMMAND.indexOf('exit 3'))).not.toMatch(/New-Object|\[Console\]|::/);
  });

  it('sends the script on standard input up to the marker, ASCII only (no code page can change it)', () => {
    const text = scriptOnStdin(buildSessionScript());
    expect(text.endsWith(`\n${SCRIPT_END_MARKER}\n`)).toBe(true);
    expect(text.split('\n').filter((line) => line === SCRIPT_END_MARKER)).toHaveLength(1);
    expect(/[^\x00-\x7f]/.test(text)).toBe(false);
    expect(BOOTSTRAP_COMMAND).toContain(`$sdLine -ne '${SCRIPT_END_MARKER}'`);
  });

  it('reads the bootstrap\'s Constrained Language Mode answer', () => {
    expect(languageModeRefusal('{"unavailable":"PowerShell runs in ConstrainedLanguage mode"}\r\n')).toBe('PowerShell runs in ConstrainedLanguage mode');
    expect(languageModeRefusal('{"processes":[]}')).toBeUndefined();
    expect(parseSessionLine('{"unavailable":"PowerShell runs in RestrictedLanguage mode"}')).toEqual({ kind: 'unavailable', reason: 'PowerShell runs in RestrictedLanguage mode' });
  });

  it('gives every CIM query a -OperationTimeoutSec, so a busy WMI fails its part instead of holding the answer', () => {
    const cim = SYSTEM_FUNCTIONS_PS.split('\n').filter((line) => /Get-CimInstance|Invoke-CimMethod/.test(line));
    expect(cim.length).toBeGreaterThanOrEqual(5);
    for (const line of cim) expect(line).toMatch(/-OperationTimeoutSec \$sdCimSeconds/);
  });
});
