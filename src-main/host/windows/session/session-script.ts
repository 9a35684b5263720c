import { SYSTEM_FUNCTIONS_PS } from '../system-functions-ps.js';

/**
 * The long-lived PowerShell session's script (started once with `-EncodedCommand`): it reads
 * one request per line from stdin and writes one answer per line to stdout, in the protocol of
 * session-protocol.ts. While waiting it blocks on two kinds of handle at once — the next input
 * line and each watched process (a process handle is signalled when the process exits, which is
 * what Process.WaitForExit waits on) — so an exit is reported the moment it happens, without
 * polling and without a new process. End of input (Sync Doctor closed) ends the session.
 */
export function buildSessionScript(): string {
  return String.raw`$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$utf8 = New-Object System.Text.UTF8Encoding $false
$in = New-Object System.IO.StreamReader -ArgumentList ([Console]::OpenStandardInput()), $utf8
$send = New-Object System.IO.StreamWriter -ArgumentList ([Console]::OpenStandardOutput()), $utf8
$send.AutoFlush = $true
$send.NewLine = "` + '`n' + String.raw`"
function Send($answer) { $send.WriteLine(($answer | ConvertTo-Json -Compress -Depth 8)) }
${SYSTEM_FUNCTIONS_PS}
$watched = @{}
function Watch-SdProcess($id) {
  try {
    $process = [System.Diagnostics.Process]::GetProcessById([int]$id)
    $handle = New-Object System.Threading.ManualResetEvent $false
    $handle.SafeWaitHandle = New-Object Microsoft.Win32.SafeHandles.SafeWaitHandle -ArgumentList $process.Handle, $false
    $watched[[int]$id] = @{ process = $process; handle = $handle }
  } catch { Send ([ordered]@{ event = 'exited'; pid = [int]$id }) }
}
Send @{ ready = $true }
$next = $in.ReadLineAsync()
while ($true) {
  $ids = @($watched.Keys)
  $handles = [System.Threading.WaitHandle[]](@(([System.IAsyncResult]$next).AsyncWaitHandle) + @($ids | ForEach-Object { $watched[$_].handle }))
  $signalled = [System.Threading.WaitHandle]::WaitAny($handles)
  if ($signalled -gt 0) {
    $id = $ids[$signalled - 1]
    $watched.Remove($id)
    Send ([ordered]@{ event = 'exited'; pid = [int]$id })
    continue
  }
  $line = $next.Result
  if ($null -eq $line) { break }
  $next = $in.ReadLineAsync()
  $request = $null
  try {
    $request = $line | ConvertFrom-Json
    if ($request.op -eq 'watch') {
      foreach ($old in @($watched.Keys)) { if (@($request.pids) -notcontains $old) { $watched.Remove($old) } }
      foreach ($id in @($request.pids)) { if (-not $watched.ContainsKey([int]$id)) { Watch-SdProcess $id } }
      Send ([ordered]@{ id = $request.id; watching = @($watched.Keys) })
    } else {
      $report = Read-SdReport @($request.parts) $request.processFilter $request.serviceFilter @($request.registryRoots) @($request.ownerPatterns)
      Send ([ordered]@{ id = $request.id; report = $report })
    }
  } catch {
    $id = if ($request) { $request.id } else { -1 }
    Send ([ordered]@{ id = $id; error = $_.Exception.Message })
  }
}
`;
}
