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

/** "Has a Sync App process appeared since I last asked?", and a listener for each start as it is reported. */
export type SessionStartProbe = (() => Promise<boolean>) & { onAppeared(listener: () => void): () => void };

/**
 * "Has a Sync App process appeared?", answered by the session without a query per question: the
 * first call asks it to follow the starts of the Sync App's processes (a `starts` request with
 * the Sync App's WQL filter; that first answer only learns what runs). From then on the session
 * itself looks once a second — the process ids from the kernel's list (no WMI), and WMI, with the
 * filter, about the new ids only — and says `started` when one matches: passed at once to the
 * `onAppeared` listeners (the monitor checks), or, with none, kept for the next call. A replaced
 * session is asked to follow again by the next call.
 * Throws when the session cannot start, so the monitor leaves new processes to its full checks.
 * `onAppeared` (the argument) runs first (the host drops the refresh it would otherwise share).
 */
export function sessionProcessStarts(session: PowerShellSession, syncAppPatterns: readonly string[], onAppeared: () => void = () => undefined): SessionStartProbe {
  const processFilter = syncAppProcessFilter(syncAppPatterns);
  const listeners = new Set<() => void>();
  let following = false;
  // Stryker disable next-line BooleanLiteral: read only once following, which sets it
  let appeared = false;
  session.onStarted(() => {
    if (!following) return;
    onAppeared();
    if (listeners.size === 0) appeared = true;
    for (const listener of [...listeners]) listener();
  });
  session.onLost(() => {
    following = false;
  });
  const probe = async (): Promise<boolean> => {
    if (!following) {
      const answer = await session.request({ op: 'starts', processFilter });
      if (!answer.ok) {
        if (answer.stage === 'start') throw new Error(answer.message);
        return false;
      }
      following = true;
      appeared = false;
      return false;
    }
    if (!appeared) return false;
    appeared = false;
    return true;
  };
  return Object.assign(probe, {
    onAppeared(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  });
}
