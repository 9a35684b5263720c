import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DEFAULT_SYNC_APP_PATTERNS, DEFAULT_TIMEOUT_MS, type CheckInputs } from '../check/check-inputs.js';
import { collectSnapshot, type CollectedSnapshot } from '../collect/collect-snapshot.js';
import type { Host } from '../host/host.js';
import { createLiveHost } from '../host/live-host.js';
import { CliError, EXIT_COULD_NOT_RUN, type CliCommand } from './cli-io.js';

export interface CollectArgs {
  out?: string;
  redact: boolean;
  inputs: CheckInputs;
  timeoutMs: number;
}

const USAGE = 'Usage: sync-doctor collect [--out FILE|-] [--redact] [--autoentry-path PATH]... [--sync-app-location NAME] [--timeout MS]';

export function parseCollectArgs(argv: readonly string[]): CollectArgs {
  const args: CollectArgs = { redact: false, inputs: { autoentryPaths: [], syncAppPatterns: [...DEFAULT_SYNC_APP_PATTERNS] }, timeoutMs: DEFAULT_TIMEOUT_MS };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined || (next.startsWith('--') && next !== '-')) throw new CliError(`${flag} needs a value. ${USAGE}`);
      return next;
    };
    if (flag === '--redact') args.redact = true;
    else if (flag === '--out') args.out = value();
    else if (flag === '--autoentry-path') args.inputs.autoentryPaths.push(value());
    else if (flag === '--sync-app-location') args.inputs.syncAppLocation = value();
    else if (flag === '--timeout') {
      const ms = Number(value());
      if (!Number.isInteger(ms) || ms <= 0) throw new CliError(`--timeout takes a whole number of milliseconds. ${USAGE}`);
      args.timeoutMs = ms;
    } else throw new CliError(`Unknown option "${flag}". ${USAGE}`);
  }
  return args;
}

/** `sync-doctor-OFFICE-PC1-20261120-0930.json`: the computer and the capture time (local). */
export function defaultSnapshotFileName(computerName: string, capturedAt: Date): string {
  const safe = computerName.replace(/[^A-Za-z0-9._-]+/g, '_') || 'PC';
  const two = (n: number) => String(n).padStart(2, '0');
  const stamp = `${capturedAt.getFullYear()}${two(capturedAt.getMonth() + 1)}${two(capturedAt.getDate())}-${two(capturedAt.getHours())}${two(capturedAt.getMinutes())}`;
  return `sync-doctor-${safe}-${stamp}.json`;
}

function summary(snapshot: CollectedSnapshot): string {
  const files = Object.keys(snapshot.files).length;
  return `${files} file${files === 1 ? '' : 's'}, ${snapshot.processes.length} process${snapshot.processes.length === 1 ? '' : 'es'}, ${snapshot.services.length} service${snapshot.services.length === 1 ? '' : 's'}`;
}

export interface CollectCommandDeps {
  host?: () => Host;
  cwd?: () => string;
}

/** `sync-doctor collect`: writes a support bundle (a machine snapshot) of this PC. */
export function createCollectCommand(deps: CollectCommandDeps = {}): CliCommand {
  return async (argv, io) => {
    let args: CollectArgs;
    try {
      args = parseCollectArgs(argv);
    } catch (error) {
      if (error instanceof CliError) {
        io.stderr(`${error.message}\n`);
        return EXIT_COULD_NOT_RUN;
      }
      throw error;
    }
    const host = (deps.host ?? createLiveHost)();
    const snapshot = await collectSnapshot(host, args.inputs, { timeoutMs: args.timeoutMs, redact: args.redact });
    const json = `${JSON.stringify(snapshot, null, 2)}\n`;
    if (args.out === '-') {
      io.stdout(json);
      return 0;
    }
    const target = resolve((deps.cwd ?? process.cwd)(), args.out ?? defaultSnapshotFileName(snapshot.host.computerName, new Date(snapshot.capturedAt)));
    try {
      await writeFile(target, json, { flag: args.out === undefined ? 'wx' : 'w' });
    } catch (error) {
      io.stderr(`Could not write the snapshot to ${target}: ${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT_COULD_NOT_RUN;
    }
    io.stdout(`Wrote a snapshot of ${snapshot.host.computerName}${args.redact ? ' (names replaced)' : ''} to ${target}\n`);
    io.stdout(`It holds ${summary(snapshot)}, and no accounting data: Sage and QuickBooks data files appear only as size and time.\n`);
    return 0;
  };
}

export const runCollectCommand: CliCommand = createCollectCommand();
