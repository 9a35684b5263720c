import type { CheckContextDeps } from '../check/check-context.js';
import { cliDeps } from './cli-deps.js';
import { EXIT_COULD_NOT_RUN, processIo, type CliCommand, type CliIo } from './cli-io.js';
import { usageOf } from './usage.js';
import { terminalSafeIo } from './terminal-safe-output.js';
import { defaultConfigDirectory } from '../settings/app-paths.js';
import { SETTINGS_FILE_NAME } from '../settings/settings-file-name.js';
import { join } from 'node:path';
import { InputError } from '../check/input-error.js';

export { whenOutputWritten } from './cli-io.js';

/** A command whose module (and the libraries only it needs) is loaded when it runs, not at start-up. */
const loadedWhenRun = (load: () => Promise<CliCommand>): CliCommand => async (argv, io) => (await load())(argv, io);

/** The commands by name; each is a `CliCommand` of its own module, loaded only by the command that runs. */
export function commandTable(deps: CheckContextDeps, io: CliIo): Record<string, CliCommand> {
  return {
    check: loadedWhenRun(async () => (await import('./check-command.js')).checkCommand(deps)),
    collect: loadedWhenRun(async () => (await import('./collect-command.js')).collectCommand(deps)),
    office: loadedWhenRun(async () => (await import('./office-command.js')).officeCommand),
    scan: loadedWhenRun(async () => (await import('./scan-command.js')).runScanCommand),
    serve: loadedWhenRun(async () => (await import('./serve-command.js')).serveCommand(deps)),
    watch: loadedWhenRun(async () => (await import('./watch-command.js')).watchCommand(deps, { settingsFile: join(defaultConfigDirectory(io.env), SETTINGS_FILE_NAME) })),
  };
}

/** Runs one command line; never throws: a failure is one line on stderr and exit 3. */
export async function runCli(argv: string[], io?: CliIo, givenDeps?: CheckContextDeps): Promise<number> {
  const stop = new AbortController();
  // The one place the CLI writes: every line, from any command, passes the terminal filter.
  const cliIo = terminalSafeIo(io ?? processIo(stop.signal));
  const deps = givenDeps ?? cliDeps(cliIo);
  const onSigint = () => stop.abort();
  if (!io) {
    process.once('SIGINT', onSigint);
    process.once('SIGTERM', onSigint);
  }
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      cliIo.stdout(usageOf('main'));
      return name === undefined ? EXIT_COULD_NOT_RUN : 0;
    }
    const command = commandTable(deps, cliIo)[name];
    if (!command) throw new InputError(`Unknown command "${name}". Commands: ${Object.keys(commandTable(deps, cliIo)).join(', ')}.`);
    return await command(rest, cliIo);
  } catch (error) {
    const message = error instanceof InputError ? error.message : `Unexpected failure: ${error instanceof Error ? error.message : String(error)}`;
    cliIo.stderr(`sync-doctor: ${message.split('\n')[0]}\n`);
    return EXIT_COULD_NOT_RUN;
  } finally {
    if (!io) {
      process.off('SIGINT', onSigint);
      process.off('SIGTERM', onSigint);
    }
  }
}
