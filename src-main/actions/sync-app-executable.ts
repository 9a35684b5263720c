import { win32 } from 'node:path';
import type { Report } from '../../src-shared/model/report-schema.js';
import type { Inventory } from '../../src-shared/model/inventory.js';
import { matchesSyncApp } from '../probes/sync-app-probe.js';

/** What finding the program needs of the file system (a Host or node:fs). */
export interface ExecutableLookup {
  isFile(path: string): Promise<boolean>;
  /** File names in a folder, or [] when it cannot be listed. */
  list(folder: string): Promise<string[]>;
}

const NOT_THE_APP = /^(unins|uninstall|update|squirrel|crashpad|createdump)/i;
const LOCAL_DRIVE_PATH = /^([A-Za-z]:)\\(?!\\)/;

type InstalledEntry = Inventory['syncApp']['installed'][number];

function inventoryOf(report: Report | undefined): Partial<Pick<Inventory, 'syncApp' | 'drives'>> {
  return (report?.inventory ?? {}) as Partial<Pick<Inventory, 'syncApp' | 'drives'>>;
}

/** The Sync App installs the probes found (Uninstall entries), with their install folders. */
export function installLocations(report: Report | undefined): string[] {
  return (inventoryOf(report).syncApp?.installed ?? [])
    .map((entry) => entry.installLocation)
    .filter((location): location is string => typeof location === 'string' && location.trim() !== '');
}

/**
 * A folder on a drive of this PC: `C:\…` with a drive letter the report does not list as a
 * network drive — never a UNC path or a mapped share, where anyone with write access could
 * put a program.
 */
export function isOnLocalDrive(path: string, report: Report | undefined): boolean {
  const letter = LOCAL_DRIVE_PATH.exec(path)?.[1]?.toUpperCase();
  if (letter === undefined || /[\0-\x1f"<>|*?]|\\\.\.?(\\|$)/.test(path)) return false;
  const drive = (inventoryOf(report).drives ?? []).find((d) => d.letter.toUpperCase() === letter);
  return drive === undefined || drive.kind === 'fixed';
}

/**
 * The Sync App's program, only ever one the probes found: an .exe in the install folder of a
 * Sync App Uninstall entry in the report, on a local drive, whose name matches a Sync App
 * pattern (or the only program there, when the entry itself matches) — never an uninstaller,
 * and never a path from the settings.
 */
export async function findSyncAppExecutable(report: Report | undefined, allPatterns: readonly string[], lookup: ExecutableLookup): Promise<string | undefined> {
  // A pattern of one or two letters would match nearly any program: it never picks one to run.
  const patterns = allPatterns.map((p) => p.trim()).filter((p) => p.length >= 3);
  const installs: InstalledEntry[] = inventoryOf(report).syncApp?.installed ?? [];
  for (const install of installs) {
    const folder = install.installLocation?.trim();
    if (!folder || !isOnLocalDrive(folder, report) || !matchesSyncApp(patterns, install.displayName, folder)) continue;
    const exes = (await lookup.list(folder)).filter((name) => /\.exe$/i.test(name) && !NOT_THE_APP.test(name) && !/[\\/]/.test(name));
    const best = exes.find((name) => matchesSyncApp(patterns, name)) ?? (exes.length === 1 ? exes[0] : undefined);
    if (best) {
      const executable = win32.join(folder, best);
      if (await lookup.isFile(executable)) return executable;
    }
  }
  return undefined;
}
