import { promises as fsp, readdirSync } from 'node:fs';
import type { ProcessInfo } from '../../../src-shared/model/system.js';
import { readProcFileStart, readProcFileSync } from './proc-file.js';
import { exePath, parseBootTime, parsePasswd, parseProcStat, parseStatusUid, processName } from './proc-parsers.js';

/** Linux reports process start times in these ticks (USER_HZ is 100 on every mainstream architecture). */
const CLOCK_TICKS_PER_SECOND = 100;
const PROCESSES_AT_ONCE = 32;

async function readText(path: string): Promise<string | undefined> {
  try {
    return await fsp.readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

async function readLink(path: string): Promise<string | undefined> {
  try {
    return await fsp.readlink(path);
  } catch {
    return undefined; // other users' processes keep their exe link to themselves
  }
}

/**
 * What a process showed when it was last read whole, by pid. A process is read again only when
 * its `stat` line says it is another one: another start time (the pid was reused) or another
 * name (it ran another program). So a listing reads one file per known process, not five.
 */
export type ProcessReadCache = Map<number, { identity: string; info: ProcessInfo }>;

/** One process from `/proc/<pid>`, or `undefined` when it ended while being read. */
async function readProcess(procRoot: string, pid: number, users: Map<number, string>, bootTime: number | undefined, cache: ProcessReadCache): Promise<ProcessInfo | undefined> {
  const dir = `${procRoot}/${pid}`;
  // Read on this thread (proc-file.ts): for a known process this is the listing's only read.
  const stat = readProcFileSync(`${dir}/stat`);
  const parsedStat = stat === undefined ? undefined : parseProcStat(stat);
  if (parsedStat?.state === 'Z') return undefined; // a zombie has ended; only its parent has not noticed
  const identity = stat === undefined || parsedStat === undefined ? undefined : `${stat.slice(0, stat.lastIndexOf(')') + 1)} ${parsedStat.startTicks}`;
  const known = cache.get(pid);
  if (identity !== undefined && known?.identity === identity) return known.info;
  const comm = readProcFileSync(`${dir}/comm`);
  const [exe, cmdline, status] = await Promise.all([readLink(`${dir}/exe`), readProcFileStart(`${dir}/cmdline`), readProcFileStart(`${dir}/status`)]);
  if (comm === undefined) return undefined;
  const info: ProcessInfo = { pid, name: processName(comm, exe, cmdline?.split('\0')[0]), sessionId: 1 };
  if (exe !== undefined) info.path = exePath(exe);
  const uid = status === undefined ? undefined : parseStatusUid(status);
  if (uid !== undefined) info.user = users.get(uid) ?? String(uid);
  if (parsedStat !== undefined && bootTime !== undefined) {
    info.startedAt = new Date((bootTime + parsedStat.startTicks / CLOCK_TICKS_PER_SECOND) * 1000).toISOString();
  }
  if (identity !== undefined) cache.set(pid, { identity, info });
  return info;
}

/** Every process under `procRoot` (default `/proc`); give the same `cache` each time to read only what changed. */
export async function readProcProcesses(procRoot = '/proc', passwdPath = '/etc/passwd', cache: ProcessReadCache = new Map()): Promise<ProcessInfo[]> {
  // Listing /proc and reading its `stat` never wait on a disk or on another process.
  const names = readdirSync(procRoot);
  const procStat = readProcFileSync(`${procRoot}/stat`);
  const passwd = await readText(passwdPath);
  const users = parsePasswd(passwd ?? '');
  const bootTime = procStat === undefined ? undefined : parseBootTime(procStat);
  const pids = names.filter((name) => /^\d+$/.test(name)).map(Number);
  const found: ProcessInfo[] = [];
  // A few at a time: a new process opens five files, and a busy server has thousands of processes.
  for (let start = 0; start < pids.length; start += PROCESSES_AT_ONCE) {
    const batch = await Promise.all(pids.slice(start, start + PROCESSES_AT_ONCE).map((pid) => readProcess(procRoot, pid, users, bootTime, cache)));
    for (const info of batch) if (info !== undefined) found.push(info);
  }
  const listed = new Set(pids);
  for (const pid of cache.keys()) if (!listed.has(pid)) cache.delete(pid);
  return found;
}
