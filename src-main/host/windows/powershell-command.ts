import type { CommandRequest } from '../node/command-runner.js';

/**
 * How Sync Doctor hands its scripts to Windows PowerShell 5.1: not as `-EncodedCommand` (a
 * base64 script is what the SigmaHQ rule "Suspicious PowerShell Encoded Command Patterns" and
 * many EDR products flag), and not as a script file (`-File` is refused where Group Policy sets
 * AllSigned, and a file written to AppData and then run is itself an EDR pattern). The command
 * line holds a short, readable `-Command` that checks the language mode, reads the script from
 * standard input up to a marker line, and runs it. Under Constrained Language Mode (AppLocker or
 * WDAC) it prints one JSON line naming the mode and exits, so the caller falls back to the
 * console tools with that reason instead of a script dying at its first line. It uses only what
 * that mode allows (a hashtable literal, ConvertTo-Json, reading a property). See docs/WINDOWS-LANE.md.
 */

/** The line that ends the script on standard input; protocol lines (the session's) follow it. */
export const SCRIPT_END_MARKER = '#sync-doctor:end-of-script';

/** Exit code of the bootstrap when PowerShell does not run in Full Language mode. */
export const LANGUAGE_MODE_EXIT_CODE = 3;

/** The `-Command` text (no double quotes, so no quoting rules of the command line apply inside it). */
export const BOOTSTRAP_COMMAND = [
  `$sdMode = [string]$ExecutionContext.SessionState.LanguageMode`,
  `if ($sdMode -ne 'FullLanguage') { @{ unavailable = 'PowerShell runs in ' + $sdMode + ' mode' } | ConvertTo-Json -Compress; exit ${LANGUAGE_MODE_EXIT_CODE} }`,
  `$sdIn = New-Object System.IO.StreamReader -ArgumentList ([Console]::OpenStandardInput()), (New-Object System.Text.UTF8Encoding $false)`,
  `$sdScript = New-Object System.Text.StringBuilder`,
  `while ($null -ne ($sdLine = $sdIn.ReadLine()) -and $sdLine -ne '${SCRIPT_END_MARKER}') { [void]$sdScript.AppendLine($sdLine) }`,
  `. ([scriptblock]::Create($sdScript.ToString()))`,
].join('; ');

/** Windows PowerShell 5.1 on the bootstrap: no profile, no prompts. */
export function powerShellArgs(): string[] {
  return ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', BOOTSTRAP_COMMAND];
}

/** What is written to PowerShell's standard input: the script, then the marker line. */
export function scriptOnStdin(script: string): string {
  return `${script.replace(/\r?\n$/, '')}\n${SCRIPT_END_MARKER}\n`;
}

/** A one-shot run of a script (the system script when the session cannot be used). */
export function powerShellRequest(powershell: string, script: string, timeoutMs: number): CommandRequest {
  return { command: powershell, args: powerShellArgs(), stdin: scriptOnStdin(script), timeoutMs };
}

/** The reason in the bootstrap's answer under Constrained (or another non-Full) Language Mode, if that is what `text` is. */
export function languageModeRefusal(text: string): string | undefined {
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('{"unavailable"')) continue;
    try {
      const parsed = JSON.parse(trimmed) as { unavailable?: unknown };
      if (typeof parsed.unavailable === 'string') return parsed.unavailable;
    } catch {
      // not the bootstrap's line
    }
  }
  return undefined;
}
