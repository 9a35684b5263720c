import { promises as fsp, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ScanFound, ScanSkipped } from './scan-result.js';
import { skipReasonOf } from './skip-reason.js';

export interface ScanOptions {
  /** Folders read at once (each read waits on the disk or the network). */
  concurrency: number;
  /** A folder that has not answered by then is skipped (a dead share), not waited for. */
  folderTimeoutMs: number;
  /** Called now and then with the number of folders read and found so far. */
  onProgress?: (progress: { folders: number; found: number; current: string }) => void;
  signal?: AbortSignal;
  /** Lists a folder (Node's `readdir` with types); replaceable to test dead shares. */
  readdir?: (path: string) => Promise<Dirent[]>;
}

export interface ScanOutcome {
  found: ScanFound[];
  skipped: ScanSkipped[];
  folders: number;
}

const TIMED_OUT = Symbol('timed out');

/**
 * Searches folders for Sage datasets (a folder holding `ACCDATA` holding `SETUP.DTA`) and
 * QuickBooks company files (`*.qbw`), names compared case-insensitively. Read-only: it lists
 * folders and stats what it finds. Links to folders are followed once: a link whose target
 * (by device and inode, and by real path) is already covered is not followed again, so link
 * loops end. A folder that does not answer within the deadline is reported as skipped.
 */
export async function scanFolders(roots: readonly string[], options: ScanOptions): Promise<ScanOutcome> {
  const readdir = options.readdir ?? ((path: string) => fsp.readdir(path, { withFileTypes: true }));
  const found = new Map<string, ScanFound>();
  const skipped: ScanSkipped[] = [];
  const visitedIds = new Set<string>();
  const coveredRealPaths: string[] = [];
  const queue: string[] = [];
  const pendingFinds: Array<Promise<void>> = [];
  let folders = 0;
  let lastProgress = 0;

  const isCovered = (real: string) => coveredRealPaths.some((c) => real === c || real.startsWith(c.endsWith('/') || c.endsWith('\\') ? c : `${c}${c.includes('\\') ? '\\' : '/'}`));

  /** Takes a folder reached through a link or given as a root, unless already covered. */
  async function admit(path: string): Promise<boolean> {
    const [stats, real] = await Promise.all([fsp.stat(path, { bigint: true }), fsp.realpath(path)]);
    if (!stats.isDirectory()) throw Object.assign(new Error(`${path} is not a folder`), { code: 'ENOTDIR' });
    const id = `${stats.dev}:${stats.ino}`;
    if (visitedIds.has(id) || isCovered(real)) return false;
    visitedIds.add(id);
    coveredRealPaths.push(real);
    return true;
  }

  function record(kind: ScanFound['kind'], path: string, statPath: string): void {
    if (found.has(path)) return;
    found.set(path, { kind, path, modified: '' });
    pendingFinds.push(
      fsp.stat(statPath).then(
        (s) => void (found.get(path)!.modified = s.mtime.toISOString()),
        () => void found.delete(path), // gone between listing and stat
      ),
    );
  }

  function readWithDeadline(path: string): Promise<Dirent[] | typeof TIMED_OUT> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<typeof TIMED_OUT>((resolveDeadline) => {
      timer = setTimeout(() => resolveDeadline(TIMED_OUT), options.folderTimeoutMs);
    });
    return Promise.race([readdir(path), deadline]).finally(() => clearTimeout(timer));
  }

  async function visit(path: string): Promise<void> {
    let entries: Dirent[] | typeof TIMED_OUT;
    try {
      entries = await readWithDeadline(path);
    } catch (error) {
      skipped.push({ path, reason: skipReasonOf(error) });
      return;
    }
    if (entries === TIMED_OUT) {
      skipped.push({ path, reason: 'timeout' });
      return;
    }
    folders++;
    const isAccdata = path.length >= 7 && path.slice(-7).toLowerCase() === 'accdata';
    for (const entry of entries) {
      const name = entry.name;
      if (entry.isDirectory()) {
        queue.push(join(path, name));
      } else if (entry.isFile()) {
        const lower = name.toLowerCase();
        if (lower.endsWith('.qbw')) record('quickbooks-company', join(path, name), join(path, name));
        else if (isAccdata && lower === 'setup.dta') record('sage-dataset', join(path, '..'), join(path, name));
      } else if (entry.isSymbolicLink()) {
        await followLink(join(path, name), isAccdata);
      }
    }
    const now = Date.now();
    if (options.onProgress && now - lastProgress > 100) {
      lastProgress = now;
      options.onProgress({ folders, found: found.size, current: path });
    }
  }

  async function followLink(path: string, inAccdata: boolean): Promise<void> {
    try {
      const stats = await fsp.stat(path);
      if (stats.isDirectory()) {
        if (await admit(path)) queue.push(path);
      } else if (stats.isFile()) {
        const lower = path.toLowerCase();
        if (lower.endsWith('.qbw')) record('quickbooks-company', path, path);
        else if (inAccdata && lower.endsWith('setup.dta')) record('sage-dataset', join(path, '..', '..'), path);
      }
    } catch {
      // A dangling link names nothing.
    }
  }

  for (const root of roots) {
    const path = resolve(root);
    try {
      if (await admit(path)) queue.push(path);
    } catch (error) {
      skipped.push({ path, reason: skipReasonOf(error) });
    }
  }

  // A fixed pool of workers draining one queue: never more than `concurrency` folders in flight.
  let active = 0;
  await new Promise<void>((done) => {
    const pump = () => {
      while (active < options.concurrency && queue.length > 0 && !options.signal?.aborted) {
        const next = queue.pop()!;
        active++;
        void visit(next).finally(() => {
          active--;
          pump();
        });
      }
      if (active === 0) done();
    };
    pump();
  });
  await Promise.all(pendingFinds);

  const sorted = [...found.values()].filter((f) => f.modified !== '').sort((a, b) => a.path.localeCompare(b.path));
  return { found: sorted, skipped: skipped.sort((a, b) => a.path.localeCompare(b.path)), folders };
}
