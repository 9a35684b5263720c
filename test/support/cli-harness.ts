import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src-main/cli/main.js';
import type { CliIo } from '../../src-main/cli/cli-io.js';
import type { CheckContextDeps } from '../../src-main/check/check-context.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  seconds: number;
}

/** Runs a command line in-process with captured output (not a TTY, no colour). */
export async function runCliCaptured(argv: string[], options: { env?: Record<string, string>; deps?: CheckContextDeps; signal?: AbortSignal } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTTY: false,
    stderrIsTTY: false,
    // Never the developer's own settings: a fresh, empty settings folder per run unless given.
    env: { SYNC_DOCTOR_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'sd-cfg-')), SYNC_DOCTOR_LOG_DIR: mkdtempSync(join(tmpdir(), 'sd-log-')), ...options.env },
    stopSignal: options.signal ?? new AbortController().signal,
  };
  const started = performance.now();
  const code = await runCli(argv, io, options.deps);
  return { code, stdout, stderr, seconds: (performance.now() - started) / 1000 };
}
