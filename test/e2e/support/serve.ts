import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckEngine } from '../../../src-main/app/check-engine.js';
import { loadSnapshotEngine } from '../../../src-main/app/demo-engine.js';
import type { InputOverrides } from '../../../src-main/app/host-check-engine.js';
import type { CliIo } from '../../../src-main/cli/cli-io.js';
import { createServeCommand, type ServeDeps } from '../../../src-main/cli/serve-command.js';

export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');
export const MACHINES = join(REPO_ROOT, 'test', 'fixtures', 'machines');

export interface RunningPreview {
  /** The address with its token, as `serve` prints it. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Runs `sync-doctor serve` in this process on a free port, with its own settings and log
 * folders, and resolves once it has printed its address.
 */
export async function startPreview(argv: string[], deps: ServeDeps = {}): Promise<RunningPreview> {
  const home = mkdtempSync(join(tmpdir(), 'sync-doctor-e2e-'));
  const stopper = new AbortController();
  let printed = '';
  let errors = '';
  let announce: (url: string) => void = () => undefined;
  const ready = new Promise<string>((resolve) => (announce = resolve));
  const io: CliIo = {
    stdout: (text) => {
      printed += text;
      const url = /https?:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(printed)?.[0];
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
  const finished = createServeCommand({ root: REPO_ROOT, ...deps })(['--port', '0', ...argv], io);
  const url = await Promise.race([
    ready,
    finished.then((code) => {
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
 * A "live" engine over a snapshot file that is read again at every check, so rewriting the
 * file changes this PC as the monitor would see it change.
 */
export function rereadingSnapshotEngine(path: string): (overrides: InputOverrides) => Promise<CheckEngine> {
  return async (overrides) => {
    const fresh = () => loadSnapshotEngine(path, { demo: false, overrides });
    const first = await fresh();
    return {
      source: first.source,
      demo: false,
      check: async (settings) => (await fresh()).check(settings),
      validatePath: async (p, settings) => (await fresh()).validatePath(p, settings),
    };
  };
}
