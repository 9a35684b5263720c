import { readdirSync } from 'node:fs';
import { procNewestPid, readProcExeLink, readProcFileStart, readProcFileSync } from '../host/posix/proc-file.js';
import { matchesSyncApp } from '../probes/sync-app-probe.js';

/**
 * Answers "has a process matching the Sync App patterns appeared since I last asked?". A probe
 * that learns of starts as they happen (Windows: the PowerShell session's `started` events) also
 * offers `onAppeared`: the monitor then checks at once rather than at its next question.
 */
export type ProcessStartProbe = (() => Promise<boolean>) & { onAppeared?(listener: () => void): () => void };

/**
 * A cheap new-process detector for Linux: lists `/proc` (one directory read) and looks only at
 * the pids it has not seen before — their `comm`, `exe` link and first argument. A full process
 * listing reads three files per new process (proc-processes.ts); this reads one directory per tick and three small
 * files per *new* process. A pid that did not match yet is looked at once more next time
 * (a fork shows the parent's name until it execs the Sync App). Before listing, it asks which
 * pid was handed out last (`/proc/loadavg`, one read of a kept file): while that has not moved
 * and no pid waits for its second look, nothing has started and /proc is not listed at all —
 * on a quiet PC, most seconds.
 *
 * It learns which processes already run when it is made, not at its first question: the monitor
 * makes it before its first check and asks it first beside that check (a timer), and a listing
 * that no longer waits on the thread pool (proc-processes.ts) can finish that check — and a Sync
 * App can start — before the timer fires; a start in that gap would have counted as "already
 * running" and been left to the next full check, 30 s later.
 */
export function procfsProcessStarts(patterns: readonly string[], procRoot = '/proc'): ProcessStartProbe {
  let known: Set<number> | undefined;
  let young = new Set<number>();
  const newestPid = procNewestPid(procRoot);
  let newestSeen: number | undefined;

  // One directory read on this thread: listing /proc never waits on a disk.
  function listPids(): Set<number> {
    const pids = new Set<number>();
    for (const name of readdirSync(procRoot)) if (/^\d+$/.test(name)) pids.add(Number(name));
    return pids;
  }

  // Where /proc cannot be listed now, the first question lists it (and its error reaches the monitor).
  try {
    newestSeen = newestPid();
    known = listPids();
  } catch {
    known = undefined;
  }

  async function matches(pid: number): Promise<boolean> {
    const dir = `${procRoot}/${pid}`;
    // `comm` and the exe link on this thread (proc-file.ts: neither waits on the process); the read
    // of `cmdline` (which can wait on a process stuck in the kernel) through the thread pool.
    // What cannot be read (the process ended, or is another user's) is left out of the match.
    const comm = readProcFileSync(`${dir}/comm`);
    const exe = readProcExeLink(`${dir}/exe`);
    const cmdline = await readProcFileStart(`${dir}/cmdline`);
    return matchesSyncApp(patterns, comm, exe, cmdline?.split('\0')[0]);
  }

  return async () => {
    // Read before the listing: a process that starts during it moves this, and the next look lists again.
    const newest = newestPid();
    if (known !== undefined && young.size === 0 && newest !== undefined && newest === newestSeen) return false;
    newestSeen = newest;
    const pids = listPids();
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
