import { win32 } from 'node:path';
import type { Report } from '../../src-shared/model/report-schema.js';
import type { Inventory } from '../../src-shared/model/inventory.js';
import { winUpcase } from '../../src-shared/winpath/win-case.js';
import { win32SpellingProblem } from './win32-literal-path.js';

/** What finding the program needs of the file system (a Host or node:fs). */
export interface ExecutableLookup {
  isFile(path: string): Promise<boolean>;
}

/**
 * The Sync App's own program file name. The project's fixtures and Windows test captures use this
 * name; no public source (AutoEntry's help centre, public code) names the real one, so it is the
 * single place to correct once a real installation has been seen.
 */
export const SYNC_APP_FILE_NAMES: readonly string[] = ['AutoEntry.SyncApp.exe'];

/** A full path on a drive letter (`C:\…`). */
const DRIVE_PATH = /^([A-Za-z]:)\\(?!\\)/;

type InventoryPart = Partial<Pick<Inventory, 'syncApp' | 'drives'>>;

function inventoryOf(report: Report | undefined): InventoryPart {
  return (report?.inventory ?? {}) as InventoryPart;
}

/**
 * A path on a drive of this PC: `C:\…` with a drive letter the report does not list as a network
 * or removable drive, spelled exactly as Windows reads it — never a UNC path or a mapped share,
 * where anyone with write access could put a program.
 */
export function isOnLocalDrive(path: string, report: Report | undefined): boolean {
  const letter = DRIVE_PATH.exec(path)?.[1]?.toUpperCase();
  // No `..`, trailing dot or space, stream, device name or character Windows would read otherwise.
  if (letter === undefined || win32SpellingProblem(path) !== undefined) return false;
  const drive = (inventoryOf(report).drives ?? []).find((d) => d.letter.toUpperCase() === letter);
  return drive === undefined || drive.kind === 'fixed';
}

/** The folders programs are installed in, which only an administrator (or, for the per-user one, the user) can write: `%ProgramFiles%`, `%ProgramFiles(x86)%`, `%LOCALAPPDATA%\Programs`. */
export function installRoots(env: Readonly<Record<string, string | undefined>>): string[] {
  const local = env['LOCALAPPDATA']?.trim();
  return [env['ProgramFiles'], env['ProgramFiles(x86)'], local ? `${local.replace(/\\+$/, '')}\\Programs` : undefined]
    .map((root) => root?.trim().replace(/\\+$/, ''))
    .filter((root): root is string => root !== undefined && DRIVE_PATH.test(root) && win32SpellingProblem(root) === undefined);
}

function isUnder(path: string, root: string): boolean {
  return winUpcase(path).startsWith(`${winUpcase(root)}\\`);
}

function isSyncAppFileName(path: string): boolean {
  const name = winUpcase(win32.basename(path));
  return SYNC_APP_FILE_NAMES.some((known) => winUpcase(known) === name);
}

/**
 * Where the Sync App's program may be, from its own identity only: the program of a Sync App
 * process the probes saw running, and its known file name in the install folder of a Sync App
 * Uninstall entry that lies under an install root. The Sync App patterns found these processes and
 * entries; they never name a program, and an Uninstall entry (HKCU ones are the user's to write)
 * never points outside the install roots.
 */
function candidates(report: Report | undefined, roots: readonly string[]): string[] {
  const syncApp = inventoryOf(report).syncApp;
  const seen = (syncApp?.running ?? []).flatMap((entry) => (entry.kind === 'process' && entry.path !== undefined ? [entry.path.trim()] : []));
  const installed = (syncApp?.installed ?? []).flatMap((entry) => {
    const folder = entry.installLocation?.trim().replace(/\\+$/, '');
    if (!folder || !roots.some((root) => isUnder(folder, root))) return [];
    // Joined as written (never `path.join`, which would work out a `..` after the check above).
    return SYNC_APP_FILE_NAMES.map((name) => `${folder}\\${name}`);
  });
  return [...seen, ...installed].filter((path) => isSyncAppFileName(path) && isOnLocalDrive(path, report));
}

export type SyncAppExecutable = { found: 'one'; executable: string } | { found: 'none' } | { found: 'several'; executables: string[] };

/**
 * The Sync App's program, only ever one the probes found (see `candidates`) and that is a file on
 * this PC. More than one different program is a refusal: Sync Doctor does not guess which to run.
 */
export async function findSyncAppExecutable(report: Report | undefined, roots: readonly string[], lookup: ExecutableLookup): Promise<SyncAppExecutable> {
  const distinct = new Map<string, string>();
  for (const path of candidates(report, roots)) if (!distinct.has(winUpcase(path))) distinct.set(winUpcase(path), path);
  const present: string[] = [];
  for (const path of distinct.values()) if (await lookup.isFile(path)) present.push(path);
  if (present.length === 0) return { found: 'none' };
  if (present.length > 1) return { found: 'several', executables: present };
  return { found: 'one', executable: present[0]! };
}
