import type { MachineSnapshot, SnapshotFile } from '../../../src-shared/model/machine-snapshot-schema.js';
import type { FileStat, RegistryKey } from '../../../src-shared/model/system.js';
import { fail, succeed, type Host, type HostResult } from '../host.js';
import { buildSnapshotIndex, type SnapshotIndex } from './snapshot-index.js';
import type { CanonicalPath } from '../../../src-shared/winpath/canonical-path.js';
import { withRecordedLookupFailures } from './recorded-lookup-failures.js';
import { rememberedByText } from '../../../src-shared/model/text-memo.js';

export interface SnapshotHostOptions {
  /**
   * The caller hands the snapshot over: nothing else reads it, and it is let go once observed
   * (an office's PCs, hundreds of them). The host then answers with the snapshot's own
   * processes, services and registry values rather than copies of them — ≈1,000 objects a PC
   * not made again. Without it every answer is a copy, so a caller cannot change the snapshot.
   */
  handedOver?: boolean;
}

/**
 * A Host that answers from a `sync-doctor/machine@1` snapshot, following every rule of the
 * snapshot spec: case-insensitive keys, implied folders, mapped drives and links, unreachable
 * shares (a network error, not "missing"), `denied`, and `slow` paths that really stall.
 */
export function createSnapshotHost(
  snapshot: MachineSnapshot,
  description = `snapshot of ${snapshot.host.computerName} taken ${snapshot.capturedAt}`,
  options: SnapshotHostOptions = {},
): Host {
  const copies = options.handedOver !== true;
  const index = buildSnapshotIndex(snapshot, { sharedResolution: !copies });
  const capturedAt = new Date(snapshot.capturedAt);

  /** Resolves a path and applies the snapshot's access rules (stall first, as a dead share does). */
  async function access(path: string): Promise<HostResult<CanonicalPath>> {
    const c = index.resolve(path);
    if (!c) return fail('error', `"${path}" is not a valid Windows path`, path);
    const stall = index.stallBelow(c.path);
    if (stall > 0) await sleep(stall);
    if (index.unknownDrive(c.path)) return fail('unreachable', `There is no drive ${c.path.root.kind === 'drive' ? c.path.root.letter : ''} on this PC`, path);
    if (index.unreachableBelow(c.path)) return fail('unreachable', `The network location of ${path} cannot be reached`, path);
    if (index.deniedBelow(c.path)) return fail('denied', `Access to ${path} is denied`, path);
    return succeed(c);
  }

  function fileStat(entry: SnapshotFile): FileStat {
    const size = entry.size ?? contentOf(entry)?.byteLength ?? 0;
    return { kind: 'file', size, mtime: entry.mtime ?? snapshot.capturedAt };
  }

  return withRecordedLookupFailures({
    flavour: 'windows',
    description,
    recording: true,
    now: () => new Date(capturedAt),
    identity: async () =>
      succeed({
        computerName: snapshot.host.computerName,
        userName: snapshot.host.userName,
        ...(snapshot.host.userDomain !== undefined && { userDomain: snapshot.host.userDomain }),
        ...(snapshot.host.os !== undefined && { os: snapshot.host.os }),
        ...(snapshot.host.elevated !== undefined && { elevated: snapshot.host.elevated }),
        ...(snapshot.host.desktopUser !== undefined && { desktopUser: snapshot.host.desktopUser }),
        sessionId: snapshot.host.sessionId ?? 1,
      }),
    environment: async () => succeed({ ...snapshot.env }),
    drives: async () => succeed(index.drives.map((d) => ({ ...d }))),
    async stat(path) {
      const a = await access(path);
      if (!a.ok) return a;
      const file = index.file(a.value.key);
      if (file) return succeed(fileStat(file.entry));
      if (index.isDir(a.value.key)) return succeed({ kind: 'dir', size: 0, mtime: snapshot.capturedAt });
      return fail('missing', `${path} does not exist`, path);
    },
    async list(path) {
      const a = await access(path);
      if (!a.ok) return a;
      if (index.file(a.value.key)) return fail('wrong-kind', `${path} is a file, not a folder`, path);
      if (!index.isDir(a.value.key)) return fail('missing', `${path} does not exist`, path);
      return succeed([...(index.children(a.value.key)?.values() ?? [])].map((c) => ({ ...c })));
    },
    async readFile(path, maxBytes) {
      const a = await access(path);
      if (!a.ok) return a;
      const file = index.file(a.value.key);
      if (!file) return index.isDir(a.value.key) ? fail('wrong-kind', `${path} is a folder`, path) : fail('missing', `${path} does not exist`, path);
      const content = contentOf(file.entry);
      if (!content) return fail('unsupported', `The snapshot holds no content for ${path}`, path);
      if (content.byteLength > maxBytes) return fail('too-large', `${path} is larger than ${maxBytes} bytes`, path);
      return succeed(content);
    },
    async realPath(path) {
      const a = await access(path);
      if (!a.ok) return a;
      if (!index.file(a.value.key) && !index.isDir(a.value.key)) return fail('missing', `${path} does not exist`, path);
      return succeed(a.value.canonical);
    },
    processes: async () => succeed(copies ? snapshot.processes.map((p) => ({ ...p })) : snapshot.processes),
    processAlive: async (pid) => succeed(snapshot.processes.some((p) => p.pid === pid)),
    services: async () => succeed(copies ? snapshot.services.map((s) => ({ ...s })) : snapshot.services),
    registry: async (roots) => succeed(registryBelow(snapshot.registry, roots, copies)),
  }, snapshot.lookupFailures);
}

function contentOf(entry: SnapshotFile): Uint8Array | undefined {
  if (entry.text !== undefined) return new Uint8Array(Buffer.from(entry.text, 'utf8'));
  if (entry.base64 !== undefined) return new Uint8Array(Buffer.from(entry.base64, 'base64'));
  return undefined;
}

function registryBelow(registry: MachineSnapshot['registry'], roots: readonly string[], copies: boolean): RegistryKey[] {
  const isWanted = atOrBelowRoots(roots);
  const keys: RegistryKey[] = [];
  for (const key in registry) {
    if (!Object.hasOwn(registry, key)) continue;
    if (isWanted(key)) keys.push({ key, values: copies ? { ...registry[key] } : registry[key]! });
  }
  return keys;
}

/**
 * Whether a key is at or below one of the roots (any case), worked out once per key name for the
 * same roots: every PC of an office asks for the probes' roots, and its PCs share most key names.
 */
function atOrBelowRoots(roots: readonly string[]): (key: string) => boolean {
  return rootMatcherOf(JSON.stringify(roots.map((r) => r.replace(/\\+$/, '').toLowerCase())));
}
/** The matcher of the lower-cased roots listed in this JSON, kept for the next PC (a few lists). */
const rootMatcherOf = rememberedByText((id: string) => {
  const wanted = JSON.parse(id) as string[];
  const below = wanted.map((r) => `${r}\\`);
  return rememberedByText((key: string) => isAtOrBelowAny(key.toLowerCase(), wanted, below));
}, 16);

/** Asked for every key of a snapshot (hundreds a PC): a loop, no closure per key. */
function isAtOrBelowAny(lowerKey: string, wanted: readonly string[], below: readonly string[]): boolean {
  for (let i = 0; i < wanted.length; i++) if (lowerKey === wanted[i] || lowerKey.startsWith(below[i]!)) return true;
  return false;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => {
    // Unref'd: a stalled look-up the caller has given up on must not keep the process alive.
    setTimeout(resolve, ms).unref?.();
  });
}

export type { SnapshotIndex };
