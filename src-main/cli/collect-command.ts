import './one-shot-validation.js';
import { defaultSnapshotFileName } from '../collect/snapshot-file-name.js';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { collectSnapshot, type CollectedSnapshot } from '../collect/collect-snapshot.js';
import { resolveCheckContext, type CheckContextDeps } from '../check/check-context.js';
import { parseCheckArgs } from './check-args.js';
import { EXIT_COULD_NOT_RUN, type CliCommand } from './cli-io.js';
import { InputError } from '../check/input-error.js';

const USAGE = `Usage: sync-doctor collect [options]

  --out FILE                write the snapshot here (- for stdout); default
                            sync-doctor-<COMPUTER>-<yyyymmdd-hhmm>.json in this folder
  --redact                  replace user, computer, server and client names with stand-ins
  --autoentry-path PATH     the file path AutoEntry is set to (repeat for several companies)
  --sync-app-location NAME  the Sync App location from AutoEntry's Integrate page
  --machine FILE            collect from a machine snapshot instead of this PC
  --timeout MS              deadline for each look-up (default 5000)

The snapshot holds what Sync Doctor looks at and no accounting data: Sage and QuickBooks
data files appear only as size and time. Inputs not given here come from the saved settings.
`;

/** `sync-doctor-OFFICE-PC1-20261120-0930.json`: the computer and the capture time (local). */
function summary(snapshot: CollectedSnapshot): string {
  const files = Object.keys(snapshot.files).length;
  return `${files} file${files === 1 ? '' : 's'}, ${snapshot.processes.length} process${snapshot.processes.length === 1 ? '' : 'es'}, ${snapshot.services.length} service${snapshot.services.length === 1 ? '' : 's'}`;
}

export interface CollectCommandDeps extends CheckContextDeps {
  cwd?: () => string;
}

/** `sync-doctor collect`: writes a support bundle (a machine snapshot) of this PC. */
export function collectCommand(deps: CollectCommandDeps): CliCommand {
  return async (argv, io) => {
    try {
      const { args, values } = parseCheckArgs(argv, 'collect', { out: { type: 'string' }, redact: { type: 'boolean' } });
      if (args.help) {
        io.stdout(USAGE);
        return 0;
      }
      const out = typeof values.out === 'string' ? values.out : undefined;
      const redact = values.redact === true;
      const context = await resolveCheckContext(args, deps);
      const companyNames = context.settings.companies.map((company) => company.name);
      const snapshot = await collectSnapshot(context.host, context.inputs, { timeoutMs: context.timeoutMs, redact, companyNames });
      return await writeSnapshot(snapshot, out, redact, io, (deps.cwd ?? process.cwd)());
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr(`sync-doctor: ${error.message.split('\n')[0]}\n`);
      return EXIT_COULD_NOT_RUN;
    }
  };
}

async function writeSnapshot(snapshot: CollectedSnapshot, out: string | undefined, redact: boolean, io: Parameters<CliCommand>[1], cwd: string): Promise<number> {
  const json = `${JSON.stringify(snapshot, null, 2)}\n`;
  if (out === '-') {
    io.stdout(json);
    return 0;
  }
  const target = resolve(cwd, out ?? defaultSnapshotFileName(snapshot.host.computerName, new Date(snapshot.capturedAt)));
  try {
    await writeFile(target, json, { flag: out === undefined ? 'wx' : 'w' });
  } catch (error) {
    throw new InputError(`Could not write the snapshot to ${target}: ${error instanceof Error ? error.message : String(error)}`);
  }
  io.stdout(`Wrote a snapshot of ${snapshot.host.computerName}${redact ? ' (names replaced)' : ''} to ${target}\n`);
  io.stdout(`It holds ${summary(snapshot)}, and no accounting data: Sage and QuickBooks data files appear only as size and time.\n`);
  return 0;
}

