import { existsSync } from 'node:fs';
import type { Host } from '../host/host.js';
import { loadSnapshotHost } from '../host/snapshot/host-for-snapshot.js';
import type { MonitorOptions } from './monitor.js';
import { procfsProcessStarts } from './procfs-process-starts.js';
import { reloadWhenChanged } from './reload-when-changed.js';

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
 */
export function followThisComputer(syncAppPatterns: readonly string[], procRoot = '/proc'): Partial<MonitorOptions> {
  return existsSync(`${procRoot}/self/stat`) ? { processStarts: procfsProcessStarts(syncAppPatterns, procRoot) } : {};
}
