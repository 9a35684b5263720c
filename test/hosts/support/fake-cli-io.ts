import type { CliIo } from '../../../src-main/cli/cli-io.js';

/** A CliIo that keeps what a command printed. */
export function fakeCliIo(options: { stderrIsTTY?: boolean } = {}): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    isTTY: false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    env: {},
    stopSignal: new AbortController().signal,
    out: () => out,
    err: () => err,
  };
}
