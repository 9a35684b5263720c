import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLiveHost as buildLiveHost } from '../../../src-main/host/live-host.js';
import type { CliIo } from '../../../src-main/cli/cli-io.js';
import { serveCommand } from '../../../src-main/cli/serve-command.js';
import type { Host } from '../../../src-main/host/host.js';
import { parseSnapshotText } from '../../../src-main/host/snapshot/load-snapshot.js';
import { createSnapshotHost } from '../../../src-main/host/snapshot/snapshot-host.js';

export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');
export const MACHINES = join(REPO_ROOT, 'test', 'fixtures', 'machines');

export interface RunningPreview {
  /** The address with its token, as `serve` prints it. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Runs `sync-doctor serve` in this process on a free port, with its own settings and log
 * folders, and resolves once it has printed its address. The built UI (dist/renderer) must exist.
 */
export async function startPreview(argv: string[], createLiveHost: () => Host | Promise<Host> = () => buildLiveHost()): Promise<RunningPreview> {
  const home = mkdtempSync(join(tmpdir(), 'sync-doctor-e2e-'));
  const stopper = new AbortController();
  let printed = '';
  let errors = '';
  let announce: (url: string) => void = () => undefined;
  const ready = new Promise<string>((resolve) => (announce = resolve));
  const io: CliIo = {
    stdout: (text) => {
      printed += text;
      const url = /https?:\/\/127\.0\.0\.1:\d+\/#token=\S+/.exec(printed)?.[0];
      if (url) announce(url);
    },
    stderr: (text) => {
      errors += text;
    },
    isTTY: false,
    stderrIsTTY: false,
    env: { ...process.env, SYNC_DOCTOR_CONFIG_DIR: join(home, 'config'), SYNC_DOCTOR_LOG_DIR: join(home, 'logs') },
    stopSignal: stopper.signal,
  };
  const finished = serveCommand({ createLiveHost })(['--port', '0', ...argv], io);
  const url = await Promise.race([
    ready,
    finished.then((code: number): string => {
      throw new Error(`serve ended with exit ${code}: ${errors}`);
    }),
  ]);
  return {
    url,
    async stop() {
      stopper.abort();
      await finished;
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/**
 * "This PC" for `serve`, played by a snapshot file that is read again whenever it changes:
 * rewriting the file changes the computer, as the live monitor would see it change.
 */
export function snapshotFileAsThisPc(path: string): () => Host {
  let seen = { mtimeMs: -1, size: -1 };
  let host: Host | undefined;
  const current = (): Host => {
    const { mtimeMs, size } = statSync(path);
    if (!host || mtimeMs !== seen.mtimeMs || size !== seen.size) {
      const loaded = parseSnapshotText(readFileSync(path, 'utf8'), path);
      if (!loaded.ok) throw new Error(loaded.message);
      host = createSnapshotHost(loaded.snapshot, 'this PC');
      seen = { mtimeMs, size };
    }
    return host;
  };
  current();
  return () =>
    new Proxy({} as Host, {
      get(_target, property) {
        const value = Reflect.get(current(), property) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => Reflect.apply(value as (...a: unknown[]) => unknown, current(), args);
      },
    });
}

/** The example machine most screens are shown with: Sage upgraded to 2025, AutoEntry still on the 2024 data. */
export const STALE_PATH = 'C:\\ProgramData\\Sage\\Accounts\\2024\\Company.000';
export const CURRENT_PATH = 'C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000';

/** `serve` over the stale-after-upgrade example machine, AutoEntry set to its 2024 data. */
export function startStaleUpgradePreview(): Promise<RunningPreview> {
  return startPreview(['--machine', join(MACHINES, 'sage-stale-after-upgrade.json'), '--autoentry-path', STALE_PATH]);
}
