import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** PF_KTHREAD in a stat line's flags field: a kernel thread. */
export const KERNEL_THREAD_FLAGS = 0x00208040;

export interface FakeProcess {
  /** The command name as the kernel keeps it (what `stat` shows between the parentheses). */
  name: string;
  state?: string;
  flags?: number;
  startTicks?: number;
  /** The `comm` file's text; the kernel writes `name` and a newline (default). */
  comm?: string;
  /** The `exe` link's target; `null`: no link (another user's process, or a kernel thread). Default `/opt/<name>`. */
  exe?: string | null;
  /** The `cmdline` file's text (arguments each ended by NUL); default `/opt/<name>\0--run\0`. */
  cmdline?: string;
  /** The real user id in `status`; `null`: no `status` file. */
  uid?: number | null;
  /** `false`: no `stat` file. */
  stat?: boolean;
}

/**
 * A made-up /proc tree in a temporary folder, as the kernel lays it out: `stat` (with `btime`), a
 * passwd file, and a folder per process with `stat`, `comm`, `cmdline`, `status` and the `exe` link.
 */
export function fakeProc() {
  const root = mkdtempSync(join(tmpdir(), 'sd-fakeproc-'));
  writeFileSync(join(root, 'stat'), 'cpu 1 2 3\nbtime 1764000000\n');
  const passwd = join(root, 'passwd');
  writeFileSync(passwd, 'root:x:0:0::/root:/bin/sh\nbookkeeper:x:1000:1000::/home/b:/bin/sh\n');
  const put = (pid: number, process: FakeProcess) => {
    const dir = join(root, String(pid));
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const { name, state = 'S', flags = 4194560, startTicks = 500, uid = 1000 } = process;
    // Fields 3 to 22: state, ppid, pgrp, session, tty, tpgid, flags, 12 counters, starttime; then more.
    if (process.stat !== false) writeFileSync(join(dir, 'stat'), `${pid} (${name}) ${state} 1 1 1 0 -1 ${flags} ${Array.from({ length: 12 }, () => '0').join(' ')} ${startTicks} 1000 200\n`);
    writeFileSync(join(dir, 'comm'), process.comm ?? `${name}\n`);
    writeFileSync(join(dir, 'cmdline'), process.cmdline ?? `/opt/${name}\0--run\0`);
    if (uid !== null) writeFileSync(join(dir, 'status'), `Name:\t${name}\nUmask:\t0022\nState:\tS (sleeping)\nTgid:\t${pid}\nPid:\t${pid}\nUid:\t${uid}\t${uid}\t${uid}\t${uid}\nGid:\t${uid}\t${uid}\t${uid}\t${uid}\n`);
    const exe = process.exe === undefined ? `/opt/${name}` : process.exe;
    if (exe !== null) symlinkSync(exe, join(dir, 'exe'));
  };
  return { root, passwd, put, remove: () => rmSync(root, { recursive: true, force: true }) };
}
