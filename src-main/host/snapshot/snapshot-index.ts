import type { MachineSnapshot, SnapshotFile } from '../../../src-shared/model/machine-snapshot-schema.js';
import type { DriveInfo } from '../../../src-shared/model/system.js';
import { canonicaliseWinPath, type Canonicalised, type CanonicalPath } from '../../../src-shared/winpath/canonical-path.js';
import { rememberedByText } from '../../../src-shared/model/text-memo.js';
import { isPrefixOf, winPathKey, type WinPath } from '../../../src-shared/winpath/parse-win-path.js';
import { winUpcase } from '../../../src-shared/winpath/win-case.js';

/**
 * The snapshot's file system, indexed once by canonical key: every spelling of a path
 * (mapped drive or UNC, link or target, any case) finds the same entry.
 */
export interface SnapshotIndex {
  drives: DriveInfo[];
  resolve(path: string): CanonicalPath | undefined;
  file(key: string): { name: string; entry: SnapshotFile } | undefined;
  isDir(key: string): boolean;
  children(key: string): Map<string, { name: string; kind: 'file' | 'dir' }> | undefined;
  /** Which rule of the snapshot governs access below this path, if any. */
  unreachableBelow(path: WinPath): boolean;
  deniedBelow(path: WinPath): boolean;
  /** Milliseconds an access below this path stalls (0 when not slow). */
  stallBelow(path: WinPath): number;
  /** A drive letter the snapshot does not know at all. */
  unknownDrive(path: WinPath): boolean;
}

function driveTable(snapshot: MachineSnapshot): DriveInfo[] {
  return Object.entries(snapshot.drives).flatMap(([letter, d]) => {
    const m = /^([a-zA-Z]):?\\?$/.exec(letter.trim());
    if (!m) return [];
    const info: DriveInfo = { letter: `${m[1]!.toUpperCase()}:`, kind: d.kind };
    if (d.remote !== undefined) info.remote = d.remote;
    return [info];
  });
}

export interface SnapshotIndexOptions {
  /**
   * The snapshot is handed over (snapshot-host.ts): nothing changes its drives or links, and
   * nothing changes a resolved path. Each spelling is then resolved once for every snapshot with
   * the same drives and links — an office's PCs map the same drives and look in the same places —
   * and the resolved paths are shared between them.
   */
  sharedResolution?: boolean;
}

/**
 * `canonicaliseWinPath` with these drives and links, each spelling worked out once for every
 * index with the same ones (the same drives and links in the same order resolve every spelling
 * alike). Bounded: a few drive tables, a few thousand spellings each, then let go.
 */
function sharedResolver(context: { drives: DriveInfo[]; links: Readonly<Record<string, string>> }): (path: string) => Canonicalised {
  return resolverOf(JSON.stringify([context.drives, context.links]));
}
const DRIVE_TABLES_KEPT = 8;
const SPELLINGS_PER_TABLE = 2048;
/** The resolver for the drives and links in this JSON — its own copy of them: it outlives the snapshot. */
const resolverOf = rememberedByText((id: string) => {
  const [drives, links] = JSON.parse(id) as [DriveInfo[], Record<string, string>];
  return rememberedByText((path: string) => canonicaliseWinPath(path, { drives, links }), SPELLINGS_PER_TABLE);
}, DRIVE_TABLES_KEPT);

export function buildSnapshotIndex(snapshot: MachineSnapshot, options: SnapshotIndexOptions = {}): SnapshotIndex {
  const drives = driveTable(snapshot);
  const context = { drives, links: snapshot.links ?? {} };
  const canonical = options.sharedResolution === true ? sharedResolver(context) : (path: string) => canonicaliseWinPath(path, context);
  const resolve = (path: string): CanonicalPath | undefined => {
    const c = canonical(path);
    return c.ok ? c.value : undefined;
  };

  const files = new Map<string, { name: string; entry: SnapshotFile }>();
  const dirs = new Set<string>();
  const children = new Map<string, Map<string, { name: string; kind: 'file' | 'dir' }>>();

  const addChild = (parent: WinPath, name: string, kind: 'file' | 'dir') => {
    const key = winPathKey(parent);
    let map = children.get(key);
    if (!map) children.set(key, (map = new Map()));
    const existing = map.get(winUpcase(name));
    if (!existing || existing.kind === 'file') map.set(winUpcase(name), { name, kind });
  };
  const addAncestors = (path: WinPath) => {
    for (let depth = path.segments.length; depth >= 1; depth--) {
      const parent: WinPath = { root: path.root, segments: path.segments.slice(0, depth - 1) };
      const self: WinPath = { root: path.root, segments: path.segments.slice(0, depth) };
      const selfKey = winPathKey(self);
      if (depth < path.segments.length) dirs.add(selfKey);
      addChild(parent, path.segments[depth - 1]!, depth < path.segments.length ? 'dir' : 'file');
    }
    dirs.add(winPathKey({ root: path.root, segments: [] }));
  };

  for (const [spelled, entry] of Object.entries(snapshot.files)) {
    const c = resolve(spelled);
    if (!c || c.path.segments.length === 0) continue;
    files.set(c.key, { name: c.path.segments.at(-1)!, entry });
    addAncestors(c.path);
  }
  for (const spelled of snapshot.dirs ?? []) {
    const c = resolve(spelled);
    if (!c) continue;
    addAncestors(c.path);
    // addAncestors marks the last segment as a file; a listed folder is a folder.
    if (c.path.segments.length > 0) {
      addChild({ root: c.path.root, segments: c.path.segments.slice(0, -1) }, c.path.segments.at(-1)!, 'dir');
    }
    dirs.add(c.key);
  }

  const prefixes = (list: readonly string[]) => list.map((p) => resolve(p)?.path).filter((p): p is WinPath => p !== undefined);
  const unreachable = prefixes(Object.entries(snapshot.shares ?? {}).filter(([, s]) => !s.reachable).map(([p]) => p));
  const denied = prefixes(snapshot.denied ?? []);
  const slow = Object.entries(snapshot.slow ?? {}).flatMap(([p, ms]) => {
    const c = resolve(p);
    return c ? [{ path: c.path, ms }] : [];
  });
  const knownRoots = new Set([...dirs].filter((k) => /^[A-Z]:\\$/.test(k)).map((k) => k.slice(0, 2).toLowerCase()));
  for (const d of drives) knownRoots.add(d.letter.toLowerCase());
  const disconnected = drives.filter((d) => d.kind === 'network' && !d.remote).map((d) => d.letter.toLowerCase());

  return {
    drives,
    resolve,
    file: (key) => files.get(key),
    isDir: (key) => dirs.has(key),
    children: (key) => children.get(key),
    unreachableBelow: (path) =>
      unreachable.some((u) => isPrefixOf(u, path)) ||
      (path.root.kind === 'drive' && disconnected.includes(path.root.letter.toLowerCase())),
    deniedBelow: (path) => denied.some((d) => isPrefixOf(d, path)),
    // Asked at every look-up of every PC: one loop, no arrays (the largest stall that applies, else 0).
    stallBelow: (path) => {
      let ms = 0;
      for (const s of slow) if (s.ms > ms && isPrefixOf(s.path, path)) ms = s.ms;
      return ms;
    },
    unknownDrive: (path) => path.root.kind === 'drive' && drives.length > 0 && !knownRoots.has(path.root.letter.toLowerCase()),
  };
}

