import type { PathFlavour } from './path-flavour.js';
import type { DriveInfo, HostIdentity, InstalledProgram, LookupFailureKind, ProcessInfo, ServiceInfo } from './system.js';
import type { CanonicalPath } from '../winpath/canonical-path.js';
import type { NdSettings } from '../parsers/quickbooks-nd.js';
import type { LookupTopic } from './lookup-topics.js';

/**
 * Everything the probes saw, as plain data. `diagnose` reads only this (and the user's
 * inputs), so the same observations give the same report on every front end.
 */
export interface Observations {
  flavour: PathFlavour;
  /** The host's "now" (a snapshot's capturedAt). */
  observedAt: string;
  /** "this PC" or "snapshot of … taken …". */
  source: string;
  machine: HostIdentity;
  drives: DriveInfo[];
  syncApp: SyncAppObservations;
  sage: SageObservations;
  quickbooks: QuickBooksObservations;
  configured: ConfiguredPath[];
  /** Look-ups that did not answer in time, failed, or gave an answer that cannot be right. */
  problems: LookupProblem[];
}

export interface LookupProblem {
  /** What the look-up was for; absence verdicts name the topics they rest on. */
  topic: LookupTopic;
  what: string;
  kind: LookupFailureKind;
  message: string;
  path?: string;
}

/** A path as some program spells it, and what it resolves to. */
export interface ObservedPath {
  spelled: string;
  /** Undefined when the spelling is not a valid path; `invalidReason` says why. */
  canonical?: CanonicalPath;
  invalidReason?: string;
}

/** What is at a path. */
export type PathAccess =
  | { state: 'file'; size: number; mtime: string }
  | { state: 'dir'; mtime: string }
  | { state: Exclude<LookupFailureKind, 'wrong-kind' | 'too-large' | 'unsupported'>; message: string };

export interface SyncAppObservations {
  patterns: string[];
  processes: Array<ProcessInfo & { thisSession: boolean }>;
  services: ServiceInfo[];
  installs: InstalledProgram[];
}

export interface SageDataset {
  path: ObservedPath;
  access: PathAccess;
  /** `ACCDATA\SETUP.DTA` exists below it; null when that could not be looked at. */
  isDataset: boolean | null;
  /** The newest last-write time among the dataset's data files. */
  lastWrite?: string;
  network: boolean;
}

export interface SageVersion {
  /** Folder name: `2025`, `V33`. */
  name: string;
  version: number;
  settingsFolder: string;
  companyFile: string;
  companyFileMtime?: string;
  list:
    | { readable: true; datasets: SageDataset[]; badLines: number[] }
    /**
     * `lookupFailed`: the COMPANY file (or its settings folder) could not be looked at or read —
     * denied, no answer, an error — so whether this version holds a list at all is unknown.
     * Without it, the file was read but is not a list (garbled, far too large).
     */
    | { readable: false; problem: string; lookupFailed?: true };
}

/** A place a look-up could not read (denied, no answer, an error): what it was, and why. */
export interface UnreadPlace {
  path: string;
  problem: string;
}

export interface SageObservations {
  /** Versions whose settings folder holds a COMPANY file (or could not be looked inside), newest first. */
  versions: SageVersion[];
  /** Sage settings folders (`…\Sage\Accounts`) that could not be listed: any version may be there. */
  unreadFolders: UnreadPlace[];
  installs: InstalledProgram[];
  services: ServiceInfo[];
  processes: ProcessInfo[];
}

export interface QuickBooksRecentFile {
  path: ObservedPath;
  /** The QBWUSER.INI it is listed in. */
  listedIn: string;
  /** 0 is the most recently opened file of all lists. */
  recency: number;
}

/** A `.ND` sidecar as read: its settings, and whether the host it names is this computer. */
export interface NdSidecar extends NdSettings {
  file: string;
  hostedHere?: boolean;
}

export interface QuickBooksCompanyFile {
  path: ObservedPath;
  access: PathAccess;
  nd?: NdSidecar;
  foundIn: Array<'recent-list' | 'company-files-folder' | 'configured'>;
}

export interface QuickBooksObservations {
  /** Versions seen installed or used: `2024`, `Enterprise 24.0`. */
  versions: string[];
  recent: QuickBooksRecentFile[];
  /**
   * QBWUSER.INI files that could not be read or decoded, and the Intuit folder when it could not
   * be listed. `lookupFailed`: the look-up itself failed (denied, no answer, an error), so what
   * the list holds is unknown; without it the file was read but could not be decoded.
   */
  listProblems: Array<{ file: string; problem: string; lookupFailed?: true }>;
  companyFiles: QuickBooksCompanyFile[];
  installs: InstalledProgram[];
  services: ServiceInfo[];
  processes: ProcessInfo[];
}

export interface ConfiguredPath {
  input: string;
  path: ObservedPath;
  /** Spelled as a QuickBooks company file (ends `.qbw`). */
  quickbooks: boolean;
  access: PathAccess;
  /** A folder holding `ACCDATA\SETUP.DTA`; null when that could not be looked at. */
  isSageDataset: boolean | null;
  sageLastWrite?: string;
}
