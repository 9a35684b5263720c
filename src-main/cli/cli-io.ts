import { standardOutput, type StandardOutput } from './standard-output.js';

/** What a CLI command may touch of its process: injected so commands are testable. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** stdout is an interactive terminal (colour and progress allowed). */
  isTTY: boolean;
  /** stderr is an interactive terminal (progress bars go there). */
  stderrIsTTY: boolean;
  env: Record<string, string | undefined>;
  /** Resolves when the user asks to stop (Ctrl+C); `watch` and `serve` end on it. */
  stopSignal: AbortSignal;
  /**
   * One of the CLI's own terminal codes (a colour, the progress line's clear) in a form the output
   * filter lets through (`terminal-safe-output.ts`); absent, the code is written as it is.
   */
  ownCode?: (sequence: string) => string;
}

/** One of the CLI's own terminal codes, as the io lets it through its output filter. */
export function terminalCode(io: CliIo, sequence: string): string {
  return io.ownCode?.(sequence) ?? sequence;
}

/** Exit code 3: the command could not run (bad arguments, unreadable or invalid snapshot). */
export const EXIT_COULD_NOT_RUN = 3;

export type CliCommand = (argv: string[], io: CliIo) => Promise<number>;

let standardOutputs: { stdout: StandardOutput; stderr: StandardOutput } | undefined;
const processOutputs = () => (standardOutputs ??= { stdout: standardOutput(1), stderr: standardOutput(2) });

export function processIo(stopSignal: AbortSignal): CliIo {
  const { stdout, stderr } = processOutputs();
  return {
    stdout: (text) => stdout.write(text),
    stderr: (text) => stderr.write(text),
    isTTY: stdout.isTTY,
    stderrIsTTY: stderr.isTTY,
    env: process.env,
    stopSignal,
  };
}

/** Calls back once everything the process's io wrote has left the process (then it may exit). */
export function whenOutputWritten(callback: () => void): void {
  const { stdout, stderr } = processOutputs();
  stdout.whenWritten(() => stderr.whenWritten(callback));
}
