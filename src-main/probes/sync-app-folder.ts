import type { InstalledProgram, ProcessInfo } from '../../src-shared/model/system.js';
import { noteFailure, type ProbeContext } from './probe-context.js';
import { matchesSyncApp } from './sync-app-probe.js';

/**
 * The Sync App's program files by name, read from its install folder, for a process list that
 * may not tell it by path (ARCHITECTURE.md, "A Sync App known by its folder only").
 *
 * A process is the Sync App when its name or its image path holds a pattern. A process whose
 * image path is unknown — every row of `tasklist` (the console fallback prints none), an elevated
 * process PowerShell was not told the path of — can only be told by name. When no process
 * matches and such processes exist, "not running" would rest on a list that could not have shown
 * a Sync App known by its folder alone. So the install folders of the Sync App's Uninstall
 * entries are listed: a nameless-path process named like an `.exe` in them is the Sync App
 * (positive evidence); none is an answer. A folder that is not there holds no program to run
 * (the absence stands); one that could not be listed leaves the process question open
 * (probe.failed, "could not check"), never a false "not running".
 */
export async function syncAppExecutables(
  ctx: Pick<ProbeContext, 'host' | 'problems'>,
  patterns: readonly string[],
  processes: readonly ProcessInfo[],
  installs: readonly InstalledProgram[],
): Promise<string[]> {
  if (processes.some((p) => matchesSyncApp(patterns, p.name, p.path))) return [];
  if (!processes.some((p) => p.path === undefined)) return [];
  const folders = [...new Set(installs.filter((i) => matchesSyncApp(patterns, i.displayName) && i.installLocation?.trim()).map((i) => i.installLocation!.trim().replace(/[\\/]+$/, '')))];
  const names = await Promise.all(folders.map(async (folder) => {
    const listed = await ctx.host.list(folder);
    if (listed.ok) return listed.value.filter((e) => e.kind === 'file' && /\.exe$/i.test(e.name)).map((e) => e.name);
    if (listed.error.kind !== 'missing') {
      noteFailure(ctx, `Telling the Sync App's processes by its folder (${folder}): the process list shows no image paths`, listed.error, 'processes');
    }
    return [];
  }));
  return names.flat();
}
