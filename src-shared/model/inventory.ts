import type { ServiceState } from './machine-snapshot-schema.js';
import type { DriveInfo, HostIdentity } from './system.js';

/** What was found on the machine: the report's `inventory` (its shape is the product's own). */
export interface Inventory {
  /** "this PC", or "snapshot of OFFICE-PC1 taken 2026-11-20T09:30:00Z". */
  source: string;
  machine: HostIdentity;
  drives: DriveInfo[];
  syncApp: SyncAppInventory;
  sage: SageInventory;
  quickbooks: QuickBooksInventory;
  configuredPaths: string[];
}

export interface SyncAppInventory {
  running: Array<{
    kind: 'process' | 'service';
    name: string;
    pid?: number;
    path?: string;
    user?: string;
    sessionId?: number;
    startedAt?: string;
    /** Runs for the user and session Sync Doctor runs in (services always count). */
    thisSession: boolean;
  }>;
  /** Stopped Sync App services. */
  stoppedServices: Array<{ name: string; displayName?: string }>;
  installed: Array<{ displayName: string; version?: string; installLocation?: string }>;
  /** The Sync App location the user gave (from AutoEntry's Integrate page), if any. */
  location?: string;
  locationIsThisPc?: boolean;
}

export interface SageInventory {
  /** Folder name of the version in use (`2025`, `V33`). */
  versionInUse?: string;
  versions: Array<{
    name: string;
    version: number;
    companyFile: string;
    /** When the COMPANY list was last written. */
    listedAt?: string;
    readable: boolean;
    problem?: string;
    /** Its settings folder or COMPANY file could not be looked at (denied, no answer): it may be the version in use. */
    unread?: boolean;
    datasets: Array<{ path: string; exists: boolean | null; lastWrite?: string; network: boolean }>;
  }>;
  services: Array<{ name: string; displayName?: string; state: ServiceState }>;
  installed: string[];
  running: boolean;
}

export interface QuickBooksInventory {
  versions: string[];
  recentFiles: Array<{ path: string; listedIn: string }>;
  companyFiles: Array<{
    path: string;
    exists: boolean | null;
    modified?: string;
    size?: number;
    /** Host named by the `.ND` sidecar (none for the personal data engine or with hosting off). */
    hostedBy?: string;
    hostedHere?: boolean;
    /** `.ND` ServerMode: 1 hosting on, 2 off. */
    serverMode?: number;
  }>;
  services: Array<{ name: string; state: ServiceState }>;
  running: boolean;
}
