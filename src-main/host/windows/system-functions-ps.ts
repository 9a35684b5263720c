/**
 * The PowerShell that reads the system, shared by the one-shot script (system-script.ts) and the
 * long-lived session (session/session-script.ts): `Read-SdReport` answers the parts asked for —
 * identity, processes, services, registry values under the roots asked for, logical drives —
 * as one ordered dictionary. Processes and services may be narrowed by a WQL `-Filter`, so
 * Windows leaves out what no rule reads. Each part is in its own `try`, so one that fails
 * (Constrained Language Mode, a broken WMI class) leaves an entry in `errors` and the others
 * still answer.
 */

/** A PowerShell single-quoted string literal. */
export function psString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** A PowerShell array of single-quoted strings. */
export function psStringArray(texts: readonly string[]): string {
  return `@(${texts.map(psString).join(', ')})`;
}

export const SYSTEM_FUNCTIONS_PS = String.raw`
# Every CIM query gives up after this many seconds (a busy WMI, a Win32_LogicalDisk held up by a
# dead mapped drive), so the part fails with its error instead of holding the whole answer.
if ($null -eq $sdCimSeconds) { $sdCimSeconds = 3 }
function IsoTime($t) { if ($t) { $t.ToUniversalTime().ToString('o') } else { $null } }
function Read-SdRegistryKey($out, $keys, $key, $label, $depth) {
  $values = [ordered]@{}
  foreach ($n in $key.GetValueNames()) {
    try {
      $kind = [string]$key.GetValueKind($n)
      $v = $key.GetValue($n, $null, 'DoNotExpandEnvironmentNames')
      if ($kind -eq 'String' -or $kind -eq 'ExpandString') { $values[$n] = [string]$v }
      elseif ($kind -eq 'DWord') { $values[$n] = [BitConverter]::ToUInt32([BitConverter]::GetBytes([int]$v), 0) }
      elseif ($kind -eq 'QWord') { $values[$n] = [long]$v }
      elseif ($kind -eq 'MultiString') { $values[$n] = @($v) }
    } catch { [void]$out.errors.Add('registry ' + $label + '\' + $n + ': ' + $_.Exception.Message) }
  }
  [void]$keys.Add([ordered]@{ key = $label; values = $values })
  if ($depth -ge 8) { return }
  foreach ($sub in $key.GetSubKeyNames()) {
    try { $child = $key.OpenSubKey($sub); if ($child) { Read-SdRegistryKey $out $keys $child ($label + '\' + $sub) ($depth + 1); $child.Close() } } catch { [void]$out.errors.Add('registry ' + $label + '\' + $sub + ': ' + $_.Exception.Message) }
  }
}
function Read-SdReport($parts, $processFilter, $serviceFilter, $roots, $ownerPatterns) {
  $out = [ordered]@{ errors = New-Object System.Collections.ArrayList }
  if ($parts -contains 'identity') {
    try {
      $me = [Security.Principal.WindowsIdentity]::GetCurrent()
      $out.identity = [ordered]@{
        computerName = $env:COMPUTERNAME; userName = $env:USERNAME; userDomain = $env:USERDOMAIN
        elevated = (New-Object Security.Principal.WindowsPrincipal $me).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
        sessionId = [int](Get-Process -Id $PID).SessionId
      }
    } catch { [void]$out.errors.Add('identity: ' + $_.Exception.Message) }
    # Who is signed in to this session's desktop: the owner of its explorer.exe (none on a server core or a service session).
    if ($out.identity) {
      try {
        $shell = @(Get-CimInstance Win32_Process -Filter ("Name = 'explorer.exe' AND SessionId = " + $out.identity.sessionId) -Property Name,SessionId -OperationTimeoutSec $sdCimSeconds) | Select-Object -First 1
        if ($shell) { $o = Invoke-CimMethod -InputObject $shell -MethodName GetOwner -OperationTimeoutSec $sdCimSeconds; if ($o.ReturnValue -eq 0) { $out.identity.desktopUser = if ($o.Domain) { $o.Domain + '\' + $o.User } else { $o.User } } }
      } catch { [void]$out.errors.Add('identity desktop user: ' + $_.Exception.Message) }
    }
    # The Windows name is for the report only: a busy WMI must not cost the identity.
    if ($out.identity) { try { $out.identity.os = (Get-CimInstance Win32_OperatingSystem -Property Caption -OperationTimeoutSec $sdCimSeconds).Caption } catch { [void]$out.errors.Add('identity os: ' + $_.Exception.Message) } }
  }
  if ($parts -contains 'processes') {
    try {
      $query = @{ ClassName = 'Win32_Process'; Property = @('Handle', 'Name', 'ProcessId', 'ExecutablePath', 'SessionId', 'CreationDate') }
      if ($processFilter) { $query.Filter = $processFilter }
      $out.processes = @(Get-CimInstance @query -OperationTimeoutSec $sdCimSeconds | ForEach-Object {
        $p = $_
        $user = $null
        foreach ($pattern in $ownerPatterns) {
          if ($p.Name -like "*$pattern*") {
            try { $o = Invoke-CimMethod -InputObject $p -MethodName GetOwner -OperationTimeoutSec $sdCimSeconds; if ($o.ReturnValue -eq 0) { $user = if ($o.Domain) { $o.Domain + '\' + $o.User } else { $o.User } } } catch { }
            break
          }
        }
        [ordered]@{ pid = [int]$p.ProcessId; name = $p.Name; path = $p.ExecutablePath; user = $user; sessionId = [int]$p.SessionId; startedAt = (IsoTime $p.CreationDate) }
      })
    } catch { [void]$out.errors.Add('processes: ' + $_.Exception.Message) }
  }
  if ($parts -contains 'services') {
    try {
      $query = @{ ClassName = 'Win32_Service'; Property = @('Name', 'DisplayName', 'State', 'StartMode', 'ProcessId', 'StartName', 'PathName') }
      if ($serviceFilter) { $query.Filter = $serviceFilter }
      $out.services = @(Get-CimInstance @query -OperationTimeoutSec $sdCimSeconds | ForEach-Object {
        [ordered]@{ name = $_.Name; displayName = $_.DisplayName; state = $_.State; startMode = $_.StartMode; pid = [int]$_.ProcessId; account = $_.StartName; path = $_.PathName }
      })
    } catch { [void]$out.errors.Add('services: ' + $_.Exception.Message) }
  }
  if ($parts -contains 'registry') {
    $hives = @{ HKLM = 'LocalMachine'; HKCU = 'CurrentUser'; HKU = 'Users'; HKCR = 'ClassesRoot' }
    $keys = New-Object System.Collections.ArrayList
    foreach ($root in $roots) {
      try {
        $split = $root -split '\\', 2
        $base = [Microsoft.Win32.RegistryKey]::OpenBaseKey($hives[$split[0]], [Microsoft.Win32.RegistryView]::Registry64)
        $key = if ($split.Count -gt 1 -and $split[1]) { $base.OpenSubKey($split[1]) } else { $base }
        if ($key) { Read-SdRegistryKey $out $keys $key $root 0 }
      } catch { [void]$out.errors.Add('registry ' + $root + ': ' + $_.Exception.Message) }
    }
    $out.registry = $keys
  }
  if ($parts -contains 'drives') {
    try {
      $out.drives = @(Get-CimInstance Win32_LogicalDisk -Property DeviceID,DriveType,ProviderName -OperationTimeoutSec $sdCimSeconds | ForEach-Object {
        [ordered]@{ letter = $_.DeviceID; driveType = [int]$_.DriveType; remote = $_.ProviderName }
      })
    } catch { [void]$out.errors.Add('drives: ' + $_.Exception.Message) }
  }
  $out
}
`;
