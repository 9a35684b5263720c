import type { SyncAppObservations } from '../../src-shared/model/observations.js';
import { rememberedByText } from '../../src-shared/model/text-memo.js';
import type { HostIdentity, InstalledProgram, ProcessInfo, ServiceInfo } from '../../src-shared/model/system.js';

/** Whether a name, display name or path contains one of the Sync App patterns (case-insensitive). */
export function matchesSyncApp(patterns: readonly string[], ...texts: Array<string | undefined>): boolean {
  // Asked for every process, service and installed program of a PC (a thousand PCs in an office):
  // each text's answer worked out once for the same patterns (an office's PCs share most names).
  const matches = syncAppMatcher(patterns);
  for (const text of texts) if (text !== undefined && matches(text)) return true;
  return false;
}

/** Whether one text holds one of the patterns (case-insensitive), remembered per text for these patterns. */
function syncAppMatcher(patterns: readonly string[]): (text: string) => boolean {
  // Asked with the same list for each text of a PC: what it held when last asked is compared
  // (a list may have changed since), not turned into a key again.
  if (last && samePatterns(last.patterns, patterns)) return last.matcher;
  const matcher = matcherOfPatterns(JSON.stringify(patterns));
  last = { patterns: [...patterns], matcher };
  return matcher;
}
/** The matcher of the patterns listed in this JSON, kept for the next PC (a few lists). */
const matcherOfPatterns = rememberedByText((id: string) => {
  const lower = (JSON.parse(id) as string[]).filter((p) => p.length > 0).map((p) => p.toLowerCase());
  return rememberedByText((text: string) => {
    const lowerText = text.toLowerCase();
    return lower.some((p) => lowerText.includes(p));
  });
}, 16);
let last: { patterns: readonly string[]; matcher: (text: string) => boolean } | undefined;

function samePatterns(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
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
