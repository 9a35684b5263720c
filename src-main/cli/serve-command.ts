import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createAppActions } from '../actions/app-actions.js';
import { createAppService } from '../app/app-service.js';
import { makeBasicSupportBundle } from '../app/basic-support-bundle.js';
import type { CheckEngine } from '../app/check-engine.js';
import { loadSnapshotEngine } from '../app/demo-engine.js';
import type { InputOverrides } from '../app/host-check-engine.js';
import { demoSnapshotPath, packageRoot, rendererRoot } from '../app/package-root.js';
import { reportPlainText } from '../app/report-plain-text.js';
import { isAllowedExternalUrl } from '../app/window-policy.js';
import type { Report } from '../../src-shared/model/report-schema.js';
import { createAppLogger } from '../logging/app-logger.js';
import { readRecentLogLines } from '../logging/recent-log-lines.js';
import { createPreviewDesktop } from '../preview/preview-desktop.js';
import { startPreviewServer } from '../preview/preview-server.js';
import { defaultLogDirectory } from '../settings/app-paths.js';
import { openSettingsStore } from '../settings/settings-store.js';
import { EXIT_COULD_NOT_RUN, type CliCommand, type CliIo } from './cli-io.js';

export interface ServeDeps {
  /** A check of this PC, where the build has a live host; without it, `serve` shows the demo. */
  liveEngine?: (overrides: InputOverrides) => Promise<CheckEngine>;
  /** The core's doctor-style text, when wired. */
  reportText?: (report: Report) => string;
  /** The package folder (renderer, demo machine, version). */
  root?: string;
}

export interface ServeArgs {
  machine?: string;
  port: number;
  demo: boolean;
  overrides: InputOverrides;
}

/** `serve [--machine FILE] [--port N] [--demo] [--autoentry-path P]... [--sync-app-location N] [--timeout MS]` */
export function parseServeArgs(argv: string[]): { ok: true; args: ServeArgs } | { ok: false; message: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        machine: { type: 'string' },
        port: { type: 'string' },
        demo: { type: 'boolean', default: false },
        'autoentry-path': { type: 'string', multiple: true },
        'sync-app-location': { type: 'string' },
        timeout: { type: 'string' },
      },
    }));
  } catch (error) {
    return { ok: false, message: (error as Error).message.split('\n')[0]! };
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return { ok: false, message: `--port must be a number from 0 to 65535, not "${values.port}".` };
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && (!Number.isInteger(timeout) || timeout < 100 || timeout > 120_000)) {
    return { ok: false, message: `--timeout must be milliseconds from 100 to 120000, not "${values.timeout}".` };
  }
  if (values.demo && values.machine) return { ok: false, message: 'Use --demo or --machine, not both.' };
  const overrides: InputOverrides = {
    ...(values['autoentry-path'] ? { autoentryPaths: values['autoentry-path'] } : {}),
    ...(values['sync-app-location'] ? { syncAppLocation: values['sync-app-location'] } : {}),
    ...(timeout !== undefined ? { timeoutMs: timeout } : {}),
  };
  return { ok: true, args: { ...(values.machine ? { machine: values.machine } : {}), port, demo: values.demo, overrides } };
}

function versionOf(root: string): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

async function chooseEngine(args: ServeArgs, deps: ServeDeps, root: string, io: CliIo): Promise<CheckEngine> {
  if (args.machine) return loadSnapshotEngine(args.machine, { demo: false, overrides: args.overrides });
  if (!args.demo && deps.liveEngine) return deps.liveEngine(args.overrides);
  if (!args.demo) io.stderr('Checking this computer is not available in this build, so the preview shows the demo machine.\n');
  return loadSnapshotEngine(demoSnapshotPath(root), { demo: true, overrides: args.overrides });
}

/** Serves the UI and the IPC contract on the loopback address until Ctrl+C. */
export function createServeCommand(deps: ServeDeps = {}): CliCommand {
  return async (argv, io) => {
    const parsed = parseServeArgs(argv);
    if (!parsed.ok) {
      io.stderr(`sync-doctor serve: ${parsed.message}\n`);
      return EXIT_COULD_NOT_RUN;
    }
    const { args } = parsed;
    const root = deps.root ?? packageRoot();
    let engine: CheckEngine;
    try {
      engine = await chooseEngine(args, deps, root, io);
    } catch (error) {
      io.stderr(`sync-doctor serve: ${(error as Error).message}\n`);
      return EXIT_COULD_NOT_RUN;
    }

    const settings = openSettingsStore({ env: io.env });
    if (settings.notice) io.stderr(`${settings.notice}\n`);
    const logDirectory = defaultLogDirectory(io.env);
    const logger = createAppLogger({ directory: logDirectory, level: settings.get().logLevel });
    let current = engine;
    const service = createAppService({
      mode: 'preview',
      version: versionOf(root),
      engine,
      loadDemoEngine: async () => (current = await loadSnapshotEngine(demoSnapshotPath(root), { demo: true })),
      settings,
      logger,
      logDirectory,
      actions: createAppActions(createPreviewDesktop({ thisPc: () => !args.machine && !current.demo, env: io.env }), isAllowedExternalUrl),
      history: { query: async (range) => ({ range, events: [], uptime: [] }) },
      makeSupportBundle: async ({ redact }, report) => makeBasicSupportBundle(report, await readRecentLogLines(logDirectory, 200), redact),
      reportText: deps.reportText ?? reportPlainText,
    });

    let server;
    try {
      server = await startPreviewServer({
        handlers: service.handlers,
        reports: service.reports,
        rendererRoot: rendererRoot(root),
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
    io.stderr('Open that address in your browser. Press Ctrl+C to stop.\n');

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

export const runServeCommand: CliCommand = createServeCommand();
