import { existsSync } from 'node:fs';
import type { Host } from '../host/host.js';
import { loadSnapshotHost } from '../host/snapshot/host-for-snapshot.js';
import type { MonitorOptions } from './monitor.js';
import { procfsProcessStarts } from './procfs-process-starts.js';
import { reloadWhenChanged } from './reload-when-changed.js';
import { windowsSessionControls } from '../host/windows/session/session-controls.js';

async function reloadSnapshotHost(path: string): Promise<Host> {
  const loaded = await loadSnapshotHost(path);
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.host;
}

/**
 * Monitor options for a machine snapshot file: the file itself is watched and re-read when it
 * changes (editing it — say, removing the Sync App's process — gives a new report); the paths
 * inside are another computer's and are not watched. `initial` is the host already made from it.
 */
export function followSnapshotFile(machineFile: string, initial: Host): Partial<MonitorOptions> {
  return {
    refreshHost: reloadWhenChanged(machineFile, reloadSnapshotHost, initial),
    alwaysWatch: [{ path: machineFile, polling: false }],
    watchPaths: () => [],
    alarm: false,
  };
}

/**
 * Monitor options for this computer: the files come from each report (the default), and where
 * there is a `/proc`, new Sync App processes are noticed within a second without full checks.
 * On Windows the host's PowerShell session answers the same question (one narrow query, no new
 * process), reports a Sync App's exit as it happens, and is told to ask narrowly from now on.
 */
export function followThisComputer(syncAppPatterns: readonly string[], procRoot = '/proc', host?: Host): Partial<MonitorOptions> {
  if (existsSync(`${procRoot}/self/stat`)) return { processStarts: procfsProcessStarts(syncAppPatterns, procRoot) };
  const session = host && windowsSessionControls(host);
  if (session === undefined) return {};
  session.narrowTo(syncAppPatterns);
  return { processStarts: session.processStarts(syncAppPatterns), processExits: session.processExits };
}
