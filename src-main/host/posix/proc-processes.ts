import { promises as fsp } from 'node:fs';
import type { ProcessInfo } from '../../../src-shared/model/system.js';
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

/** One process from `/proc/<pid>`, or `undefined` when it ended while being read. */
async function readProcess(procRoot: string, pid: number, users: Map<number, string>, bootTime: number | undefined): Promise<ProcessInfo | undefined> {
  const dir = `${procRoot}/${pid}`;
  const [comm, exe, cmdline, stat, status] = await Promise.all([
    readText(`${dir}/comm`),
    readLink(`${dir}/exe`),
    readText(`${dir}/cmdline`),
    readText(`${dir}/stat`),
    readText(`${dir}/status`),
  ]);
  if (comm === undefined) return undefined;
  const parsedStat = stat === undefined ? undefined : parseProcStat(stat);
  if (parsedStat?.state === 'Z') return undefined; // a zombie has ended; only its parent has not noticed
  const info: ProcessInfo = { pid, name: processName(comm, exe, cmdline?.split('\0')[0]), sessionId: 1 };
  if (exe !== undefined) info.path = exePath(exe);
  const uid = status === undefined ? undefined : parseStatusUid(status);
  if (uid !== undefined) info.user = users.get(uid) ?? String(uid);
  if (parsedStat !== undefined && bootTime !== undefined) {
    info.startedAt = new Date((bootTime + parsedStat.startTicks / CLOCK_TICKS_PER_SECOND) * 1000).toISOString();
  }
  return info;
}

/** Every process under `procRoot` (default `/proc`). */
export async function readProcProcesses(procRoot = '/proc', passwdPath = '/etc/passwd'): Promise<ProcessInfo[]> {
  const [names, procStat, passwd] = await Promise.all([fsp.readdir(procRoot), readText(`${procRoot}/stat`), readText(passwdPath)]);
  const users = parsePasswd(passwd ?? '');
  const bootTime = procStat === undefined ? undefined : parseBootTime(procStat);
  const pids = names.filter((name) => /^\d+$/.test(name)).map(Number);
  const found: ProcessInfo[] = [];
  // A few at a time: each process opens five files, and a busy server has thousands of processes.
  for (let start = 0; start < pids.length; start += PROCESSES_AT_ONCE) {
    const batch = await Promise.all(pids.slice(start, start + PROCESSES_AT_ONCE).map((pid) => readProcess(procRoot, pid, users, bootTime)));
    for (const info of batch) if (info !== undefined) found.push(info);
  }
  return found;
}

/** Whether `/proc/<pid>` shows a live (not zombie) process; `undefined` when /proc cannot tell. */
export async function procProcessAlive(procRoot: string, pid: number): Promise<boolean | undefined> {
  try {
    const stat = await fsp.readFile(`${procRoot}/${pid}/stat`, 'utf8');
    return parseProcStat(stat)?.state !== 'Z';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? false : undefined;
  }
}
