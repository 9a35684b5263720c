import { readdirSync, readFileSync } from 'node:fs';
import type { ProcessInfo } from '../../../src-shared/model/system.js';
import { readProcExeLink, readProcFileStartInto, readProcFileStartSync, readProcFileSync } from './proc-file.js';
import { commName, exePath, nameFromPath, parseBootTime, parsePasswd, parseProcStat, parseStatusUidBytes, processName } from './proc-parsers.js';

/** Linux reports process start times in these ticks (USER_HZ is 100 on every mainstream architecture). */
const CLOCK_TICKS_PER_SECOND = 100;
/** `cmdline` reads in flight at once (each through libuv's thread pool, which has four threads). */
const CMDLINES_AT_ONCE = 32;
/** What is read of a `cmdline`: its first argument, as far as it goes in these bytes (as before). */
const CMDLINE_BYTES = 4096;

/**
 * The user names, from `/etc/passwd` read on this thread: a local file of a few KB (a PC whose
 * root file system does not answer cannot start this program either), where `fs.promises`
 * would load ten modules for it.
 */
function readUserNames(passwdPath: string): Map<number, string> {
  try {
    return parsePasswd(readFileSync(passwdPath, 'utf8'));
  } catch {
    return new Map();
  }
}

/**
 * What a process showed when it was last read whole, by pid. A process is read again only when
 * its `stat` line says it is another one: another start time (the pid was reused) or another
 * name (it ran another program). So a listing reads one file per known process, not three.
 */
export type ProcessReadCache = Map<number, { identity: string; info: ProcessInfo }>;

/** A process read but for its name: its `cmdline` is needed (the executable did not give the name). */
interface AwaitingArgv0 {
  info: ProcessInfo;
  short: string;
  exe: string | undefined;
  identity: string | undefined;
}

/**
 * One process from `/proc/<pid>`, all on this thread: `undefined` when it is a zombie or ended
 * while being read; an `AwaitingArgv0` when its name needs the first argument from `cmdline`.
 *
 * Per new process: `stat` (name, state, start, kernel-thread flag), the `exe` link and `status`
 * (the user) — three files, no thread-pool trip. The name is the one in `stat` (between the
 * parentheses): the kernel writes the same text there and in `comm` — `proc_task_name(m, p,
 * false)` in both `do_task_stat` (fs/proc/array.c) and `comm_show` (fs/proc/base.c) since 4.18,
 * which made both show a workqueue's name; `task->comm` in both before — `comm` only adds a
 * newline. So `comm` is read only when a `stat` line holds no name.
 *
 * `cmdline` only when the name needs it (`processName`: argv[0] counts only when the executable
 * is unreadable or its name does not start with the short name) — other users' processes, and
 * programs that renamed themselves; never for a kernel thread, which has no `exe` (kernel/fork.c
 * `get_task_exe_file` skips PF_KTHREAD) and an empty `cmdline` (`get_task_mm` is NULL for it).
 *
 * A process whose `status` can no longer be read after its `stat` line was has ended mid-read
 * and is left out (`status` is readable by everyone while the process exists); before, the
 * `comm` read after `stat` played that part.
 */
function readProcess(procRoot: string, pid: number, users: Map<number, string>, bootTime: number | undefined, cache: ProcessReadCache): ProcessInfo | AwaitingArgv0 | undefined {
  const dir = `${procRoot}/${pid}`;
  // For a known process this is the listing's only read.
  const stat = readProcFileSync(`${dir}/stat`);
  const parsedStat = stat === undefined ? undefined : parseProcStat(stat);
  if (parsedStat?.state === 'Z') return undefined; // a zombie has ended; only its parent has not noticed
  const identity = stat === undefined || parsedStat === undefined ? undefined : `${stat.slice(0, stat.lastIndexOf(')') + 1)} ${parsedStat.startTicks}`;
  const known = cache.get(pid);
  if (identity !== undefined && known?.identity === identity) return known.info;

  let short = parsedStat?.name;
  if (short === undefined) {
    const comm = readProcFileSync(`${dir}/comm`);
    if (comm === undefined) return undefined;
    short = commName(comm);
  }
  const kernelThread = parsedStat?.kernelThread === true;
  const exe = kernelThread ? undefined : readProcExeLink(`${dir}/exe`);
  const status = readProcFileStartSync(`${dir}/status`);
  if (status === undefined && stat !== undefined) return undefined; // ended after its stat line was read
  const uid = status === undefined ? undefined : parseStatusUidBytes(status);

  const fromExe = nameFromPath(short, exe);
  const info: ProcessInfo = { pid, name: fromExe ?? short, sessionId: 1 };
  if (exe !== undefined) info.path = exePath(exe);
  if (uid !== undefined) info.user = users.get(uid) ?? String(uid);
  if (parsedStat !== undefined && bootTime !== undefined) {
    info.startedAt = new Date((bootTime + parsedStat.startTicks / CLOCK_TICKS_PER_SECOND) * 1000).toISOString();
  }
  if (fromExe === undefined && !kernelThread) return { info, short, exe, identity };
  if (identity !== undefined) cache.set(pid, { identity, info });
  return info;
}

/**
 * Names the processes that need their first argument: their `cmdline` read through libuv's
 * thread pool (a read that can wait on a process stuck in the kernel must not block this thread),
 * `CMDLINES_AT_ONCE` at a time, each into its own slot of one buffer.
 */
async function nameFromArgv0(procRoot: string, awaiting: AwaitingArgv0[], cache: ProcessReadCache): Promise<void> {
  const slots = Buffer.allocUnsafe(Math.min(awaiting.length, CMDLINES_AT_ONCE) * CMDLINE_BYTES);
  let next = 0;
  const worker = async (slot: Buffer): Promise<void> => {
    while (next < awaiting.length) {
      const process = awaiting[next++]!;
      const length = await readProcFileStartInto(`${procRoot}/${process.info.pid}/cmdline`, slot);
      let argv0: string | undefined;
      if (length !== undefined) {
        const end = slot.indexOf(0);
        argv0 = slot.toString('utf8', 0, end < 0 || end > length ? length : end);
      }
      process.info.name = processName(process.short, process.exe, argv0);
      if (process.identity !== undefined) cache.set(process.info.pid, { identity: process.identity, info: process.info });
    }
  };
  const workers: Promise<void>[] = [];
  for (let start = 0; start < slots.length; start += CMDLINE_BYTES) workers.push(worker(slots.subarray(start, start + CMDLINE_BYTES)));
  await Promise.all(workers);
}

/** Every process under `procRoot` (default `/proc`); give the same `cache` each time to read only what changed. */
export async function readProcProcesses(procRoot = '/proc', passwdPath = '/etc/passwd', cache: ProcessReadCache = new Map()): Promise<ProcessInfo[]> {
  // Listing /proc and reading its `stat` never wait on a disk or on another process.
  const names = readdirSync(procRoot);
  const procStat = readProcFileSync(`${procRoot}/stat`);
  const users = readUserNames(passwdPath);
  const bootTime = procStat === undefined ? undefined : parseBootTime(procStat);
  const found: ProcessInfo[] = [];
  const awaiting: AwaitingArgv0[] = [];
  const listed = new Set<number>();
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    listed.add(pid);
    const read = readProcess(procRoot, pid, users, bootTime, cache);
    if (read === undefined) continue;
    if ('short' in read) {
      awaiting.push(read);
      found.push(read.info);
    } else found.push(read);
  }
  if (awaiting.length > 0) await nameFromArgv0(procRoot, awaiting, cache);
  for (const pid of cache.keys()) if (!listed.has(pid)) cache.delete(pid);
  return found;
}
