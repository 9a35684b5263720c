import type { CommandRequest } from '../node/command-runner.js';

/** PowerShell's `-EncodedCommand` takes the script as base64 of its UTF-16LE bytes. */
export function encodePowerShellScript(script: string): string {
  return Buffer.from(script, 'utf16le').toString('base64');
}

/** Windows PowerShell 5.1, present on every supported Windows; no profile, no prompts. */
export function powerShellRequest(powershell: string, script: string, timeoutMs: number): CommandRequest {
  return {
    command: powershell,
    args: ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand', encodePowerShellScript(script)],
    timeoutMs,
  };
}
