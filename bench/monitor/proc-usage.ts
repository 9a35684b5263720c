import { readFileSync } from 'node:fs';

/** CPU time (user + system, in clock ticks) and resident memory of a process, from /proc. */
export interface ProcUsage {
  cpuTicks: number;
  rssBytes: number;
}

/** Linux reports CPU time in USER_HZ ticks, 100 per second on every mainstream kernel. */
export const CLOCK_TICKS_PER_SECOND = 100;

export function procUsage(pid: number): ProcUsage {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return { cpuTicks: utime + stime, rssBytes: rssKb * 1024 };
}
