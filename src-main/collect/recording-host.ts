import type { DriveInfo, HostIdentity, ProcessInfo, RegistryKey, ServiceInfo } from '../../src-shared/model/system.js';
import { MACHINE_FORMAT, type MachineSnapshot, type SnapshotFile } from '../../src-shared/model/machine-snapshot-schema.js';
import type { Host, HostFailure, HostResult } from '../host/host.js';
import { isParsedTextFile, snapshotContent } from './parsed-text-files.js';
import { shareRootOf } from './share-root.js';
import { winUpcase } from '../../src-shared/winpath/win-case.js';

/** What a support bundle keeps of the processes, services and registry keys a probe run saw. */
export interface Relevance {
  isRelevantProcess(process: ProcessInfo): boolean;
  isRelevantService(service: ServiceInfo): boolean;
  isRelevantRegistryKey(key: RegistryKey): boolean;
}

/** The environment variables the probes may use to find folders; nothing else (no PATH, no tokens). */
const KEPT_ENVIRONMENT = new Set(
  ['ProgramData', 'PUBLIC', 'LOCALAPPDATA', 'APPDATA', 'USERPROFILE', 'ProgramFiles', 'ProgramFiles(x86)', 'ProgramW6432',
    'SystemDrive', 'SystemRoot', 'windir', 'ALLUSERSPROFILE', 'HOMEDRIVE', 'HOMEPATH', 'COMPUTERNAME', 'USERNAME', 'USERDOMAIN', 'HOME', 'USER']
    .map((name) => name.toLowerCase()),
);

/** Whether a support bundle keeps an environment variable (the ones the probes may read). */
export function isKeptEnvironmentName(name: string): boolean {
  return KEPT_ENVIRONMENT.has(name.toLowerCase());
}

/** How long a recorded timeout makes the snapshot host stall (longer than any deadline). */
const RECORDED_STALL_MS = 60_000;

export interface RecordedHost {
  host: Host;
  toSnapshot(relevance: Relevance): Promise<MachineSnapshot>;
}

/**
 * Wraps a Host and records every answer a probe run gets, then writes them as a
 * `sync-doctor/machine@1` snapshot: content only for the small text files the probes parse,
 * size and time for every other file seen, folders, failures (denied, unreachable shares,
 * stalls) as what they were, and only the relevant processes, services and registry keys.
 * Wrap the host in `withDeadlines` first, so that a stall is recorded as one.
 */
export function recordHost(inner: Host): RecordedHost {
  const files = new Map<string, SnapshotFile>();
  const dirs = new Set<string>();
  const denied = new Set<string>();
  const unreachable = new Set<string>();
  const stalled = new Set<string>();
  const links = new Map<string, string>();
  const registry = new Map<string, RegistryKey>();
  let identity: HostIdentity | undefined;
  let environment: Record<string, string> | undefined;
  let drives: DriveInfo[] | undefined;
  let processes: ProcessInfo[] | undefined;
  let services: ServiceInfo[] | undefined;
  const sep = inner.flavour === 'windows' ? '\\' : '/';
  const childOf = (parent: string, name: string) => (parent.endsWith(sep) ? `${parent}${name}` : `${parent}${sep}${name}`);

  function noteFailure(error: HostFailure, path: string): void {
    if (error.kind === 'denied') denied.add(path);
    else if (error.kind === 'unreachable') unreachable.add(path);
    else if (error.kind === 'timeout') stalled.add(path);
  }

  // Windows compares paths case-insensitively: one entry per file, under the first spelling seen.
  const spellings = new Map<string, string>();
  const keyOf = (path: string) => (inner.flavour === 'windows' ? winUpcase(path) : path);
  function fileEntry(path: string): SnapshotFile {
    const spelled = spellings.get(keyOf(path)) ?? path;
    spellings.set(keyOf(path), spelled);
    let entry = files.get(spelled);
    if (entry === undefined) {
      entry = {};
      files.set(spelled, entry);
    }
    return entry;
  }

  // Look-ups still running: a caller with a shorter deadline may have given up on them already.
  const inFlight = new Set<Promise<unknown>>();
  function watch<T>(result: Promise<HostResult<T>>, path: string, onValue: (value: T) => void): Promise<HostResult<T>> {
    const recorded = result.then((answer) => {
      if (answer.ok) onValue(answer.value);
      else noteFailure(answer.error, path);
      return answer;
    });
    inFlight.add(recorded);
    void recorded.finally(() => inFlight.delete(recorded));
    return recorded;
  }

  const host: Host = {
    flavour: inner.flavour,
    ...(inner.recording !== undefined && { recording: inner.recording }),
    description: inner.description,
    now: () => inner.now(),
    identity: async () => {
      const answer = await inner.identity();
      if (answer.ok) identity = answer.value;
      return answer;
    },
    environment: async () => {
      const answer = await inner.environment();
      if (answer.ok) environment = answer.value;
      return answer;
    },
    drives: async () => {
      const answer = await inner.drives();
      if (answer.ok) drives = answer.value;
      return answer;
    },
    stat: (path) =>
      watch(inner.stat(path), path, (stat) => {
        if (stat.kind === 'dir') dirs.add(path);
        else Object.assign(fileEntry(path), { size: stat.size, mtime: stat.mtime });
      }),
    list: (path) =>
      watch(inner.list(path), path, (entries) => {
        dirs.add(path);
        for (const entry of entries) {
          if (entry.kind === 'dir') dirs.add(childOf(path, entry.name));
          else fileEntry(childOf(path, entry.name));
        }
      }),
    readFile: (path, maxBytes) =>
      watch(inner.readFile(path, maxBytes), path, (bytes) => {
        const entry = fileEntry(path);
        if (isParsedTextFile(path)) Object.assign(entry, snapshotContent(bytes));
        entry.size = bytes.length;
      }),
    realPath: (path) =>
      watch(inner.realPath(path), path, (real) => {
        if (real !== path) links.set(path, real);
      }),
    processes: async () => {
      const answer = await inner.processes();
      if (answer.ok) processes = answer.value;
      return answer;
    },
    processAlive: (pid) => inner.processAlive(pid),
    services: async () => {
      const answer = await inner.services();
      if (answer.ok) services = answer.value;
      return answer;
    },
    registry: async (roots) => {
      const answer = await inner.registry(roots);
      if (answer.ok) for (const key of answer.value) registry.set(key.key.toLowerCase(), key);
      return answer;
    },
  };

  async function toSnapshot(relevance: Relevance): Promise<MachineSnapshot> {
    await Promise.allSettled([...inFlight]);
    const capturedAt = inner.now().toISOString();
    // Files seen only in a listing, or read but not looked at: ask for their size and time now.
    for (const [path, entry] of files) {
      if (entry.mtime !== undefined) continue;
      const stat = await inner.stat(path);
      if (stat.ok && stat.value.kind === 'file') {
        entry.mtime = stat.value.mtime;
        entry.size = stat.value.size;
      }
    }
    const id = identity ?? (await inner.identity().then((a) => (a.ok ? a.value : undefined)));
    let env: Record<string, string> = environment ?? {};
    if (environment === undefined) {
      const answer = await inner.environment();
      if (answer.ok) env = answer.value;
    }
    const snapshot: MachineSnapshot = {
      format: MACHINE_FORMAT,
      capturedAt,
      host: { computerName: id?.computerName ?? 'UNKNOWN', userName: id?.userName ?? 'unknown', sessionId: id?.sessionId ?? 1 },
      env: Object.fromEntries(Object.entries(env).filter(([name]) => isKeptEnvironmentName(name))),
      drives: Object.fromEntries((drives ?? []).map((d) => [d.letter, d.remote === undefined ? { kind: d.kind } : { kind: d.kind, remote: d.remote }])),
      files: Object.fromEntries([...files].sort(([a], [b]) => a.localeCompare(b))),
      processes: (processes ?? []).filter((p) => relevance.isRelevantProcess(p)),
      services: (services ?? []).filter((s) => relevance.isRelevantService(s)),
      registry: Object.fromEntries([...registry.values()].filter((k) => relevance.isRelevantRegistryKey(k)).map((k) => [k.key, k.values])),
    };
    if (id?.userDomain !== undefined) snapshot.host.userDomain = id.userDomain;
    if (id?.os !== undefined) snapshot.host.os = id.os;
    if (id?.elevated !== undefined) snapshot.host.elevated = id.elevated;
    if (id?.desktopUser !== undefined) snapshot.host.desktopUser = id.desktopUser;

    const fileKeys = [...files.keys()].map(keyOf);
    const holdsFile = (dir: string) => fileKeys.some((file) => file.startsWith(keyOf(childOf(dir, ''))));
    const seenDirs = new Set<string>();
    const firstSpelling = (dir: string) => !seenDirs.has(keyOf(dir)) && Boolean(seenDirs.add(keyOf(dir)));
    const emptyDirs = [...dirs].filter((dir) => firstSpelling(dir) && !holdsFile(dir)).sort();
    if (emptyDirs.length > 0) snapshot.dirs = emptyDirs;
    if (denied.size > 0) snapshot.denied = [...denied].sort();
    if (links.size > 0) snapshot.links = Object.fromEntries(links);
    const shares: Record<string, { reachable: boolean }> = {};
    for (const path of unreachable) shares[shareRootOf(path, drives ?? [])] = { reachable: false };
    if (Object.keys(shares).length > 0) snapshot.shares = shares;
    if (stalled.size > 0) snapshot.slow = Object.fromEntries([...stalled].map((path) => [shareRootOf(path, drives ?? []), RECORDED_STALL_MS]));
    if (inner.flavour === 'posix') snapshot.pathFlavour = 'posix';
    return snapshot;
  }

  return { host, toSnapshot };
}
