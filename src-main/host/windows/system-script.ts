/**
 * The one PowerShell script a refresh runs: identity, processes, services, registry values
 * under the roots asked for, and logical drives, as one compressed JSON document on stdout.
 * Each part is in its own `try`, so one that fails (Constrained Language Mode, a broken WMI
 * class) leaves an entry in `errors` and the others still answer.
 */

function psString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

export interface SystemScriptOptions {
  registryRoots: readonly string[];
  /** Owners are looked up (slow: one CIM call each) only for processes whose name contains one of these. */
  ownerNamePatterns: readonly string[];
}

export function buildSystemScript(options: SystemScriptOptions): string {
  const roots = options.registryRoots.map(psString).join(', ');
  const owners = options.ownerNamePatterns.map(psString).join(', ');
  return String.raw`$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
try { [Console]::OutputEncoding = New-Object System.Text.UTF8Encoding $false } catch { }
$roots = @(${roots})
$ownerPatterns = @(${owners})
$out = [ordered]@{ errors = New-Object System.Collections.ArrayList }
function Note($what, $err) { [void]$out.errors.Add($what + ': ' + $err.Exception.Message) }
function IsoTime($t) { if ($t) { $t.ToUniversalTime().ToString('o') } else { $null } }
try {
  $me = [Security.Principal.WindowsIdentity]::GetCurrent()
  $out.identity = [ordered]@{
    computerName = $env:COMPUTERNAME; userName = $env:USERNAME; userDomain = $env:USERDOMAIN
    elevated = (New-Object Security.Principal.WindowsPrincipal $me).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
    sessionId = [int](Get-Process -Id $PID).SessionId
    os = (Get-CimInstance Win32_OperatingSystem -Property Caption).Caption
  }
} catch { Note 'identity' $_ }
try {
  $out.processes = @(Get-CimInstance Win32_Process -Property Handle,Name,ProcessId,ExecutablePath,SessionId,CreationDate | ForEach-Object {
    $p = $_
    $user = $null
    foreach ($pattern in $ownerPatterns) {
      if ($p.Name -like "*$pattern*") {
        try { $o = Invoke-CimMethod -InputObject $p -MethodName GetOwner; if ($o.ReturnValue -eq 0) { $user = if ($o.Domain) { $o.Domain + '\' + $o.User } else { $o.User } } } catch { }
        break
      }
    }
    [ordered]@{ pid = [int]$p.ProcessId; name = $p.Name; path = $p.ExecutablePath; user = $user; sessionId = [int]$p.SessionId; startedAt = (IsoTime $p.CreationDate) }
  })
} catch { Note 'processes' $_ }
try {
  $out.services = @(Get-CimInstance Win32_Service -Property Name,DisplayName,State,StartMode,ProcessId,StartName,PathName | ForEach-Object {
    [ordered]@{ name = $_.Name; displayName = $_.DisplayName; state = $_.State; startMode = $_.StartMode; pid = [int]$_.ProcessId; account = $_.StartName; path = $_.PathName }
  })
} catch { Note 'services' $_ }
$hives = @{ HKLM = 'LocalMachine'; HKCU = 'CurrentUser'; HKU = 'Users'; HKCR = 'ClassesRoot' }
$keys = New-Object System.Collections.ArrayList
function ReadKey($key, $label, $depth) {
  $values = [ordered]@{}
  foreach ($n in $key.GetValueNames()) {
    try {
      $kind = [string]$key.GetValueKind($n)
      $v = $key.GetValue($n, $null, 'DoNotExpandEnvironmentNames')
      if ($kind -eq 'String' -or $kind -eq 'ExpandString') { $values[$n] = [string]$v }
      elseif ($kind -eq 'DWord') { $values[$n] = [BitConverter]::ToUInt32([BitConverter]::GetBytes([int]$v), 0) }
      elseif ($kind -eq 'QWord') { $values[$n] = [long]$v }
      elseif ($kind -eq 'MultiString') { $values[$n] = @($v) }
    } catch { Note ('registry ' + $label + '\' + $n) $_ }
  }
  [void]$keys.Add([ordered]@{ key = $label; values = $values })
  if ($depth -ge 8) { return }
  foreach ($sub in $key.GetSubKeyNames()) {
    try { $child = $key.OpenSubKey($sub); if ($child) { ReadKey $child ($label + '\' + $sub) ($depth + 1); $child.Close() } } catch { Note ('registry ' + $label + '\' + $sub) $_ }
  }
}
foreach ($root in $roots) {
  try {
    $parts = $root -split '\\', 2
    $base = [Microsoft.Win32.RegistryKey]::OpenBaseKey($hives[$parts[0]], [Microsoft.Win32.RegistryView]::Registry64)
    $key = if ($parts.Count -gt 1 -and $parts[1]) { $base.OpenSubKey($parts[1]) } else { $base }
    if ($key) { ReadKey $key $root 0 }
  } catch { Note ('registry ' + $root) $_ }
}
$out.registry = $keys
try {
  $out.drives = @(Get-CimInstance Win32_LogicalDisk -Property DeviceID,DriveType,ProviderName | ForEach-Object {
    [ordered]@{ letter = $_.DeviceID; driveType = [int]$_.DriveType; remote = $_.ProviderName }
  })
} catch { Note 'drives' $_ }
[Console]::Out.Write(($out | ConvertTo-Json -Compress -Depth 6))
`;
}
