import { promises as fsp, readdirSync } from 'node:fs';
import { readProcFileSync } from '../host/posix/proc-file.js';
import { matchesSyncApp } from '../probes/sync-app-probe.js';

/** Answers "has a process matching the Sync App patterns appeared since I last asked?". */
export type ProcessStartProbe = () => Promise<boolean>;

/**
 * A cheap new-process detector for Linux: lists `/proc` (one directory read) and looks only at
 * the pids it has not seen before — their `comm`, `exe` link and first argument. A full process
 * listing reads five files per process; this reads one directory per tick and three small
 * files per *new* process. A pid that did not match yet is looked at once more next time
 * (a fork shows the parent's name until it execs the Sync App).
 */
export function procfsProcessStarts(patterns: readonly string[], procRoot = '/proc'): ProcessStartProbe {
  let known: Set<number> | undefined;
  let young = new Set<number>();

  async function matches(pid: number): Promise<boolean> {
    const dir = `${procRoot}/${pid}`;
    // `comm` on this thread (proc-file.ts); the exe link and `cmdline` (which can wait on a
    // process stuck in the kernel) through the thread pool.
    // What cannot be read (the process ended, or is another user's) is left out of the match.
    const comm = readProcFileSync(`${dir}/comm`);
    const [exe, cmdline] = await Promise.all([
      fsp.readlink(`${dir}/exe`).catch(() => undefined),
      fsp.readFile(`${dir}/cmdline`, 'utf8').catch(() => undefined),
    ]);
    return matchesSyncApp(patterns, comm, exe, cmdline?.split('\0')[0]);
  }

  return async () => {
    // One directory read on this thread: listing /proc never waits on a disk.
    const names = readdirSync(procRoot);
    const pids = new Set<number>();
    for (const name of names) if (/^\d+$/.test(name)) pids.add(Number(name));
    if (known === undefined) {
      known = pids;
      return false;
    }
    const fresh = [...pids].filter((pid) => !known!.has(pid) || young.has(pid));
    known = pids;
    const answers = await Promise.all(fresh.map(async (pid) => [pid, await matches(pid)] as const));
    young = new Set(answers.filter(([pid, matched]) => !matched && !young.has(pid)).map(([pid]) => pid));
    return answers.some(([, matched]) => matched);
  };
}
