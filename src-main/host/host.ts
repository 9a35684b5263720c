import type {
  DirEntry,
  DriveInfo,
  FileStat,
  HostIdentity,
  ProcessInfo,
  RegistryKey,
  ServiceInfo,
} from '../../src-shared/model/system.js';

/**
 * The Host port: every question Sync Doctor asks of a computer. Three adapters answer it —
 * the real Windows PC, a POSIX machine and a `sync-doctor/machine@1` snapshot — so probes
 * and diagnosis run unchanged on all three.
 *
 * No method throws for an outside-world failure: each answers a `HostResult`, and a failure
 * says what kind it was. Deadlines are added around any Host by `withDeadlines`.
 */

export type HostFailureKind =
  /** Nothing exists at the path. */
  | 'missing'
  /** The drive or share cannot be reached (a network error, not "not found"). */
  | 'unreachable'
  /** It exists but this user may not read it. */
  | 'denied'
  /** It did not answer within the deadline. */
  | 'timeout'
  /** The path is not of the kind asked for (a folder where a file was expected, …). */
  | 'wrong-kind'
  /** The content is larger than the caller allowed. */
  | 'too-large'
  /** The question cannot be answered on this host (no registry on POSIX, say). */
  | 'unsupported'
  /** Anything else; `message` says what. */
  | 'error';

export interface HostFailure {
  kind: HostFailureKind;
  message: string;
  path?: string;
}

export type HostResult<T> = { ok: true; value: T } | { ok: false; error: HostFailure };

export const succeed = <T>(value: T): HostResult<T> => ({ ok: true, value });
export const fail = (kind: HostFailureKind, message: string, path?: string): HostResult<never> => ({
  ok: false,
  error: path === undefined ? { kind, message } : { kind, message, path },
});

/** How paths are spelled on this host: Windows (drive letters, UNC, case-insensitive) or POSIX. */
export type PathFlavour = 'windows' | 'posix';

export interface Host {
  readonly flavour: PathFlavour;
  /** A short description for logs and the inventory: "snapshot of OFFICE-PC1", "this PC". */
  readonly description: string;

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
