import { promises as fsp, readdir as readdirCallback, type Dirent } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { ScanFound, ScanSkipped } from './scan-result.js';
import { skipReasonOf } from './skip-reason.js';

export type ReadFolder = (path: string, done: (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void) => void;

export interface ScanOptions {
  /** Folders read at once (each read waits on the disk or the network). */
  concurrency: number;
  /** A folder that has not answered by then is skipped (a dead share), not waited for. */
  folderTimeoutMs: number;
  /** Called now and then with the number of folders read and found so far. */
  onProgress?: (progress: { folders: number; found: number; current: string }) => void;
  signal?: AbortSignal;
  /** Lists a folder (Node's `readdir` with types); replaceable to test dead shares. */
  readFolder?: ReadFolder;
}

export interface ScanOutcome {
  found: ScanFound[];
  skipped: ScanSkipped[];
  folders: number;
}

const readFolderWithTypes: ReadFolder = (path, done) => readdirCallback(path, { withFileTypes: true }, done);

/** `name` ends with `suffix` (lower case), in any case, without building a lower-cased copy. */
function endsWithAnyCase(name: string, suffix: string): boolean {
  const offset = name.length - suffix.length;
  if (offset < 0) return false;
  for (let i = 0; i < suffix.length; i++) {
    const code = name.charCodeAt(offset + i);
    if ((code >= 65 && code <= 90 ? code + 32 : code) !== suffix.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * Searches folders for Sage datasets (a folder holding `ACCDATA` holding `SETUP.DTA`) and
 * QuickBooks company files (`*.qbw`), names compared case-insensitively. Read-only: it lists
 * folders and stats what it finds. Links to folders are followed once: a link whose target
 * (by device and inode, or by real path) is already covered is not followed again, so link
 * loops end. A folder that has not answered within the deadline is reported as skipped and the
 * search goes on without it. Callbacks rather than promises in the hot path: it lists tens of
 * thousands of folders and must keep within twice the time `find` takes.
 */
export function scanFolders(roots: readonly string[], options: ScanOptions): Promise<ScanOutcome> {
  const readFolder = options.readFolder ?? readFolderWithTypes;
  const found = new Map<string, ScanFound>();
  const skipped: ScanSkipped[] = [];
  const visitedIds = new Set<string>();
  const coveredRealPaths: string[] = [];
  /** The real paths walked from the top (roots and link targets): a folder met again inside another walk is skipped. */
  const walkTops = new Set<string>();
  /** Folders to read, each with its real path (a plain subfolder's is its parent's plus its name). */
  const queue: Array<{ path: string; real: string }> = [];
  const pending: Array<Promise<unknown>> = [];
  /** Folders being read, with when they were asked for; the watchdog skips those past the deadline. */
  const inFlight = new Map<number, { path: string; startedAt: number }>();
  let nextId = 0;
  let folders = 0;
  let lastProgress = 0;

  const isCovered = (real: string) => coveredRealPaths.some((c) => real === c || real.startsWith(c.endsWith(sep) ? c : c + sep));

  /** Takes a folder reached through a link or given as a root, unless already covered; answers its real path. */
  async function admit(path: string): Promise<string | undefined> {
    const [stats, real] = await Promise.all([fsp.stat(path, { bigint: true }), fsp.realpath(path)]);
    if (!stats.isDirectory()) throw Object.assign(new Error(`${path} is not a folder`), { code: 'ENOTDIR' });
    const id = `${stats.dev}:${stats.ino}`;
    if (visitedIds.has(id) || isCovered(real)) return undefined;
    visitedIds.add(id);
    coveredRealPaths.push(real);
    walkTops.add(real);
    return real;
  }

  function record(kind: ScanFound['kind'], path: string, statPath: string): void {
    if (found.has(path)) return;
    const entry: ScanFound = { kind, path, modified: '' };
    found.set(path, entry);
    pending.push(
      fsp.stat(statPath).then(
        (s) => void (entry.modified = s.mtime.toISOString()),
        () => void found.delete(path), // gone between listing and stat
      ),
    );
  }

  async function followLink(path: string, inAccdata: boolean): Promise<void> {
    try {
      const stats = await fsp.stat(path);
      if (stats.isDirectory()) {
        const real = await admit(path);
        if (real !== undefined) queue.push({ path, real });
      } else if (stats.isFile()) {
        if (endsWithAnyCase(path, '.qbw')) record('quickbooks-company', path, path);
        else if (inAccdata && endsWithAnyCase(path, `${sep}setup.dta`)) record('sage-dataset', join(path, '..', '..'), path);
      }
    } catch {
      // A dangling link names nothing.
    }
  }

  function takeEntries(path: string, real: string, entries: Dirent[]): void {
    folders++;
    const isAccdata = endsWithAnyCase(path, `${sep}accdata`);
    const prefix = path.endsWith(sep) ? path : path + sep;
    const realPrefix = real.endsWith(sep) ? real : real + sep;
    for (const entry of entries) {
      const name = entry.name;
      if (entry.isDirectory()) {
        const realChild = realPrefix + name;
        if (!walkTops.has(realChild)) queue.push({ path: prefix + name, real: realChild });
      } else if (entry.isFile()) {
        if (endsWithAnyCase(name, '.qbw')) record('quickbooks-company', prefix + name, prefix + name);
        else if (isAccdata && name.length === 9 && endsWithAnyCase(name, 'setup.dta')) record('sage-dataset', path.slice(0, path.length - 8), prefix + name);
      } else if (entry.isSymbolicLink()) {
        pending.push(followLink(prefix + name, isAccdata).then(pump));
      }
    }
    if (options.onProgress) {
      const now = Date.now();
      if (now - lastProgress > 100) {
        lastProgress = now;
        options.onProgress({ folders, found: found.size, current: path });
      }
    }
  }

  let finish: () => void = () => undefined;
  let watchdog: NodeJS.Timeout | undefined;

  function pump(): void {
    while (inFlight.size < options.concurrency && queue.length > 0 && !options.signal?.aborted) {
      const { path, real } = queue.pop()!;
      const id = nextId++;
      inFlight.set(id, { path, startedAt: Date.now() });
      readFolder(path, (error, entries) => {
        if (!inFlight.delete(id)) return; // already given up on by the watchdog
        if (error) skipped.push({ path, reason: skipReasonOf(error) });
        else takeEntries(path, real, entries);
        pump();
      });
    }
    if (inFlight.size === 0) finish();
  }

  return (async () => {
    for (const root of roots) {
      const path = resolve(root);
      try {
        const real = await admit(path);
        if (real !== undefined) queue.push({ path, real });
      } catch (error) {
        skipped.push({ path, reason: skipReasonOf(error) });
      }
    }
    // One timer for all folders rather than one each.
    watchdog = setInterval(() => {
      const now = Date.now();
      for (const [id, { path, startedAt }] of inFlight) {
        if (now - startedAt < options.folderTimeoutMs) continue;
        inFlight.delete(id);
        skipped.push({ path, reason: 'timeout' });
      }
      pump();
    }, Math.max(10, Math.min(250, Math.floor(options.folderTimeoutMs / 4))));
    watchdog.unref();
    try {
      // Links are followed asynchronously and may add folders after the queue ran dry.
      for (;;) {
        await new Promise<void>((done) => {
          finish = done;
          pump();
        });
        const waiting = pending.splice(0);
        if (waiting.length === 0) break;
        await Promise.all(waiting);
      }
    } finally {
      clearInterval(watchdog);
    }
    const sorted = [...found.values()].filter((f) => f.modified !== '').sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { found: sorted, skipped: skipped.sort((a, b) => (a.path < b.path ? -1 : 1)), folders };
  })();
}
