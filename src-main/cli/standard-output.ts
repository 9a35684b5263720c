import { fstatSync, writeSync } from 'node:fs';

/** One of the process's standard outputs, as the CLI writes to it. */
export interface StandardOutput {
  write(text: string): void;
  readonly isTTY: boolean;
  /** Calls back once everything written so far has left the process. */
  whenWritten(callback: () => void): void;
}

/**
 * Written to directly, synchronously: a file, or (not on Windows) a pipe or a socket — where Node's
 * own stream writes synchronously too. Not a terminal (colour, and the Windows console's Unicode,
 * are the stream's business), nor a Windows pipe (the stream writes those asynchronously).
 */
function writtenDirectly(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    return stat.isFile() || (process.platform !== 'win32' && (stat.isFIFO() || stat.isSocket()));
  } catch {
    return false;
  }
}

/**
 * stdout (1) or stderr (2). Written directly while it is a file or a pipe, so that Node's stream
 * for it — net, the pipe and tty wrappers: ≈15 M instructions at every start — is never made;
 * otherwise, and from the first direct write that fails (a full non-blocking pipe, a reader gone),
 * through `process.stdout` / `process.stderr` as before, the rest of that text included: the order
 * of the output is kept and a failure is the stream's to report, as it always was.
 */
export function standardOutput(fd: 1 | 2): StandardOutput {
  const stream = () => (fd === 1 ? process.stdout : process.stderr);
  let direct = writtenDirectly(fd);
  return {
    get isTTY() {
      return direct ? false : Boolean(stream().isTTY);
    },
    write(text) {
      if (!direct) {
        stream().write(text);
        return;
      }
      const bytes = Buffer.from(text, 'utf8');
      let offset = 0;
      try {
        while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      } catch {
        direct = false;
        stream().write(bytes.subarray(offset));
      }
    },
    whenWritten(callback) {
      if (direct) callback();
      else stream().write('', () => callback());
    },
  };
}
