import { closeSync, openSync, read, readFileSync, readlinkSync, readSync } from 'node:fs';

/**
 * Small `/proc` files are read synchronously into one reused buffer: open, read, close — three
 * system calls on this thread. `fs.promises.readFile` makes five trips through libuv's thread
 * pool for the same file (open, fstat, read, read again because /proc reports size 0, close),
 * each waking the event loop, and allocates a 64 KB chunk per read; the monitor reads a `stat`
 * file four times a second, a process listing one per process.
 *
 * Only for files the kernel answers from the process table without waiting on the process's
 * memory — `stat`, `comm`, `status` (see `readProcFileStartSync`) — never `cmdline` or
 * `environ`, whose reads can wait on a process stuck in the kernel: those stay asynchronous
 * (`readProcFileStart`).
 */
const buffer = Buffer.allocUnsafe(4096);

/** Fills `buffer` from the start of the file with one read; the bytes read, or -1 when it cannot be read. */
function readStartIntoBuffer(path: string): number {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return -1;
  }
  try {
    return readSync(fd, buffer, 0, buffer.length, 0);
  } catch {
    return -1;
  } finally {
    closeSync(fd);
  }
}

/**
 * The whole text of a small `/proc` file, or `undefined` when it cannot be read (the process
 * ended, or belongs to someone else). One read, not a loop until a read answers 0: these files
 * are seq_files with a single record (`stat`, `comm`, `/proc/stat`), which the kernel renders
 * whole and hands over in the first read when the buffer holds it — the same property the
 * liveness tick's single `pread` relies on (proc-liveness.ts); a short read of a regular file
 * (the tests' fake trees) is its end too. A file that fills the buffer is read whole, as before.
 */
export function readProcFileSync(path: string): string | undefined {
  const length = readStartIntoBuffer(path);
  if (length < 0) return undefined;
  if (length < buffer.length) return buffer.toString('utf8', 0, length);
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The first 4 KB of a `/proc` file as bytes, read on this thread — for `/proc/<pid>/status`,
 * whose `Uid:` line is all a listing needs. The bytes are a view of the shared buffer: valid
 * until the next read, so parse them at once. `undefined` when it cannot be read.
 *
 * Safe on this thread, unlike `cmdline`: the kernel renders `status` (fs/proc/array.c
 * `proc_pid_status`) from the task, its credentials and the memory counters of `task_mem`
 * (fs/proc/task_mmu.c), which takes the mm by reference (`get_task_mm`) and reads counters
 * without the mmap lock — the same way `do_task_stat` renders `stat`, read here for years. It is
 * `cmdline` and `environ` that copy the process's memory (`access_remote_vm`, under the mmap
 * lock) and so can wait on a process stuck in the kernel.
 */
export function readProcFileStartSync(path: string): Buffer | undefined {
  const length = readStartIntoBuffer(path);
  return length < 0 ? undefined : buffer.subarray(0, length);
}

/**
 * The target of `/proc/<pid>/exe`, read on this thread: the kernel answers it from the task's
 * `mm->exe_file` pointer (fs/proc/base.c `proc_exe_link` → kernel/fork.c `get_task_exe_file` →
 * `get_mm_exe_file`: `rcu_read_lock` and a reference on the file since Linux 4.1 — before, it took
 * `mmap_sem`; Node 20 needs 4.18), never from the process's memory, so it cannot wait on a process
 * stuck in the kernel (the `d_path` that renders the link is in-memory too). `readlink` through `fs.promises`
 * was one thread-pool trip per process and loaded `fs/promises` (ten of Node's own modules) into
 * every one-shot check. `undefined` for other users' processes (EACCES) and ended ones (ENOENT).
 */
export function readProcExeLink(path: string): string | undefined {
  try {
    return readlinkSync(path);
  } catch {
    return undefined;
  }
}

/**
 * The first bytes of a `/proc` file whose read can wait on its process (`cmdline`: the kernel
 * reads the process's memory), into `into`: opened and closed on this thread (neither waits),
 * and read once through libuv's thread pool — one trip where `fs.promises.readFile` makes five
 * (open, fstat, read, a second read because /proc says size 0, close) and allocates 64 KB. The
 * number of bytes read, or `undefined` when it cannot be read (the process ended, or belongs to
 * someone else).
 */
export function readProcFileStartInto(path: string, into: Buffer): Promise<number | undefined> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return Promise.resolve(undefined);
  }
  return new Promise((resolve) => {
    read(fd, into, 0, into.length, 0, (error, bytesRead) => {
      try {
        closeSync(fd);
      } catch {
        // closed already: nothing to give back
      }
      resolve(error ? undefined : bytesRead);
    });
  });
}

/**
 * The first `maxBytes` of a `/proc` file whose read can wait on its process, as text
 * (`readProcFileStartInto` into a buffer of its own). Enough for what is read from them: the
 * first argument. `undefined` when it cannot be read.
 */
export async function readProcFileStart(path: string, maxBytes = 4096): Promise<string | undefined> {
  const start = Buffer.allocUnsafe(maxBytes);
  const length = await readProcFileStartInto(path, start);
  return length === undefined ? undefined : start.toString('utf8', 0, length);
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
