import type { MachineSnapshot } from '../../../src-shared/model/machine-snapshot-schema.js';

/**
 * What every Windows 10/11 PC has besides what a snapshot records (a snapshot keeps only what a
 * check needs): Windows' own processes, services and installed-program keys. None of them
 * matches the Sync App, Sage or QuickBooks patterns. Names from Microsoft's documentation of
 * the system processes (smss, csrss, wininit, services, lsass, winlogon, svchost:
 * learn.microsoft.com "Windows process architecture") and of the default services (Winmgmt,
 * Spooler, EventLog, RpcSs, Dnscache: "System services for Windows Server with Desktop Experience").
 */
export const BASELINE_PROCESSES: MachineSnapshot['processes'] = [
  { pid: 0, name: 'System Idle Process', sessionId: 0 },
  { pid: 4, name: 'System', sessionId: 0 },
  { pid: 388, name: 'smss.exe', sessionId: 0 },
  { pid: 512, name: 'csrss.exe', sessionId: 0 },
  { pid: 600, name: 'wininit.exe', sessionId: 0 },
  { pid: 688, name: 'services.exe', sessionId: 0 },
  { pid: 704, name: 'lsass.exe', sessionId: 0 },
  { pid: 860, name: 'svchost.exe', sessionId: 0 },
  { pid: 944, name: 'svchost.exe', sessionId: 0 },
  { pid: 1210, name: 'WmiPrvSE.exe', sessionId: 0 },
];

/** Processes every interactive session has (its csrss and winlogon), for the user's own session. */
export const sessionProcesses = (sessionId: number, firstPid: number): MachineSnapshot['processes'] => [
  { pid: firstPid, name: 'csrss.exe', sessionId },
  { pid: firstPid + 1, name: 'winlogon.exe', sessionId },
  { pid: firstPid + 2, name: 'dwm.exe', sessionId },
];

export const BASELINE_SERVICES: MachineSnapshot['services'] = [
  { name: 'Winmgmt', displayName: 'Windows Management Instrumentation', state: 'running', startType: 'auto', pid: 944, account: 'localSystem', path: 'C:\\Windows\\system32\\svchost.exe -k netsvcs -p' },
  { name: 'RpcSs', displayName: 'Remote Procedure Call (RPC)', state: 'running', startType: 'auto', pid: 860, account: 'NT AUTHORITY\\NetworkService', path: 'C:\\Windows\\system32\\svchost.exe -k rpcss -p' },
  { name: 'EventLog', displayName: 'Windows Event Log', state: 'running', startType: 'auto', pid: 944, account: 'NT AUTHORITY\\LocalService', path: 'C:\\Windows\\System32\\svchost.exe -k LocalServiceNetworkRestricted -p' },
  { name: 'Dnscache', displayName: 'DNS Client', state: 'running', startType: 'auto', pid: 944, account: 'NT AUTHORITY\\NetworkService', path: 'C:\\Windows\\system32\\svchost.exe -k NetworkService -p' },
  { name: 'W32Time', displayName: 'Windows Time', state: 'stopped', startType: 'manual', account: 'NT AUTHORITY\\LocalService', path: 'C:\\Windows\\system32\\svchost.exe -k LocalService' },
];

/** The Uninstall keys every Windows has (Edge and its updater ship with Windows 10 and 11). */
export const BASELINE_REGISTRY: MachineSnapshot['registry'] = {
  'HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Microsoft Edge': { DisplayName: 'Microsoft Edge', DisplayVersion: '131.0.2903.70', Publisher: 'Microsoft Corporation', InstallLocation: 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application' },
  'HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Microsoft Edge Update': { DisplayName: 'Microsoft Edge Update', DisplayVersion: '1.3.195.35', Publisher: 'Microsoft Corporation' },
  'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{95120000-00B9-0409-1000-0000000FF1CE}': { DisplayName: 'Microsoft Visual C++ 2022 X64 Minimum Runtime - 14.40.33810', DisplayVersion: '14.40.33810', Publisher: 'Microsoft Corporation' },
};
