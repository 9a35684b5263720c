import type { Stats } from 'node:fs';
import { readWholeFile, statPath } from '../node/callback-fs.js';
import { jsonFromBytes } from './json-from-bytes.js';
import { MachineSnapshotSchema, MACHINE_FORMAT, type MachineSnapshot } from '../../../src-shared/model/machine-snapshot-schema.js';

/** The largest snapshot file Sync Doctor will read (a real one is a few hundred KB). */
export const MAX_SNAPSHOT_BYTES = 64 * 1024 * 1024;

export type SnapshotLoad = { ok: true; snapshot: MachineSnapshot } | { ok: false; message: string };

/** How a snapshot file is read: `stat` (it must be a file, and not too large), then all its bytes, then parsed. */
export interface SnapshotFileReader {
  stat(path: string): Stats | Promise<Stats>;
  readFile(path: string): Buffer | Promise<Buffer>;
  /** Parse the bytes in pieces (json-from-bytes.ts) rather than as one string: the same answer. */
  inPieces: boolean;
  /**
   * The format's schema as this reader checks it: `MachineSnapshotSchema` itself, or the same
   * schema compiled (worker-snapshot-reader.ts) — the same checks, answers and messages.
   */
  schema?: typeof MachineSnapshotSchema;
}

// Node's callback functions as promises (callback-fs.ts): node:fs/promises would load ten more
// of Node's own modules (its file handles, folder readers, watchers, readline) at every start.
const PROMISE_READER: SnapshotFileReader = { stat: statPath, readFile: readWholeFile, inPieces: false };

/** Reads and validates a snapshot file; every failure is one clear sentence, never a throw. */
export async function loadSnapshotFile(path: string, reader: SnapshotFileReader = PROMISE_READER): Promise<SnapshotLoad> {
  try {
    const info = await reader.stat(path);
    if (!info.isFile()) return { ok: false, message: `${path} is not a file.` };
    if (info.size > MAX_SNAPSHOT_BYTES) return { ok: false, message: `${path} is too large to be a machine snapshot (${info.size} bytes).` };
    const bytes = await reader.readFile(path);
    return reader.inPieces ? parseSnapshotBytes(bytes, path, reader.schema) : parseSnapshotText(bytes.toString('utf8'), path, reader.schema);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: `There is no file at ${path}.` };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, message: `${path} cannot be read (access denied).` };
    return { ok: false, message: `${path} cannot be read: ${(error as Error).message}` };
  }
}

/** Parses snapshot JSON text (a BOM is allowed) and checks it against the format. */
export function parseSnapshotText(text: string, source = 'the snapshot', schema = MachineSnapshotSchema): SnapshotLoad {
  return parseSnapshotJson(() => JSON.parse(text.replace(/^\uFEFF/, '')), source, schema);
}

/**
 * The same for a file's bytes (UTF-8, a BOM allowed), parsed without making one string of the
 * whole file (json-from-bytes.ts): the same answer as `parseSnapshotText` of the decoded text.
 */
export function parseSnapshotBytes(bytes: Uint8Array, source = 'the snapshot', schema = MachineSnapshotSchema): SnapshotLoad {
  return parseSnapshotJson(() => jsonFromBytes(bytes), source, schema);
}

function parseSnapshotJson(parse: () => unknown, source: string, schema: typeof MachineSnapshotSchema): SnapshotLoad {
  let json: unknown;
  try {
    json = parse();
  } catch {
    return { ok: false, message: `${source} is not valid JSON — not a Sync Doctor snapshot. Make one on the PC to check with \`sync-doctor collect --out FILE\`.` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, message: `${source} is not a Sync Doctor snapshot (it is JSON, but not an object). Make one on the PC to check with \`sync-doctor collect --out FILE\`.` };
  }
  const format = (json as { format?: unknown }).format;
  if (format !== MACHINE_FORMAT) {
    return {
      ok: false,
      message: typeof format === 'string' && format.startsWith('sync-doctor/machine@')
        ? `${source} is in format ${format}, which this version cannot read (it reads ${MACHINE_FORMAT}).`
        : `${source} is not a Sync Doctor snapshot (its "format" is not ${MACHINE_FORMAT}). Make one on the PC to check with \`sync-doctor collect --out FILE\`.`,
    };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'the top level';
    return { ok: false, message: `${source} is not a valid machine snapshot: ${where} ${issue.message}.` };
  }
  return { ok: true, snapshot: parsed.data };
}
