import { fail, type HostResult } from '../host.js';
import type { NodeFiles } from './node-files.js';

export interface StallGuardOptions {
  /** The share or mount a path lives on: `\\SERVER\share`, `S:`, `/mnt/nas`. */
  shareOf: (path: string) => string;
  /** A look-up still running after this long marks its share as stalled. */
  stallAfterMs: number;
  clock?: () => number;
}

/**
 * Keeps one dead share from starving every other file look-up. Node runs file calls on a
 * small thread pool (4 threads); a call into a dead share can hold a thread for a minute, and a
 * few of them would stall even local look-ups behind them, past any caller's deadline. Once a
 * look-up on a share has run longer than `stallAfterMs`, further look-ups on that share answer
 * `timeout` at once, until the stuck one returns.
 */
export function guardStalledShares(files: NodeFiles, options: StallGuardOptions): NodeFiles {
  const clock = options.clock ?? Date.now;
  /** Per share: the start time of each look-up still running, by a call number. */
  const running = new Map<string, Map<number, number>>();
  let calls = 0;

  function stalled(share: string): boolean {
    const starts = running.get(share);
    if (starts === undefined) return false;
    const now = clock();
    for (const start of starts.values()) if (now - start >= options.stallAfterMs) return true;
    return false;
  }

  function guarded<A extends unknown[], T>(call: (path: string, ...rest: A) => Promise<HostResult<T>>) {
    return async (path: string, ...rest: A): Promise<HostResult<T>> => {
      const share = options.shareOf(path);
      if (stalled(share)) return fail('timeout', `${share} has stopped answering; ${path} was not looked at`, path);
      let starts = running.get(share);
      if (starts === undefined) running.set(share, (starts = new Map()));
      const token = calls++;
      starts.set(token, clock());
      try {
        return await call(path, ...rest);
      } finally {
        starts.delete(token);
        if (starts.size === 0) running.delete(share);
      }
    };
  }

  return {
    stat: guarded((path) => files.stat(path)),
    list: guarded((path) => files.list(path)),
    readFile: guarded((path: string, maxBytes: number) => files.readFile(path, maxBytes)),
    realPath: guarded((path) => files.realPath(path)),
  };
}

/** The share of a Windows path: `\\SERVER\share` for UNC, else the drive (`S:`). */
export function windowsShareOf(path: string): string {
  const drive = /^(?:\\\\\?\\)?([A-Za-z]:)/.exec(path);
  if (drive) return drive[1]!.toUpperCase();
  const unc = /^\\\\(?:\?\\UNC\\)?([^\\]+\\[^\\]+)/i.exec(path);
  return unc ? `\\\\${unc[1]!.toLowerCase()}` : path;
}

/** The mount a POSIX path most likely lives on: its first two folders (`/mnt/nas`, `/srv/accounts`). */
export function posixShareOf(path: string): string {
  return `/${path.split('/').filter(Boolean).slice(0, 2).join('/')}`;
}
