import { psStringArray, SYSTEM_FUNCTIONS_PS } from './system-functions-ps.js';

/**
 * The one PowerShell script a one-shot refresh runs (when the long-lived session cannot be
 * used): every part of the system report (system-functions-ps.ts), unfiltered, as one
 * compressed JSON document on stdout.
 */
export interface SystemScriptOptions {
  registryRoots: readonly string[];
  /** Owners are looked up (slow: one CIM call each) only for processes whose name contains one of these. */
  ownerNamePatterns: readonly string[];
}

export function buildSystemScript(options: SystemScriptOptions): string {
  return String.raw`$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
try { [Console]::OutputEncoding = New-Object System.Text.UTF8Encoding $false } catch { }
${SYSTEM_FUNCTIONS_PS}
$out = Read-SdReport @('identity', 'processes', 'services', 'registry', 'drives') $null $null ${psStringArray(options.registryRoots)} ${psStringArray(options.ownerNamePatterns)}
[Console]::Out.Write(($out | ConvertTo-Json -Compress -Depth 6))
`;
}
