import { posix, win32 } from 'node:path';
import type { Report } from '../../src-shared/model/report-schema.js';
import type { Settings } from '../../src-shared/settings/settings-schema.js';

/** What finding the program needs of the file system (a Host or node:fs). */
export interface ExecutableLookup {
  isFile(path: string): Promise<boolean>;
  /** File names in a folder, or [] when it cannot be listed. */
  list(folder: string): Promise<string[]>;
}

const pathsFor = (p: string) => (/^[a-zA-Z]:[\\/]|^\\\\/.test(p) ? win32 : posix);
const NOT_THE_APP = /^(unins|uninstall|update|squirrel|crashpad|createdump)/i;

/** The install folders the report's inventory found (Uninstall entries' InstallLocation). */
export function installLocations(report: Report | undefined): string[] {
  const syncApp = (report?.inventory as { syncApp?: { installed?: Array<{ installLocation?: unknown }> } } | undefined)?.syncApp;
  return (syncApp?.installed ?? [])
    .map((entry) => entry.installLocation)
    .filter((location): location is string => typeof location === 'string' && location.trim() !== '');
}

/**
 * The Sync App's program: the executable in settings when it is one, else an .exe in that
 * folder or in an install folder whose name matches a Sync App pattern (an uninstaller never).
 */
export async function findSyncAppExecutable(report: Report | undefined, settings: Settings, lookup: ExecutableLookup): Promise<string | undefined> {
  const configured = settings.syncAppExecutable?.trim();
  if (configured && /\.exe$/i.test(configured) && (await lookup.isFile(configured))) return configured;
  const folders = [...(configured && !/\.exe$/i.test(configured) ? [configured] : []), ...installLocations(report)];
  const patterns = settings.syncAppPatterns.map((p) => p.toLowerCase());
  for (const folder of folders) {
    const exes = (await lookup.list(folder)).filter((name) => /\.exe$/i.test(name) && !NOT_THE_APP.test(name));
    const best = exes.find((name) => patterns.some((p) => name.toLowerCase().includes(p))) ?? (exes.length === 1 ? exes[0] : undefined);
    if (best) return pathsFor(folder).join(folder, best);
  }
  return undefined;
}
