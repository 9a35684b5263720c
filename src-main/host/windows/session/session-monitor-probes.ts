import type { PowerShellSession } from './powershell-session.js';
import { syncAppProcessFilter } from './wql-filter.js';

/** Tells the monitor the moment a watched process exits (the session's wait on process handles). */
export interface ProcessExitWatch {
  /** The processes to watch from now on (replaces the list). */
  watch(pids: readonly number[]): void;
  onExit(listener: (pid: number) => void): () => void;
}

/** Exits reported by the session; the list is sent again whenever a session replaces a lost one. */
export function sessionExitWatch(session: PowerShellSession): ProcessExitWatch {
  let watched: number[] = [];
  const send = () => void session.request({ op: 'watch', pids: watched });
  session.onLost(() => {
    if (watched.length > 0) send();
  });
  return {
    watch(pids) {
      const next = [...new Set(pids)].sort((a, b) => a - b);
      if (next.join() === watched.join()) return;
      watched = next;
      send();
    },
    onExit: (listener) => session.onExited(listener),
  };
}

/**
 * "Has a Sync App process appeared?" asked of the session: one narrow query (the Sync App's
 * names only, filtered by Windows), no new process. The first answer only learns what runs.
 * Throws when the session cannot start, so the monitor leaves new processes to its full checks.
 * `onAppeared` runs before a yes is answered (the host drops the refresh it would otherwise share).
 */
export function sessionProcessStarts(session: PowerShellSession, syncAppPatterns: readonly string[], onAppeared: () => void = () => undefined): () => Promise<boolean> {
  let known: Set<number> | undefined;
  const processFilter = syncAppProcessFilter(syncAppPatterns);
  return async () => {
    const answer = await session.request({ op: 'refresh', parts: ['processes'], processFilter, registryRoots: [], ownerPatterns: [] });
    if (!answer.ok) {
      if (answer.stage === 'start') throw new Error(answer.message);
      return false;
    }
    const report = answer.body.report as { processes?: unknown } | undefined;
    const list = Array.isArray(report?.processes) ? report.processes : report?.processes ? [report.processes] : [];
    const pids = new Set(list.flatMap((p) => (typeof (p as { pid?: unknown }).pid === 'number' ? [(p as { pid: number }).pid] : [])));
    const appeared = known !== undefined && [...pids].some((pid) => !known!.has(pid));
    known = pids;
    if (appeared) onAppeared();
    return appeared;
  };
}
