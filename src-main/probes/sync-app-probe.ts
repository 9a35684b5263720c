import type { SyncAppObservations } from '../../src-shared/model/observations.js';
import type { HostIdentity, InstalledProgram, ProcessInfo, ServiceInfo } from '../../src-shared/model/system.js';

/** Whether a name, display name or path contains one of the Sync App patterns (case-insensitive). */
export function matchesSyncApp(patterns: readonly string[], ...texts: Array<string | undefined>): boolean {
  // Asked for every process, service and installed program of a PC (a thousand PCs in an office):
  // each text lower-cased once, no array made per call.
  for (const t of texts) {
    if (t === undefined) continue;
    const text = t.toLowerCase();
    for (const p of patterns) if (p.length > 0 && text.includes(p.toLowerCase())) return true;
  }
  return false;
}

/**
 * A process belongs to the user Sync Doctor runs for unless it runs in another session under
 * another or unknown user (a colleague's session on a terminal server, say).
 */
export function isThisSession(process: ProcessInfo, me: HostIdentity): boolean {
  if (process.sessionId === undefined || process.sessionId === me.sessionId) return true;
  return process.user !== undefined && sameUser(process.user, me);
}

function sameUser(processUser: string, me: HostIdentity): boolean {
  const [domain, user] = processUser.includes('\\') ? processUser.split('\\', 2) : [undefined, processUser];
  if (user === undefined || user.toLowerCase() !== me.userName.toLowerCase()) return false;
  return domain === undefined || me.userDomain === undefined || domain.toLowerCase() === me.userDomain.toLowerCase();
}

export function observeSyncApp(
  patterns: readonly string[],
  me: HostIdentity,
  processes: readonly ProcessInfo[],
  services: readonly ServiceInfo[],
  installs: readonly InstalledProgram[],
  /** The `.exe` names in the Sync App's install folders (sync-app-folder.ts): a process whose path is unknown is told by them. */
  folderExecutables: readonly string[] = [],
): SyncAppObservations {
  const inFolder = new Set(folderExecutables.map((name) => name.toLowerCase()));
  const bySyncAppFolder = (p: ProcessInfo) => p.path === undefined && inFolder.has(p.name.toLowerCase());
  return {
    patterns: [...patterns],
    processes: processes.filter((p) => matchesSyncApp(patterns, p.name, p.path) || bySyncAppFolder(p)).map((p) => ({ ...p, thisSession: isThisSession(p, me) })),
    services: services.filter((s) => matchesSyncApp(patterns, s.name, s.displayName, s.path)),
    installs: installs.filter((i) => matchesSyncApp(patterns, i.displayName)),
  };
}
