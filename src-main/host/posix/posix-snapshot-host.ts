import type { MachineSnapshot, SnapshotFile } from '../../../src-shared/model/machine-snapshot-schema.js';
import type { DirEntry, FileStat } from '../../../src-shared/model/system.js';
import { fail, succeed, type Host, type HostResult } from '../host.js';
import { withRecordedLookupFailures } from '../snapshot/recorded-lookup-failures.js';

/**
 * A Host that answers from a snapshot collected on a POSIX machine (`"pathFlavour": "posix"`):
 * paths are absolute, `/`-separated and case-sensitive; it answers as the POSIX host did —
 * no registry, no drive letters. `denied`, unreachable `shares`, `slow` and `links` are path
 * prefixes, as in a Windows snapshot.
 */
export function createPosixSnapshotHost(snapshot: MachineSnapshot, description = `snapshot of ${snapshot.host.computerName} taken ${snapshot.capturedAt}`): Host {
  const normal = (path: string) => `/${path.split('/').filter((s) => s !== '' && s !== '.').join('/')}`;
  const below = (prefix: string, path: string) => prefix === '/' || path === prefix || path.startsWith(`${prefix}/`);
  const files = new Map(Object.entries(snapshot.files).map(([p, f]) => [normal(p), f]));
  const children = new Map<string, Map<string, DirEntry['kind']>>();
  const addPath = (path: string, kind: DirEntry['kind']) => {
    const segments = path.split('/').filter(Boolean);
    segments.forEach((name, index) => {
      const parent = `/${segments.slice(0, index).join('/')}`;
      if (!children.has(parent)) children.set(parent, new Map());
      const isLast = index === segments.length - 1;
      const entries = children.get(parent)!;
      if (!isLast || entries.get(name) !== 'dir') entries.set(name, isLast ? kind : 'dir');
    });
    if (kind === 'dir' && !children.has(path)) children.set(path, new Map());
  };
  for (const path of files.keys()) addPath(path, 'file');
  for (const dir of snapshot.dirs ?? []) addPath(normal(dir), 'dir');
  children.set('/', children.get('/') ?? new Map());
  const links = Object.entries(snapshot.links ?? {}).map(([from, to]) => [normal(from), normal(to)] as const);
  const unreachable = Object.entries(snapshot.shares ?? {}).filter(([, s]) => !s.reachable).map(([p]) => normal(p));
  const denied = (snapshot.denied ?? []).map(normal);
  const slow = Object.entries(snapshot.slow ?? {}).map(([p, ms]) => [normal(p), ms] as const);

  function resolveLinks(path: string): string {
    for (const [from, to] of links) if (below(from, path)) return to + path.slice(from.length);
    return path;
  }

  async function access(raw: string): Promise<HostResult<string>> {
    if (!raw.startsWith('/')) return fail('error', `"${raw}" is not a full path`, raw);
    const path = resolveLinks(normal(raw));
    const stall = Math.max(0, ...slow.filter(([p]) => below(p, path)).map(([, ms]) => ms));
    if (stall > 0) await new Promise((resolve) => setTimeout(resolve, stall).unref?.());
    if (unreachable.some((p) => below(p, path))) return fail('unreachable', `The network location of ${raw} cannot be reached`, raw);
    if (denied.some((p) => below(p, path))) return fail('denied', `Access to ${raw} is denied`, raw);
    return succeed(path);
  }

  const contentOf = (entry: SnapshotFile): Uint8Array | undefined =>
    entry.text !== undefined ? new Uint8Array(Buffer.from(entry.text, 'utf8')) : entry.base64 !== undefined ? new Uint8Array(Buffer.from(entry.base64, 'base64')) : undefined;
  const fileStat = (entry: SnapshotFile): FileStat => ({ kind: 'file', size: entry.size ?? contentOf(entry)?.byteLength ?? 0, mtime: entry.mtime ?? snapshot.capturedAt });

  return withRecordedLookupFailures({
    flavour: 'posix',
    description,
    recording: true,
    now: () => new Date(snapshot.capturedAt),
    identity: async () => succeed({ ...snapshot.host, sessionId: snapshot.host.sessionId ?? 1 }),
    environment: async () => succeed({ ...snapshot.env }),
    drives: async () => succeed([]),
    async stat(raw) {
      const a = await access(raw);
      if (!a.ok) return a;
      const file = files.get(a.value);
      if (file) return succeed(fileStat(file));
      return children.has(a.value) ? succeed({ kind: 'dir', size: 0, mtime: snapshot.capturedAt }) : fail('missing', `${raw} does not exist`, raw);
    },
    async list(raw) {
      const a = await access(raw);
      if (!a.ok) return a;
      if (files.has(a.value)) return fail('wrong-kind', `${raw} is a file, not a folder`, raw);
      const entries = children.get(a.value);
      return entries ? succeed([...entries].map(([name, kind]) => ({ name, kind }))) : fail('missing', `${raw} does not exist`, raw);
    },
    async readFile(raw, maxBytes) {
      const a = await access(raw);
      if (!a.ok) return a;
      const file = files.get(a.value);
      if (!file) return children.has(a.value) ? fail('wrong-kind', `${raw} is a folder`, raw) : fail('missing', `${raw} does not exist`, raw);
      const content = contentOf(file);
      if (!content) return fail('unsupported', `The snapshot holds no content for ${raw}`, raw);
      return content.byteLength > maxBytes ? fail('too-large', `${raw} is larger than ${maxBytes} bytes`, raw) : succeed(content);
    },
    async realPath(raw) {
      const a = await access(raw);
      if (!a.ok) return a;
      return files.has(a.value) || children.has(a.value) ? succeed(a.value) : fail('missing', `${raw} does not exist`, raw);
    },
    processes: async () => succeed(snapshot.processes.map((p) => ({ ...p }))),
    processAlive: async (pid) => succeed(snapshot.processes.some((p) => p.pid === pid)),
    services: async () => succeed(snapshot.services.map((s) => ({ ...s }))),
    registry: async () => fail('unsupported', 'This computer has no Windows registry'),
  }, snapshot.lookupFailures);
}
