import { readFileSync } from 'node:fs';
import { createAppActions } from '../actions/app-actions.js';
import { createDesktopService } from '../app/desktop-service.js';
import type { CheckEngine } from '../app/check-engine.js';
import { createCheckEngine, DEMO_ARGS } from '../app/host-check-engine.js';
import { isAllowedExternalUrl } from '../app/window-policy.js';
import { createAppLogger } from '../logging/app-logger.js';
import { bundledFile } from '../package-root.js';
import { createPreviewDesktop } from '../preview/preview-desktop.js';
import { startPreviewServer } from '../preview/preview-server.js';
import { defaultLogDirectory } from '../settings/app-paths.js';
import { openSettingsStore } from '../settings/settings-store.js';
import type { CheckContextDeps } from '../check/check-context.js';
import { parseCheckArgs, type CheckArgs } from './check-args.js';
import { EXIT_COULD_NOT_RUN, type CliCommand, type CliIo } from './cli-io.js';
import { InputError } from '../check/input-error.js';

export const SERVE_USAGE = `Usage: sync-doctor serve [options]

Shows the Sync Doctor window in your browser, served on 127.0.0.1 only. Open the address it
prints: its one-off key (after #token=) stays in that browser tab, so no other program on
this computer can use the preview.

  --machine FILE            show a machine snapshot instead of this computer
  --demo                    show the bundled demo machine
  --port N                  listen on this port (default: any free port)
  --autoentry-path PATH     the file path AutoEntry is set to (repeatable)
  --sync-app-location NAME  the Sync App location from AutoEntry's Integrate page
  --timeout MS              deadline for each look-up (default 5000)

Inputs not given here come from the app's saved settings. Stops with Ctrl+C.
`;

export interface ServeArgs {
  check: CheckArgs;
  port: number;
}

/** `serve [--machine FILE | --demo] [--port N] [check inputs]`; throws InputError on bad arguments. */
export function parseServeArgs(argv: string[]): ServeArgs {
  const { args, values } = parseCheckArgs(argv, 'serve', { port: { type: 'string' } });
  const text = values['port'] as string | undefined;
  const port = text === undefined ? 0 : Number(text);
  if (!/^\d+$/.test(text ?? '0') || port > 65535) throw new InputError(`--port must be a number from 0 to 65535, not "${text}".`);
  return { check: args, port };
}

function versionOf(): string {
  try {
    return (JSON.parse(readFileSync(bundledFile('package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** This PC where the build can check it, else (without --machine) the demo machine, saying so. */
async function chooseEngine(args: CheckArgs, createLiveHost: CheckContextDeps['createLiveHost'], io: CliIo): Promise<CheckEngine> {
  try {
    return await createCheckEngine(args, createLiveHost);
  } catch (error) {
    if (args.machine !== undefined || args.demo || !(error instanceof InputError)) throw error;
    io.stderr('Checking this computer is not available in this build, so the preview shows the demo machine.\n');
    return createCheckEngine(DEMO_ARGS, createLiveHost);
  }
}

/** Serves the UI and the IPC contract on the loopback address until Ctrl+C. */
export function serveCommand(deps: Pick<CheckContextDeps, 'createLiveHost'>): CliCommand {
  return async (argv, io) => {
    let args: ServeArgs;
    let engine: CheckEngine;
    try {
      args = parseServeArgs(argv);
      if (args.check.help) {
        io.stdout(SERVE_USAGE);
        return 0;
      }
      engine = await chooseEngine(args.check, deps.createLiveHost, io);
    } catch (error) {
      io.stderr(`sync-doctor serve: ${(error as Error).message.split('\n')[0]}\n`);
      return EXIT_COULD_NOT_RUN;
    }

    const settings = openSettingsStore({ env: io.env });
    if (settings.notice) io.stderr(`${settings.notice}\n`);
    const logDirectory = defaultLogDirectory(io.env);
    const logger = createAppLogger({ directory: logDirectory, level: settings.get().logLevel });
    const service = createDesktopService({
      mode: 'preview',
      version: versionOf(),
      engine,
      loadDemoEngine: () => createCheckEngine(DEMO_ARGS, deps.createLiveHost),
      settings,
      logger,
      logDirectory,
      actions: (current) => createAppActions(createPreviewDesktop({ thisPc: () => args.check.machine === undefined && !current()?.engine().demo, env: io.env }), isAllowedExternalUrl),
    });

    let server;
    try {
      server = await startPreviewServer({
        handlers: service.handlers,
        reports: service.reports,
        rendererRoot: bundledFile('dist', 'renderer'),
        port: args.port,
        onLog: (message) => logger.log('warn', message),
      });
    } catch (error) {
      io.stderr(`sync-doctor serve: could not listen on 127.0.0.1:${args.port} (${(error as Error).message}).\n`);
      await service.close();
      await logger.close();
      return EXIT_COULD_NOT_RUN;
    }
    logger.log('info', `preview serving ${engine.source} on port ${server.port}`);
    io.stdout(`Sync Doctor${engine.demo ? ' (demo machine)' : ''} is at ${server.url}\n`);
    io.stderr('Open that whole address in your browser: the key after "#token=" lets only that tab in, and is never sent as a cookie. Press Ctrl+C to stop.\n');

    await new Promise<void>((resolve) => {
      if (io.stopSignal.aborted) resolve();
      else io.stopSignal.addEventListener('abort', () => resolve(), { once: true });
    });
    await server.close();
    await service.close();
    await logger.close();
    return 0;
  };
}

