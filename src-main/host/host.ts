import type {
  DirEntry,
  DriveInfo,
  FileStat,
  HostIdentity,
  LookupFailureKind,
  ProcessInfo,
  RegistryKey,
  ServiceInfo,
} from '../../src-shared/model/system.js';
import type { PathFlavour } from '../../src-shared/model/path-flavour.js';

/**
 * The Host port: every question Sync Doctor asks of a computer. Three adapters answer it —
 * the real Windows PC, a POSIX machine and a `sync-doctor/machine@1` snapshot — so probes
 * and diagnosis run unchanged on all three.
 *
 * No method throws for an outside-world failure: each answers a `HostResult`, and a failure
 * says what kind it was. Deadlines are added around any Host by `withDeadlines`.
 */

/**
 * missing: nothing at the path · unreachable: the drive or share cannot be reached (a network
 * error, not "not found") · denied: exists but this user may not read it · timeout: no answer
 * within the deadline · wrong-kind: a folder where a file was expected, or the reverse ·
 * too-large: more content than the caller allowed · unsupported: cannot be asked on this host
 * (no registry on POSIX, say) · error: anything else; `message` says what.
 */
export type HostFailureKind = LookupFailureKind;

export interface HostFailure {
  kind: HostFailureKind;
  message: string;
  path?: string;
}

/**
 * What a successful answer covers (spec/report.md, "evidence before absence"): an empty list
 * means "none" only for what was asked and could be read.
 * - complete: the whole question was answered (the default when `coverage` is absent);
 * - narrowed: asked on purpose about some items only (`to` says which: "the Sync App, Sage and
 *   QuickBooks processes"); an empty answer is an answer — none of them runs;
 * - partial: part of the question could not be read; `errors` are the failures met (a registry
 *   tree this user may not read, say). What was read stands; nothing may be called absent from it.
 */
export type Coverage =
  | { kind: 'complete' }
  | { kind: 'narrowed'; to: string }
  | { kind: 'partial'; errors: HostFailure[] };

export type HostResult<T> = { ok: true; value: T; coverage?: Coverage } | { ok: false; error: HostFailure };

export const succeed = <T>(value: T, coverage?: Coverage): HostResult<T> =>
  coverage === undefined || coverage.kind === 'complete' ? { ok: true, value } : { ok: true, value, coverage };

/** The coverage of an answer: absent means complete. */
export const coverageOf = (result: HostResult<unknown>): Coverage | undefined => (result.ok ? (result.coverage ?? { kind: 'complete' }) : undefined);
export const fail = (kind: HostFailureKind, message: string, path?: string): HostResult<never> => ({
  ok: false,
  error: path === undefined ? { kind, message } : { kind, message, path },
});

export type { PathFlavour } from '../../src-shared/model/path-flavour.js';

export interface Host {
  readonly flavour: PathFlavour;
  /** A short description for logs and the inventory: "snapshot of OFFICE-PC1", "this PC". */
  readonly description: string;
  /**
   * The answers come from a recording (a snapshot), which keeps only what a check needs: an
   * empty process, service, registry or drive list, or an empty environment, is then a possible
   * answer. From a live computer it is not, and counts as a failed look-up.
   */
  readonly recording?: boolean;

  /** The current time as this host sees it (a snapshot's `capturedAt`). */
  now(): Date;

  identity(): Promise<HostResult<HostIdentity>>;
  /** Environment variables; look-ups by name are case-insensitive on Windows. */
  environment(): Promise<HostResult<Record<string, string>>>;
  drives(): Promise<HostResult<DriveInfo[]>>;

  stat(path: string): Promise<HostResult<FileStat>>;
  list(path: string): Promise<HostResult<DirEntry[]>>;
  /** Reads a whole small file; fails with `too-large` above `maxBytes`. */
  readFile(path: string, maxBytes: number): Promise<HostResult<Uint8Array>>;
  /**
   * The path with links, junctions and 8.3 short names resolved (as the OS resolves them).
   * Mapped drives are left as they are: the path algebra maps them through `drives()`.
   */
  realPath(path: string): Promise<HostResult<string>>;

  processes(): Promise<HostResult<ProcessInfo[]>>;
  /** Cheap liveness check of one process, for the monitor's fast path. */
  processAlive(pid: number): Promise<HostResult<boolean>>;
  services(): Promise<HostResult<ServiceInfo[]>>;
  /** Every registry key at or below each root (hive abbreviated: HKLM, HKCU, HKU, HKCR). */
  registry(roots: readonly string[]): Promise<HostResult<RegistryKey[]>>;
}
