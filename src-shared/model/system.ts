import type { DriveKind, RegistryValue, ServiceStartType, ServiceState } from './machine-snapshot-schema.js';

/** Plain facts about a computer, as any Host reports them. Times are ISO 8601 strings. */

export interface HostIdentity {
  computerName: string;
  userName: string;
  userDomain?: string;
  os?: string;
  /** The check runs elevated: elevated processes do not see the user's mapped drives. */
  elevated?: boolean;
  /** The Windows session the check runs in (default 1). */
  sessionId: number;
  /**
   * Who is signed in to this Windows session's desktop (`DOMAIN\user`, the owner of its
   * explorer.exe), when it could be read. Another account than `userName` means the check runs
   * as someone else ("Run as administrator" with an IT admin's credentials): what it reads of
   * HKCU, drives and profile is that account's, not the desktop user's.
   */
  desktopUser?: string;
}

export interface DriveInfo {
  /** `C:` — upper case, with the colon. */
  letter: string;
  kind: DriveKind;
  /** For a network drive: the UNC path it maps to. */
  remote?: string;
}

export interface ProcessInfo {
  pid: number;
  name: string;
  path?: string;
  user?: string;
  sessionId?: number;
  startedAt?: string;
}

export interface ServiceInfo {
  name: string;
  displayName?: string;
  state: ServiceState;
  startType?: ServiceStartType;
  pid?: number;
  account?: string;
  path?: string;
}

/** A registry key with its values (`""` is the default value). */
export interface RegistryKey {
  key: string;
  values: Record<string, RegistryValue>;
}

export interface FileStat {
  kind: 'file' | 'dir';
  size: number;
  /** Last write, ISO 8601. */
  mtime: string;
}

export interface DirEntry {
  name: string;
  kind: 'file' | 'dir';
}

/** Why a look-up of the outside world failed (the Host port's failure kinds). */
export type LookupFailureKind = 'missing' | 'unreachable' | 'denied' | 'timeout' | 'wrong-kind' | 'too-large' | 'unsupported' | 'error';

/** A program listed under an Uninstall registry key. */
export interface InstalledProgram {
  displayName: string;
  version?: string;
  installLocation?: string;
  registryKey: string;
}
