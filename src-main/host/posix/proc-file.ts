import { closeSync, openSync, read, readFileSync, readSync } from 'node:fs';

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

/**
 * The first `maxBytes` of a `/proc` file whose read can wait on its process (`cmdline`, `status`:
 * the kernel reads the process's memory): opened and closed on this thread (neither waits), and
 * read once through libuv's thread pool — one trip where `fs.promises.readFile` makes five
 * (open, fstat, read, a second read because /proc says size 0, close) and allocates 64 KB.
 * Enough for what is read from them: the first argument, the `Uid:` line. `undefined` when it
 * cannot be read (the process ended, or belongs to someone else).
 */
export function readProcFileStart(path: string, maxBytes = 4096): Promise<string | undefined> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return Promise.resolve(undefined);
  }
  const start = Buffer.allocUnsafe(maxBytes);
  return new Promise((resolve) => {
    read(fd, start, 0, maxBytes, 0, (error, bytesRead) => {
      try {
        closeSync(fd);
      } catch {
        // closed already: nothing to give back
      }
      resolve(error ? undefined : start.toString('utf8', 0, bytesRead));
    });
  });
}

/**
 * The pid most recently handed out on this machine (the last field of `/proc/loadavg`), read
 * through a kept file with one `pread` — a question that costs one system call and tells whether
 * any process (or thread) has started since it was last asked. `undefined` when it cannot be read
 * (no such file: every probe then lists /proc as before).
 */
export function procNewestPid(procRoot: string): () => number | undefined {
  let fd: number | undefined;
  const line = Buffer.allocUnsafe(128);
  return () => {
    try {
      fd ??= openSync(`${procRoot}/loadavg`, 'r');
      const length = readSync(fd, line, 0, line.length, 0);
      const newest = Number(line.toString('latin1', line.lastIndexOf(0x20, length - 1) + 1, length).trim());
      return Number.isInteger(newest) ? newest : undefined;
    } catch {
      return undefined;
    }
  };
}
