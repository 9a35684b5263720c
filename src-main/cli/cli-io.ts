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

export function processIo(stopSignal: AbortSignal): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    stopSignal,
  };
}
