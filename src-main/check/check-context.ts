import { DEFAULT_SETTINGS } from '../../src-shared/settings/default-settings.js';
import type { Settings } from '../../src-shared/settings/settings-schema.js';
import type { MachineSnapshot } from '../../src-shared/model/machine-snapshot-schema.js';
import { tidyTypedPath } from '../../src-shared/winpath/win-path-input.js';
import type { Host } from '../host/host.js';
import type { SnapshotFileReader } from '../host/snapshot/load-snapshot.js';
import { DEFAULT_TIMEOUT_MS, type CheckInputs } from './check-inputs.js';
import { InputError } from './input-error.js';

/** What a check is asked for — by the command line, or by the app the command line started. */
export interface CheckRequest {
  /** A machine snapshot to check instead of this computer. */
  machine?: string;
  /** Check the bundled demo machine with its own inputs (saved settings are not used). */
  demo: boolean;
  autoentryPaths: string[];
  syncAppLocation?: string;
  timeoutMs?: number;
}

export interface CheckContextDeps {
  /**
   * The computer Sync Doctor runs on (Windows or POSIX host); may be loaded on first use.
   * `lookupDeadlineMs` is the check's deadline for each look-up, as it is at each check.
   */
  createLiveHost(options: { lookupDeadlineMs: () => number }): Host | Promise<Host>;
  /** The desktop app's saved settings (defaults when there are none). */
  loadSettings(): Promise<Settings>;
  /** How a `--machine` file is read (default: without blocking, as the app must). */
  snapshotReader?: SnapshotFileReader;
}

export interface CheckContext {
  host: Host;
  inputs: CheckInputs;
  timeoutMs: number;
  /** The snapshot file the host reads, when `--machine` or `--demo` was given. */
  machineFile?: string;
  demo: boolean;
  settings: Settings;
}

/** Merges command line and saved settings (the command line wins) and opens the host. */
export async function resolveCheckContext(args: CheckRequest, deps: CheckContextDeps): Promise<CheckContext> {
  if (args.demo) return demoContext(args);
  const settings = await deps.loadSettings();
  let host: Host;
  let bundled: MachineSnapshot['checkInputs'];
  const timeoutMs = args.timeoutMs ?? settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (args.machine !== undefined) {
    // The snapshot's reader, schema and host load only for a `--machine` check: a check of this
    // PC never builds the snapshot schema (zod: the largest schema a check makes at start).
    const { loadSnapshotHost } = await import('../host/snapshot/host-for-snapshot.js');
    const loaded = await loadSnapshotHost(args.machine, deps.snapshotReader);
    if (!loaded.ok) throw new InputError(loaded.message);
    host = loaded.host;
    bundled = loaded.snapshot.checkInputs;
  } else {
    host = await deps.createLiveHost({ lookupDeadlineMs: () => timeoutMs });
  }
  // The command line first; then the inputs a support bundle was collected with (so a
  // redacted bundle judges its own redacted paths); then the saved settings.
  const savedPaths = settings.companies.map((c) => tidyTypedPath(c.path)).filter((p) => p.length > 0);
  const location = args.syncAppLocation ?? bundled?.syncAppLocation ?? settings.syncAppLocation;
  const bundledPaths = bundled?.autoentryPaths ?? [];
  const inputs: CheckInputs = {
    autoentryPaths: args.autoentryPaths.length > 0 ? args.autoentryPaths : bundledPaths.length > 0 ? bundledPaths : savedPaths,
    syncAppPatterns: bundled?.syncAppPatterns ?? settings.syncAppPatterns,
    ...(location !== undefined && location.trim() !== '' && { syncAppLocation: location }),
  };
  return {
    host,
    inputs,
    timeoutMs,
    settings,
    demo: false,
    ...(args.machine !== undefined && { machineFile: args.machine }),
  };
}

async function demoContext(args: CheckRequest): Promise<CheckContext> {
  const [{ DEMO_DESCRIPTION, loadDemoMachine }, { hostForSnapshot }] = await Promise.all([import('../demo/demo-machine.js'), import('../host/snapshot/host-for-snapshot.js')]);
  const demo = await loadDemoMachine();
  const location = args.syncAppLocation ?? demo.syncAppLocation;
  return {
    host: hostForSnapshot(demo.snapshot, DEMO_DESCRIPTION),
    inputs: {
      autoentryPaths: args.autoentryPaths.length > 0 ? args.autoentryPaths : demo.autoentryPaths,
      syncAppPatterns: DEFAULT_SETTINGS.syncAppPatterns,
      ...(location !== undefined && { syncAppLocation: location }),
    },
    timeoutMs: args.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    settings: DEFAULT_SETTINGS,
    demo: true,
    machineFile: demo.file,
  };
}
