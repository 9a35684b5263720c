import { SYSTEM_FUNCTIONS_PS } from '../system-functions-ps.js';

/**
 * The long-lived PowerShell session's script (sent once on standard input, powershell-command.ts): it reads
 * one request per line from stdin and writes one answer per line to stdout, in the protocol of
 * session-protocol.ts. While waiting it blocks on two kinds of handle at once — the next input
 * line and each watched process (a process handle is signalled when the process exits, which is
 * what Process.WaitForExit waits on) — so an exit is reported the moment it happens, without
 * polling and without a new process. A process it may not open (elevated, a service, another
 * user's) is answered as `cannotWatch`, never as exited: the monitor keeps polling its liveness.
 * Asked to follow starts (`starts`, with the Sync App's WQL filter), it also wakes once a second
 * to list the process ids — `Process.GetProcesses()`, the kernel's process list, no WMI — and
 * asks WMI, with the filter and `-Property ProcessId`, about the new ids only, saying `started`
 * for each that matches: on a terminal server, where every user's Sync Doctor follows starts,
 * WMI is asked when a process has started, not by every user every second.
 * End of input (Sync Doctor closed) ends the session.
 */
export function buildSessionScript(): string {
  return String.raw`$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$utf8 = New-Object System.Text.UTF8Encoding $false
# The bootstrap (powershell-command.ts) read this script from standard input with $sdIn; the
# requests that follow are read through the same reader, so nothing it buffered is lost.
$in = if ($sdIn) { $sdIn } else { New-Object System.IO.StreamReader -ArgumentList ([Console]::OpenStandardInput()), $utf8 }
$send = New-Object System.IO.StreamWriter -ArgumentList ([Console]::OpenStandardOutput()), $utf8
$send.AutoFlush = $true
$send.NewLine = "` + '`n' + String.raw`"
function Send($answer) { $send.WriteLine(($answer | ConvertTo-Json -Compress -Depth 8)) }
${SYSTEM_FUNCTIONS_PS}
$watched = @{}
# The exit of a process is waited on through a handle opened with SYNCHRONIZE only, as
# Process.WaitForExit opens it in .NET Framework (Process.GetProcessHandle(SYNCHRONIZE, false);
# referencesource Process.cs). Process.Handle would ask for PROCESS_ALL_ACCESS, which Windows
# refuses for an elevated process, a service or another user's process.
$sdOpen = [System.Diagnostics.Process].GetMethod('GetProcessHandle', [System.Reflection.BindingFlags]'NonPublic, Instance', $null, [type[]]@([int], [bool]), $null)
function Get-SdInnermost($e) { while ($e.InnerException) { $e = $e.InnerException }; $e }
# 'watching', 'exited' (not running: Windows says so), or 'cannot-watch' (running, but it may not be opened).
function Watch-SdProcess($id) {
  try { $process = [System.Diagnostics.Process]::GetProcessById([int]$id) }
  catch { if ((Get-SdInnermost $_.Exception) -is [System.ArgumentException]) { return 'exited' } else { return 'cannot-watch' } }
  try {
    if ($null -eq $sdOpen) { return 'cannot-watch' }
    $safe = $sdOpen.Invoke($process, @([int]0x00100000, $false))
    if ($safe.IsInvalid) { return 'exited' }
    $handle = New-Object System.Threading.ManualResetEvent $false
    $handle.SafeWaitHandle = New-Object Microsoft.Win32.SafeHandles.SafeWaitHandle -ArgumentList $safe.DangerousGetHandle(), $false
    $watched[[int]$id] = @{ process = $process; safe = $safe; handle = $handle }
    return 'watching'
  } catch { return 'cannot-watch' }
}
function Unwatch-SdProcess($id) {
  $entry = $watched[$id]
  $watched.Remove($id)
  if ($entry) { try { $entry.safe.Dispose() } catch { } }
}
# Starts of the processes a WQL filter matches (a 'starts' request): the ids seen at the last
# look, and when that was. Kept in a hashtable, so the functions below change it in place.
$starts = @{ filter = $null; known = $null; clock = [System.Diagnostics.Stopwatch]::StartNew() }
function Find-SdStarts {
  $ids = New-Object 'System.Collections.Generic.HashSet[int]'
  foreach ($p in [System.Diagnostics.Process]::GetProcesses()) { [void]$ids.Add($p.Id); $p.Dispose() }
  $fresh = @()
  if ($null -ne $starts.known) { foreach ($id in $ids) { if (-not $starts.known.Contains($id)) { $fresh += $id } } }
  $found = @()
  if ($fresh.Count -gt 0) {
    # A WMI failure leaves the last look standing: the same new ids are asked about next time.
    try { $found = @(Get-CimInstance Win32_Process -Filter ('(' + $starts.filter + ') AND (' + (($fresh | ForEach-Object { 'ProcessId = ' + $_ }) -join ' OR ') + ')') -Property ProcessId -OperationTimeoutSec $sdCimSeconds | ForEach-Object { [int]$_.ProcessId }) }
    catch { $starts.clock.Restart(); return @() }
  }
  $starts.known = $ids
  $starts.clock.Restart()
  $found
}
# How long WaitAny may wait: until the next look for starts is due, when starts are followed.
function Get-SdWait($timeout) {
  if ($null -eq $starts.filter) { return $timeout }
  $left = [Math]::Max(0, 1000 - [int]$starts.clock.ElapsedMilliseconds)
  if ($timeout -lt 0 -or $left -lt $timeout) { return $left }
  $timeout
}
Send @{ ready = $true }
$next = $in.ReadLineAsync()
while ($true) {
  # WaitAny takes at most 64 handles: the input line and 63 processes; the others are looked at
  # (WaitOne(0)) each time it returns, which is at least every 250 ms while there are any.
  $ids = @($watched.Keys)
  $first = @($ids | Select-Object -First 63)
  $rest = @($ids | Select-Object -Skip 63)
  $handles = [System.Threading.WaitHandle[]](@(([System.IAsyncResult]$next).AsyncWaitHandle) + @($first | ForEach-Object { $watched[$_].handle }))
  $timeout = if ($rest.Count -gt 0) { 250 } else { -1 }
  $signalled = [System.Threading.WaitHandle]::WaitAny($handles, (Get-SdWait $timeout))
  $gone = @()
  if ($signalled -gt 0 -and $signalled -lt $handles.Length) { $gone += $first[$signalled - 1] }
  foreach ($id in $rest) { if ($watched[$id].handle.WaitOne(0)) { $gone += $id } }
  foreach ($id in $gone) {
    Unwatch-SdProcess $id
    Send ([ordered]@{ event = 'exited'; pid = [int]$id })
  }
  if ($null -ne $starts.filter -and $starts.clock.ElapsedMilliseconds -ge 1000) {
    foreach ($id in @(Find-SdStarts)) { Send ([ordered]@{ event = 'started'; pid = [int]$id }) }
  }
  if ($gone.Count -gt 0 -or $signalled -ne 0) { continue }
  $line = $next.Result
  if ($null -eq $line) { break }
  $next = $in.ReadLineAsync()
  $request = $null
  try {
    $request = $line | ConvertFrom-Json
    if ($request.op -eq 'watch') {
      foreach ($old in @($watched.Keys)) { if (@($request.pids) -notcontains $old) { Unwatch-SdProcess $old } }
      $cannot = New-Object System.Collections.ArrayList
      foreach ($id in @($request.pids)) {
        if ($watched.ContainsKey([int]$id)) { continue }
        $how = Watch-SdProcess $id
        if ($how -eq 'exited') { Send ([ordered]@{ event = 'exited'; pid = [int]$id }) }
        elseif ($how -eq 'cannot-watch') { [void]$cannot.Add([int]$id) }
      }
      Send ([ordered]@{ id = $request.id; watching = @($watched.Keys); cannotWatch = @($cannot) })
    } elseif ($request.op -eq 'starts') {
      # The first look only learns which processes run.
      $starts.filter = [string]$request.processFilter
      $starts.known = $null
      [void](Find-SdStarts)
      Send ([ordered]@{ id = $request.id })
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
