/**
 * A stand-in inventory the size of a real office PC, for the stand-in PowerShell
 * (test/fixtures/windows/stand-in-powershell.mjs): about 250 processes, 300 services and 400
 * Uninstall keys, in the shape the session's refresh answers. Deterministic: the same every run.
 */
export interface OfficePcInventory {
  identity: { computerName: string; userName: string; userDomain: string; elevated: boolean; sessionId: number; os: string };
  processes: Array<{ pid: number; name: string; path: string | null; user: string | null; sessionId: number; startedAt: string }>;
  /** Processes this user may not open (elevated, a service, another user's): the session cannot wait on them. */
  unopenable?: number[];
  services: Array<{ name: string; displayName: string; state: string; startMode: string; pid: number; account: string; path: string }>;
  registry: Array<{ key: string; values: Record<string, string | number | string[]> }>;
  drives: Array<{ letter: string; driveType: number; remote: string | null }>;
  /** Registry keys the script could not open (reported in its `errors`, as `registry <key>: <message>`). */
  registryErrors?: Array<{ key: string; message: string }>;
}

const COMMON_PROCESSES = ['svchost.exe', 'RuntimeBroker.exe', 'chrome.exe', 'msedge.exe', 'conhost.exe', 'OUTLOOK.EXE', 'Teams.exe', 'dllhost.exe', 'SearchHost.exe', 'backgroundTaskHost.exe'];
const UNINSTALL = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall';
const UNINSTALL_32 = 'HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall';
const STARTED = '2026-11-30T08:01:00.0000000Z';

/** `syncAppPid`: the pid the Sync App's process has (a real process in the bench, so its exit can be seen). */
export function officePcInventory(options: { syncAppPid?: number } = {}): OfficePcInventory {
  const user = 'OFFICE\\bookkeeper';
  const processes: OfficePcInventory['processes'] = [
    { pid: 4, name: 'System', path: null, user: null, sessionId: 0, startedAt: STARTED },
    { pid: 612, name: 'explorer.exe', path: 'C:\\Windows\\explorer.exe', user, sessionId: 1, startedAt: STARTED },
    { pid: 7020, name: 'Sage.exe', path: 'C:\\Program Files (x86)\\Sage\\Accounts\\Sage.exe', user, sessionId: 1, startedAt: STARTED },
  ];
  if (options.syncAppPid !== undefined) {
    processes.push({ pid: options.syncAppPid, name: 'AutoEntry.SyncApp.exe', path: 'C:\\Program Files\\AutoEntry\\Sync App\\AutoEntry.SyncApp.exe', user, sessionId: 1, startedAt: STARTED });
  }
  for (let i = 0; processes.length < 250; i++) {
    const name = COMMON_PROCESSES[i % COMMON_PROCESSES.length]!;
    processes.push({ pid: 10_000 + i * 4, name, path: `C:\\Windows\\System32\\${name}`, user: i % 3 === 0 ? null : user, sessionId: i % 3 === 0 ? 0 : 1, startedAt: STARTED });
  }
  const services: OfficePcInventory['services'] = [
    { name: 'Sage 50 Accounts Data Service', displayName: 'Sage 50 Accounts Data Service', state: 'Running', startMode: 'Auto', pid: 3100, account: 'LocalSystem', path: '"C:\\Program Files (x86)\\Sage\\Accounts\\SDataService.exe"' },
    { name: 'QuickBooksDB34', displayName: 'QuickBooksDB34', state: 'Stopped', startMode: 'Manual', pid: 0, account: '.\\QBDataServiceUser34', path: '"C:\\Program Files\\Intuit\\QuickBooks 2024\\QBDBMgrN.exe"' },
    { name: 'AutoEntrySyncService', displayName: 'AutoEntry Sync App Updater', state: 'Stopped', startMode: 'Manual', pid: 0, account: 'LocalSystem', path: '"C:\\Program Files\\AutoEntry\\Sync App\\Updater.exe"' },
  ];
  for (let i = 0; services.length < 300; i++) {
    services.push({ name: `WinSvc${i}`, displayName: `Windows Component Service ${i}`, state: i % 2 ? 'Running' : 'Stopped', startMode: i % 4 ? 'Manual' : 'Auto', pid: i % 2 ? 20_000 + i : 0, account: 'LocalSystem', path: `C:\\Windows\\System32\\svchost.exe -k netsvcs -p -s WinSvc${i}` });
  }
  const registry: OfficePcInventory['registry'] = [
    { key: `${UNINSTALL}\\{AUTOENTRY-SYNC}`, values: { DisplayName: 'AutoEntry Sync App', DisplayVersion: '3.2.1', InstallLocation: 'C:\\Program Files\\AutoEntry\\Sync App\\', Publisher: 'AutoEntry' } },
    { key: `${UNINSTALL_32}\\{SAGE50-2025}`, values: { DisplayName: 'Sage 50 Accounts v31', DisplayVersion: '31.0.212', InstallLocation: 'C:\\Program Files (x86)\\Sage\\Accounts\\', Publisher: 'Sage (UK) Limited' } },
    { key: 'HKLM\\SOFTWARE\\WOW6432Node\\Sage\\Line50', values: { Version: '31', InstallPath: 'C:\\Program Files (x86)\\Sage\\Accounts' } },
    { key: 'HKCU\\Network\\S', values: { RemotePath: '\\\\FILESRV\\Accounts', UserName: '' } },
  ];
  for (let i = 0; registry.length < 404; i++) {
    const root = i % 3 === 0 ? UNINSTALL_32 : UNINSTALL;
    registry.push({
      key: `${root}\\{${(0x10000000 + i * 7919).toString(16).toUpperCase()}-4D2A-4B7C-9E11-${String(i).padStart(12, '0')}}`,
      values: {
        DisplayName: `Office Program ${i}`, DisplayVersion: `${1 + (i % 20)}.${i % 7}.${i}`, Publisher: `Vendor ${i % 40} Ltd`,
        InstallLocation: `C:\\Program Files\\Vendor ${i % 40}\\Program ${i}\\`, InstallDate: '20250114',
        UninstallString: `MsiExec.exe /X{${i}}`, EstimatedSize: 10_000 + i, NoModify: 1, NoRepair: 1, Language: 2057,
      },
    });
  }
  return {
    identity: { computerName: 'OFFICE-PC1', userName: 'bookkeeper', userDomain: 'OFFICE', elevated: false, sessionId: 1, os: 'Microsoft Windows 11 Pro' },
    processes,
    services,
    registry,
    drives: [{ letter: 'C:', driveType: 3, remote: null }, { letter: 'S:', driveType: 4, remote: '\\\\FILESRV\\Accounts' }],
  };
}
