import { execFile } from 'node:child_process';

/**
 * Runs one external program. Every command a real-computer host runs goes through this port,
 * so tests feed it recorded output instead of starting programs.
 */
export interface CommandRequest {
  command: string;
  args: readonly string[];
  timeoutMs: number;
  /** Text written to the program's standard input, which is then closed (none: stdin is closed at once). */
  stdin?: string;
}

export type CommandOutcome =
  /** The program ran to its end (any exit code). */
  | { ran: true; stdout: Uint8Array; stderr: Uint8Array; exitCode: number }
  /** It could not start (`not-found`), or was stopped at the deadline (`timeout`), or failed otherwise. */
  | { ran: false; reason: 'not-found' | 'timeout' | 'error'; message: string };

export type CommandRunner = (request: CommandRequest) => Promise<CommandOutcome>;

const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

/** `execFile`, replaceable in tests (one that throws as Node's does for EPERM or UNKNOWN). */
export type ExecFile = typeof execFile;

/** The words for a program that could not be started: what Node threw, with its code. */
export function startFailureMessage(command: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const text = error instanceof Error ? error.message : String(error);
  return `${command} could not be started${code && !text.includes(code) ? ` (${code})` : ''}: ${text}`;
}

/**
 * A runner over `execFile` without a shell, output as bytes, killed at the deadline. Node
 * throws synchronously for start errors other than ENOENT/EACCES/EAGAIN/EMFILE/ENFILE (libuv
 * maps ERROR_ACCESS_DENIED — AppLocker or a software-restriction policy — to EPERM; Wine gives
 * UNKNOWN): that becomes a failed look-up (`error`), never an exception.
 */
export function createCommandRunner(run: ExecFile = execFile): CommandRunner {
  return (request) =>
    new Promise((resolve) => {
      try {
        const child = run(
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
        // A program that ends without reading its input must not fail the run (EPIPE).
        child.stdin?.on('error', () => undefined);
        child.stdin?.end(request.stdin ?? '');
      } catch (error) {
        resolve({ ran: false, reason: 'error', message: startFailureMessage(request.command, error) });
      }
    });
}

/** The real runner. */
export const runCommand: CommandRunner = createCommandRunner();
