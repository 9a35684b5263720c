// Generates an office of N PCs for `sync-doctor office`: one machine snapshot per PC
// (sync-doctor/machine@1, /work/shared/spec/machine-snapshot.md), each the size of a real office
// PC's support bundle — about 250 processes, 300 services, 400 Uninstall keys, Sage's folders —
// so the office check reads what a real office would give it. PC 0 runs the Sync App; every PC
// maps S: to the file server and lists the same Sage dataset; every 25th PC runs QuickBooks too.
// Deterministic. Run: node bench/office/generate-office.mjs N DIR
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const count = Number(process.argv[2] ?? 1000);
const dir = process.argv[3] ?? `/tmp/sd-bench-office-${count}`;
const FILESRV = '\\\\FILESRV\\Accounts';
const DATASET = 'S:\\Sage\\Company.000';
const UNC_DATASET = `${FILESRV}\\Sage\\Company.000`;
const SYNC_EXE = 'C:\\Program Files (x86)\\AutoEntry\\Sync App\\AutoEntry.SyncApp.exe';
const SAGE_EXE = 'C:\\Program Files (x86)\\Sage\\Accounts\\sage.exe';
const UNINSTALL = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall';
const UNINSTALL_32 = 'HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall';
const COMMON = ['svchost.exe', 'RuntimeBroker.exe', 'chrome.exe', 'msedge.exe', 'conhost.exe', 'OUTLOOK.EXE', 'Teams.exe', 'dllhost.exe', 'SearchHost.exe', 'backgroundTaskHost.exe'];

function pc(index) {
  const name = index === 0 ? 'SYNC-PC' : `OFFICE-PC${String(index).padStart(4, '0')}`;
  const user = `user${index}`;
  const account = `OFFICE\\${user}`;
  const files = {};
  for (const [file, size] of [['SETUP.DTA', 65536], ['ACCSTAT.DTA', 2048], ['SALES.DTA', 262144], ['PURCHASE.DTA', 196608], ['NOMINAL.DTA', 131072], ['STOCK.DTA', 98304]]) {
    files[`${UNC_DATASET}\\ACCDATA\\${file}`] = { size, mtime: '2026-11-20T09:10:00Z' };
  }
  files['C:\\ProgramData\\Sage\\Accounts\\2025\\COMPANY'] = { text: `${DATASET}\r\n`, mtime: '2025-04-02T08:00:00Z' };
  const processes = [
    { pid: 4, name: 'System', sessionId: 0 },
    { pid: 1880, name: 'explorer.exe', path: 'C:\\Windows\\explorer.exe', user: account, sessionId: 1 },
    { pid: 5000, name: 'sage.exe', path: SAGE_EXE, user: account, sessionId: 1, startedAt: '2026-11-20T08:02:00Z' },
  ];
  if (index === 0) processes.push({ pid: 5001, name: 'AutoEntry.SyncApp.exe', path: SYNC_EXE, user: account, sessionId: 1, startedAt: '2026-11-20T08:03:00Z' });
  for (let i = 0; processes.length < 250; i++) {
    const exe = COMMON[i % COMMON.length];
    processes.push({ pid: 10_000 + i * 4, name: exe, path: `C:\\Windows\\System32\\${exe}`, ...(i % 3 !== 0 && { user: account }), sessionId: i % 3 === 0 ? 0 : 1, startedAt: '2026-11-20T08:01:00Z' });
  }
  const services = [{ name: 'Sage 50 Accounts Data Service', displayName: 'Sage 50 Accounts Data Service', state: 'running', startType: 'auto', account: 'LocalSystem' }];
  for (let i = 0; services.length < 300; i++) {
    services.push({ name: `WinSvc${i}`, displayName: `Windows Component Service ${i}`, state: i % 2 ? 'running' : 'stopped', startType: i % 4 ? 'manual' : 'auto', account: 'LocalSystem' });
  }
  const registry = {
    [`${UNINSTALL_32}\\Sage 50 Accounts`]: { DisplayName: 'Sage 50 Accounts 2025', DisplayVersion: '31.0', InstallLocation: 'C:\\Program Files (x86)\\Sage\\Accounts\\' },
    'HKCU\\Network\\S': { RemotePath: FILESRV },
  };
  if (index === 0) registry[`${UNINSTALL_32}\\{AutoEntrySyncApp}`] = { DisplayName: 'AutoEntry Sync App', DisplayVersion: '4.2.1', InstallLocation: 'C:\\Program Files (x86)\\AutoEntry\\Sync App\\' };
  for (let i = 0; Object.keys(registry).length < 400; i++) {
    registry[`${i % 2 ? UNINSTALL : UNINSTALL_32}\\{${String(i).padStart(8, '0')}-1111-2222-3333-444455556666}`] = {
      DisplayName: `Office Application Component ${i}`, DisplayVersion: `16.0.${i}.1000`, Publisher: 'Contoso Software Ltd', InstallLocation: `C:\\Program Files\\Contoso\\Component ${i}\\`, EstimatedSize: 10_000 + i,
    };
  }
  if (index % 25 === 1) {
    files[`C:\\Users\\${user}\\AppData\\Local\\Intuit\\QuickBooks 2024\\QBWUSER.INI`] = { text: `[QBW]\r\nLASTUSER=Admin\r\n[MRUFILES_STANDARD_STRATUM]\r\nFILE1=S:\\QB\\Harbour Cafe.QBW\r\n`, mtime: '2026-11-20T08:05:00Z' };
    processes.push({ pid: 5100, name: 'QBW.exe', path: 'C:\\Program Files\\Intuit\\QuickBooks 2024\\QBW.exe', user: account, sessionId: 1 });
  }
  return {
    format: 'sync-doctor/machine@1',
    capturedAt: '2026-11-20T09:30:00Z',
    host: { computerName: name, userName: user, userDomain: 'OFFICE', os: 'Windows 11 Pro 24H2', elevated: false, sessionId: 1 },
    env: { ProgramData: 'C:\\ProgramData', PUBLIC: 'C:\\Users\\Public', LOCALAPPDATA: `C:\\Users\\${user}\\AppData\\Local`, APPDATA: `C:\\Users\\${user}\\AppData\\Roaming`, USERPROFILE: `C:\\Users\\${user}`, ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)', SystemDrive: 'C:', windir: 'C:\\Windows' },
    drives: { 'C:': { kind: 'fixed' }, 'S:': { kind: 'network', remote: FILESRV } },
    files,
    processes,
    services,
    registry,
    checkInputs: { autoentryPaths: [DATASET] },
  };
}

mkdirSync(dir, { recursive: true });
for (const old of readdirSync(dir)) if (old.endsWith('.json')) rmSync(join(dir, old));
let bytes = 0;
for (let i = 0; i < count; i++) {
  const snapshot = pc(i);
  const text = JSON.stringify(snapshot, null, 2);
  bytes += text.length;
  writeFileSync(join(dir, `${snapshot.host.computerName}.json`), text);
}
console.log(`wrote ${count} snapshots (${Math.round(bytes / 1024)} KB) to ${dir}`);
