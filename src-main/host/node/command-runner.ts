import { execFile } from 'node:child_process';

/**
 * Runs one external program. Every command a real-computer host runs goes through this port,
 * so tests feed it recorded output instead of starting programs.
 */
export interface CommandRequest {
  command: string;
  args: readonly string[];
  timeoutMs: number;
}

export type CommandOutcome =
  /** The program ran to its end (any exit code). */
  | { ran: true; stdout: Uint8Array; stderr: Uint8Array; exitCode: number }
  /** It could not start (`not-found`), or was stopped at the deadline (`timeout`), or failed otherwise. */
  | { ran: false; reason: 'not-found' | 'timeout' | 'error'; message: string };

export type CommandRunner = (request: CommandRequest) => Promise<CommandOutcome>;

const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

/** The real runner: `execFile` without a shell, output as bytes, killed at the deadline. */
export const runCommand: CommandRunner = (request) =>
  new Promise((resolve) => {
    execFile(
      request.command,
      [...request.args],
      { encoding: 'buffer', timeout: request.timeoutMs, windowsHide: true, maxBuffer: MAX_OUTPUT_BYTES, killSignal: 'SIGKILL' },
      (error, stdout, stderr) => {
        if (error === null) {
          resolve({ ran: true, stdout, stderr, exitCode: 0 });
          return;
        }
        const failure = error as NodeJS.ErrnoException & { killed?: boolean; code?: string | number };
        if (failure.code === 'ENOENT') {
          resolve({ ran: false, reason: 'not-found', message: `${request.command} was not found` });
        } else if (failure.killed) {
          resolve({ ran: false, reason: 'timeout', message: `${request.command} did not finish within ${request.timeoutMs} ms` });
        } else if (typeof failure.code === 'number') {
          resolve({ ran: true, stdout, stderr, exitCode: failure.code });
        } else {
          resolve({ ran: false, reason: 'error', message: `${request.command} failed: ${failure.message}` });
        }
      },
    );
  });
