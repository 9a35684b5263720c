import * as z from 'zod/mini';
import '../zod-mini-english.js';

/**
 * `sync-doctor/machine@1` (spec/machine-snapshot.md). Unknown fields are ignored.
 *
 * Written with `zod/mini` rather than zod classic: the same checks, parsed values, issue paths and
 * messages (test/core/machine-snapshot-schema-mini.test.ts holds it to the classic declaration,
 * test/support/zod-oracles/), at a third of the cost of building it at every start of a `check`
 * (a classic schema gets some fifty methods attached when it is made).
 */
export const MACHINE_FORMAT = 'sync-doctor/machine@1';

const isoTime = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), { message: 'is not an ISO 8601 time' }));
const integer = z.number().check(z.int());

export const DRIVE_KINDS = ['fixed', 'removable', 'network', 'cdrom', 'ram', 'unknown'] as const;
export type DriveKind = (typeof DRIVE_KINDS)[number];

export const SnapshotHostSchema = z.object({
  computerName: z.string(),
  userName: z.string(),
  userDomain: z.optional(z.string()),
  os: z.optional(z.string()),
  elevated: z.optional(z.boolean()),
  sessionId: z.optional(integer),
  /** Product extension: the desktop's user of the session the check ran in (HostIdentity.desktopUser). */
  desktopUser: z.optional(z.string()),
});

export const SnapshotDriveSchema = z.object({
  kind: z.enum(DRIVE_KINDS),
  remote: z.optional(z.string()),
});

export const SnapshotFileSchema = z
  .object({
    text: z.optional(z.string()),
    base64: z.optional(z.string()),
    size: z.optional(z.number().check(z.nonnegative())),
    mtime: z.optional(isoTime),
  })
  .check(
    z.refine((f) => f.text === undefined || f.base64 === undefined, {
      message: 'has both "text" and "base64"; a file carries at most one',
    }),
  );

export const SnapshotProcessSchema = z.object({
  pid: integer,
  name: z.string(),
  path: z.optional(z.string()),
  user: z.optional(z.string()),
  sessionId: z.optional(integer),
  startedAt: z.optional(isoTime),
});

export const SERVICE_STATES = ['running', 'stopped', 'start-pending', 'stop-pending', 'paused'] as const;
export type ServiceState = (typeof SERVICE_STATES)[number];
export const SERVICE_START_TYPES = ['auto', 'manual', 'disabled'] as const;
export type ServiceStartType = (typeof SERVICE_START_TYPES)[number];

export const SnapshotServiceSchema = z.object({
  name: z.string(),
  displayName: z.optional(z.string()),
  state: z.enum(SERVICE_STATES),
  startType: z.optional(z.enum(SERVICE_START_TYPES)),
  pid: z.optional(integer),
  account: z.optional(z.string()),
  path: z.optional(z.string()),
});

export const RegistryValueSchema = z.union([z.string(), z.number(), z.array(z.string())]);
export type RegistryValue = z.infer<typeof RegistryValueSchema>;

/** The whole-computer look-ups a collect records as failed (the Host methods of the same names). */
export const SNAPSHOT_LOOKUP_TOPICS = ['identity', 'environment', 'drives', 'processes', 'services', 'registry'] as const;

/**
 * Product extension: a whole-computer look-up that failed while the bundle was collected, so a
 * replay fails it the same way instead of judging from the empty list written in its place.
 * Same names as the report's look-up problems: `topic`, `what`, `kind`, `message`.
 */
export const SnapshotLookupFailureSchema = z.object({
  topic: z.enum(SNAPSHOT_LOOKUP_TOPICS),
  what: z.string(),
  kind: z.enum(['timeout', 'error', 'denied']),
  message: z.string(),
  /**
   * Registry only: the root that could not be read (a tree this user may not open), while the
   * others were. The answer was partial: the keys recorded under other roots stand. Without it
   * the whole look-up failed.
   */
  path: z.optional(z.string()),
});
export type SnapshotLookupFailure = z.infer<typeof SnapshotLookupFailureSchema>;

export const MachineSnapshotSchema = z.object({
  format: z.literal(MACHINE_FORMAT),
  capturedAt: isoTime,
  host: SnapshotHostSchema,
  env: z._default(z.record(z.string(), z.string()), {}),
  drives: z._default(z.record(z.string(), SnapshotDriveSchema), {}),
  shares: z.optional(z.record(z.string(), z.object({ reachable: z.boolean() }))),
  files: z._default(z.record(z.string(), SnapshotFileSchema), {}),
  dirs: z.optional(z.array(z.string())),
  links: z.optional(z.record(z.string(), z.string())),
  denied: z.optional(z.array(z.string())),
  slow: z.optional(z.record(z.string(), z.number().check(z.nonnegative()))),
  processes: z._default(z.array(SnapshotProcessSchema), []),
  services: z._default(z.array(SnapshotServiceSchema), []),
  registry: z._default(z.record(z.string(), z.record(z.string(), RegistryValueSchema)), {}),
  /** Product extension: a snapshot collected on Linux or macOS spells paths the POSIX way. */
  pathFlavour: z.optional(z.enum(['windows', 'posix'])),
  /** Product extension: the inputs a support bundle was collected with (redacted with it). */
  checkInputs: z.optional(
    z.object({
      autoentryPaths: z._default(z.array(z.string()), []),
      syncAppLocation: z.optional(z.string()),
      syncAppPatterns: z.optional(z.array(z.string().check(z.minLength(1)))),
    }),
  ),
  /** Product extension (see SnapshotLookupFailureSchema); a malformed list is ignored, as an unknown field is. */
  lookupFailures: z.catch(z.optional(z.array(SnapshotLookupFailureSchema)), undefined),
});
export type MachineSnapshot = z.infer<typeof MachineSnapshotSchema>;
export type SnapshotFile = z.infer<typeof SnapshotFileSchema>;
