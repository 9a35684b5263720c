<#
.SYNOPSIS
  Detection script for endpoint management (Intune proactive remediations, RMM script
  monitors): runs Sync Doctor's check and maps its exit code.

.DESCRIPTION
  Exit 0  - healthy (Sync Doctor status ok, or warn without -FailOnWarning)
  Exit 1  - needs attention (status error, or warn with -FailOnWarning)
  Exit 2  - Sync Doctor is missing or could not run
  The last line printed is Sync Doctor's one-line summary, which the console keeps.
  Run it in the signed-in user's context: SYSTEM cannot see the user's mapped drives or
  the Sync App in the user's session.
  It calls sync-doctor.cmd (resources\bin, as electron-builder.yml installs it), never
  "Sync Doctor.exe" directly: the .cmd waits for the GUI executable and relays its exit code
  (docs/FLEET.md, "How the output and the exit code reach your tool").
#>
param(
  [string]$SyncDoctor = (Join-Path $env:LOCALAPPDATA 'Programs\Sync Doctor\resources\bin\sync-doctor.cmd'),
  [switch]$FailOnWarning,
  [int]$TimeoutMs = 5000
)

$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = [System.Text.Encoding]::UTF8

if (-not (Test-Path -LiteralPath $SyncDoctor)) {
  Write-Output "Sync Doctor not found at $SyncDoctor"
  exit 2
}

$summary = & $SyncDoctor check --summary --timeout $TimeoutMs 2>&1 | Select-Object -Last 1
$code = $LASTEXITCODE
Write-Output $summary

switch ($code) {
  0 { exit 0 }
  1 { if ($FailOnWarning) { exit 1 } else { exit 0 } }
  2 { exit 1 }
  default { exit 2 }
}
