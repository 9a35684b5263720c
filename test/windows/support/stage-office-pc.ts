import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { shortNameIn } from './dir-short-names.js';
import type { WinePrefix } from './wine-prefix.js';

/** The paths the office PC was staged with, as AutoEntry and the accounting software spell them. */
export interface StagedOfficePc {
  syncApp: { displayName: string; version: string; installLocation: string };
  /** A Sage dataset of 2024, listed only in 2024's COMPANY file, and its 2025 successor. */
  stale: { configured: string; inUse: string; upgradedAt: string; staleLastWrite: string };
  /** A 2025 dataset on a mapped drive: configured through the letter, listed by its UNC name. */
  mapped: { letter: string; share: string; configured: string; listed: string };
  /** A 2025 dataset in a folder with spaces, configured through the folder's 8.3 short name. */
  short: { shortName: string; configured: string; listed: string };
  /** A QuickBooks company file moved to another folder; AutoEntry still names the old copy. */
  moved: { configured: string; inUse: string };
}

const UNINSTALL_KEY = 'HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{6F1C2A4E-9B3D-4E57-A1C8-2D7E0B5F9A31}';
const SAGE = 'C:\\ProgramData\\Sage\\Accounts';

function stamp(path: string, iso: string): void {
  const when = new Date(iso);
  utimesSync(path, when, when);
}

/** A Sage dataset folder: ACCDATA with the data files whose presence and times the probe reads (empty: never opened). */
function writeDataset(folder: string, lastWrite: string): void {
  const accdata = join(folder, 'ACCDATA');
  mkdirSync(accdata, { recursive: true });
  for (const name of ['SETUP.DTA', 'ACCSTAT.DTA', 'NOMINAL.DTA', 'SALES.DTA']) {
    writeFileSync(join(accdata, name), '');
    stamp(join(accdata, name), lastWrite);
  }
}

/**
 * Stages an office PC in a fresh prefix: a Sage 2024 → 2025 upgrade, the Sync App installed
 * (its Uninstall key, written with `reg add`), a mapped drive, a folder reached by its short
 * name, and a QuickBooks company file that was moved.
 */
export function stageOfficePc(pc: WinePrefix): StagedOfficePc {
  const syncApp = { displayName: 'AutoEntry Sync App', version: '4.2.1', installLocation: 'C:\\Program Files (x86)\\AutoEntry\\Sync App\\' };
  pc.regAdd(UNINSTALL_KEY, 'DisplayName', syncApp.displayName);
  pc.regAdd(UNINSTALL_KEY, 'DisplayVersion', syncApp.version);
  pc.regAdd(UNINSTALL_KEY, 'InstallLocation', syncApp.installLocation);
  pc.regAdd(UNINSTALL_KEY, 'Publisher', 'AutoEntry');

  const share = pc.mapNetworkDrive('S', 'FILESRV', 'Accounts');
  writeDataset(join(share, 'Acme.001'), '2026-11-20T09:05:00Z');
  const mapped = { letter: 'S:', share: '\\\\FILESRV\\Accounts', configured: 'S:\\Acme.001', listed: '\\\\FILESRV\\Accounts\\Acme.001' };

  const longFolder = 'C:\\Sage Data Files';
  writeDataset(pc.unixPathOf(`${longFolder}\\Harbour Trading.002`), '2026-11-20T09:05:00Z');
  const dir = pc.mustRun(['cmd', '/c', 'dir', '/x', 'C:\\']).stdout.toString('latin1');
  const shortName = shortNameIn(dir, 'Sage Data Files');
  if (shortName === undefined) throw new Error(`dir /x shows no short name for "Sage Data Files":\n${dir}`);
  const short = { shortName, configured: `C:\\${shortName}\\Harbour Trading.002`, listed: `${longFolder}\\Harbour Trading.002` };

  const stale = {
    configured: `${SAGE}\\2024\\Company.000`,
    inUse: `${SAGE}\\2025\\Company.000`,
    upgradedAt: '2025-04-02T08:00:00.000Z',
    staleLastWrite: '2026-11-19T16:40:00.000Z',
  };
  writeDataset(pc.unixPathOf(stale.configured), stale.staleLastWrite);
  writeDataset(pc.unixPathOf(stale.inUse), '2026-11-20T09:05:00Z');
  pc.writeFile(`${SAGE}\\2024\\COMPANY`, `${stale.configured}\r\n`);
  stamp(pc.unixPathOf(`${SAGE}\\2024\\COMPANY`), '2024-03-11T10:00:00Z');
  pc.writeFile(`${SAGE}\\2025\\COMPANY`, [stale.inUse, mapped.listed, short.listed, ''].join('\r\n'));
  stamp(pc.unixPathOf(`${SAGE}\\2025\\COMPANY`), stale.upgradedAt);

  // Wine names the Windows user after the Unix one.
  const profile = `C:\\users\\${userInfo().username}`;
  if (!existsSync(pc.unixPathOf(profile))) throw new Error(`the prefix has no profile folder ${profile}`);
  const moved = {
    configured: 'C:\\users\\Public\\Documents\\Intuit\\QuickBooks\\Company Files\\Harbour Cafe.QBW',
    inUse: 'C:\\Accounts Moved\\Harbour Cafe.QBW',
  };
  pc.writeFile(moved.configured);
  pc.writeFile(moved.inUse);
  pc.writeFile(
    `${profile}\\AppData\\Local\\Intuit\\QuickBooks 2024\\QBWUSER.INI`,
    `[QBW]\r\nLASTUSER=Admin\r\n[MRUFILES_STANDARD_STRATUM]\r\nFILE1=${moved.inUse}\r\n`,
  );

  pc.waitForServer();
  return { syncApp, stale, mapped, short, moved };
}
