import { closeSync, openSync, readFileSync, readSync } from 'node:fs';

/**
 * Reads a small `/proc` file synchronously into one reused buffer: open, read, close — three
 * system calls on this thread. `fs.promises.readFile` makes five trips through libuv's thread
 * pool for the same file (open, fstat, read, read again because /proc reports size 0, close),
 * each waking the event loop, and allocates a 64 KB chunk per read; the monitor reads a `stat`
 * file four times a second, a process listing one per process.
 *
 * Only for files the kernel answers from the process table without waiting on the process's
 * memory: `stat` and `comm` (not `cmdline`, `environ` or `status`, whose reads can wait on a
 * process stuck in the kernel — those stay asynchronous). `undefined` when it cannot be read
 * (the process ended, or belongs to someone else).
 */
const buffer = Buffer.allocUnsafe(4096);

export function readProcFileSync(path: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) return buffer.toString('utf8', 0, length);
      length += read;
      // Larger than the buffer (never seen for `stat` or `comm`): read whole, as before.
      if (length === buffer.length) return readFileSync(path, 'utf8');
    }
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
