import { closeSync, existsSync, openSync, readSync } from 'node:fs';

/** Open `stat` files kept at most: the monitor follows one Sync App process, or a few. */
const KEPT_AT_MOST = 16;
const CLOSING_PARENTHESIS = 0x29;
/** The states of a process that has ended: Z (zombie, its parent has not noticed yet) and X (dead). */
const ENDED = new Set([0x5a, 0x58]);
/** The line up to the state is "pid (comm) S": comm is at most 15 bytes (TASK_COMM_LEN 16), so 64 bytes always hold it. */
const buffer = Buffer.allocUnsafe(64);

/**
 * "Is this process still running?" from `/proc/<pid>/stat`, for the monitor's liveness tick (four
 * times a second): the file is opened once and kept, and each question is then ONE system call —
 * a `pread` at offset 0, which makes the kernel write the line afresh — instead of open, read,
 * read, close. Only the state byte after the last `)` is looked at; nothing is decoded or
 * allocated. A kept `/proc/<pid>` file belongs to that process, not to its number: once the
 * process has ended and been reaped, reading it fails (ESRCH) even when a new process got the
 * same pid — so, like a pidfd, it never mistakes a newcomer for the process it follows.
 *
 * `undefined` when /proc cannot tell (the file cannot be opened though `/proc/<pid>` is there).
 */
export function procLiveness(procRoot: string): (pid: number) => boolean | undefined {
  const kept = new Map<number, number>();

  function forget(pid: number): void {
    const fd = kept.get(pid);
    if (fd === undefined) return;
    kept.delete(pid);
    try {
      closeSync(fd);
    } catch {
      // already closed: nothing to give back
    }
  }

  function keep(pid: number): number | undefined {
    let fd: number;
    try {
      fd = openSync(`${procRoot}/${pid}/stat`, 'r');
    } catch {
      return undefined;
    }
    const oldest = kept.size >= KEPT_AT_MOST ? kept.keys().next().value : undefined;
    if (oldest !== undefined) forget(oldest);
    kept.set(pid, fd);
    return fd;
  }

  /** Whether the kept file says the process runs; throws when it cannot be read (the process is gone). */
  function runs(fd: number): boolean {
    const length = readSync(fd, buffer, 0, buffer.length, 0);
    const close = length === 0 ? -1 : buffer.lastIndexOf(CLOSING_PARENTHESIS, length - 1);
    // A line cut off before its state (never seen): the file is there and readable, so it runs.
    if (close < 0 || close + 2 >= length) return true;
    return !ENDED.has(buffer[close + 2]!);
  }

  return (pid) => {
    const known = kept.get(pid);
    if (known !== undefined) {
      try {
        if (runs(known)) return true;
      } catch {
        // ESRCH: the process this file was opened for has ended and been reaped.
      }
      forget(pid);
      return false;
    }
    const fd = keep(pid);
    if (fd === undefined) return existsSync(`${procRoot}/${pid}`) ? undefined : false;
    try {
      if (runs(fd)) return true;
    } catch {
      // ended between the open and the read
    }
    forget(pid);
    return false;
  };
}
