import type { Settings } from '../../src-shared/settings/settings-schema.js';
import { DEFAULT_TIMEOUT_MS, type CheckInputs } from '../check/check-inputs.js';
import type { Host } from '../host/host.js';
import { createSnapshotHost } from '../host/snapshot/snapshot-host.js';
import { loadSnapshotFile } from '../host/snapshot/load-snapshot.js';
import { CliError } from './cli-io.js';
import { parseOptions, parseTimeout } from './parse-options.js';

/** The inputs `check`, `watch`, `collect` and `serve` share. */
export const CHECK_OPTIONS = {
  machine: { type: 'string' },
  'autoentry-path': { type: 'string', multiple: true },
  'sync-app-location': { type: 'string' },
  timeout: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface CheckArgs {
  machine?: string;
  autoentryPaths: string[];
  syncAppLocation?: string;
  timeoutMs?: number;
  json: boolean;
  help: boolean;
}

/** Splits a command's argv into the shared check inputs and the command's own flags. */
export function parseCheckArgs<Extra extends Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>>(
  argv: string[],
  command: string,
  extra: Extra = {} as Extra,
) {
  const { values } = parseOptions(argv, { ...CHECK_OPTIONS, ...extra }, command);
  const v = values as Record<string, string | string[] | boolean | undefined>;
  const args: CheckArgs = {
    autoentryPaths: (v['autoentry-path'] as string[] | undefined) ?? [],
    json: v.json === true,
    help: v.help === true,
  };
  if (typeof v.machine === 'string') args.machine = v.machine;
  if (typeof v['sync-app-location'] === 'string') args.syncAppLocation = v['sync-app-location'];
  const timeout = parseTimeout(v.timeout as string | undefined);
  if (timeout !== undefined) args.timeoutMs = timeout;
  if (args.autoentryPaths.some((p) => p.trim() === '')) throw new CliError('--autoentry-path needs a path after it.');
  return { args, values: v };
}

export interface CheckContextDeps {
  /** The computer Sync Doctor runs on (Windows or POSIX host). */
  createLiveHost(): Host;
  /** The desktop app's saved settings (defaults when there are none). */
  loadSettings(): Promise<Settings>;
}

export interface CheckContext {
  host: Host;
  inputs: CheckInputs;
  timeoutMs: number;
  /** The snapshot file the host reads, when `--machine` was given. */
  machineFile?: string;
  settings: Settings;
}

/** Merges command line and saved settings (the command line wins) and opens the host. */
export async function resolveCheckContext(args: CheckArgs, deps: CheckContextDeps): Promise<CheckContext> {
  const settings = await deps.loadSettings();
  let host: Host;
  if (args.machine !== undefined) {
    const loaded = await loadSnapshotFile(args.machine);
    if (!loaded.ok) throw new CliError(loaded.message);
    host = createSnapshotHost(loaded.snapshot);
  } else {
    host = deps.createLiveHost();
  }
  const savedPaths = settings.companies.map((c) => c.path.trim()).filter((p) => p.length > 0);
  const location = args.syncAppLocation ?? settings.syncAppLocation;
  const inputs: CheckInputs = {
    autoentryPaths: args.autoentryPaths.length > 0 ? args.autoentryPaths : savedPaths,
    syncAppPatterns: settings.syncAppPatterns,
    ...(location !== undefined && location.trim() !== '' && { syncAppLocation: location }),
  };
  return {
    host,
    inputs,
    timeoutMs: args.timeoutMs ?? settings.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    settings,
    ...(args.machine !== undefined && { machineFile: args.machine }),
  };
}
