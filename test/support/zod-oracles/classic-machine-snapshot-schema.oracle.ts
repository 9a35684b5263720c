/**
 * TEST-ONLY ORACLE. The machine-snapshot schema as it was declared in zod classic before it was
 * rewritten in zod/mini (src-shared/model/machine-snapshot-schema.ts, for its start-up cost). It
 * is never imported by the product: test/core/machine-snapshot-schema-mini.test.ts checks that
 * the mini schema accepts, rejects, parses and words its issues exactly as this one does.
 * Do not "fix" it to follow the product: it is the reference the product is held to.
 */
import * as z from 'zod';

const MACHINE_FORMAT = 'sync-doctor/machine@1';

const isoTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)), { message: 'is not an ISO 8601 time' });

const DRIVE_KINDS = ['fixed', 'removable', 'network', 'cdrom', 'ram', 'unknown'] as const;

const SnapshotHostSchema = z.object({
  computerName: z.string(),
  userName: z.string(),
  userDomain: z.string().optional(),
  os: z.string().optional(),
  elevated: z.boolean().optional(),
  sessionId: z.number().int().optional(),
  /** Product extension: the desktop's user of the session the check ran in (HostIdentity.desktopUser). */
  desktopUser: z.string().optional(),
});

const SnapshotDriveSchema = z.object({
  kind: z.enum(DRIVE_KINDS),
  remote: z.string().optional(),
});

const SnapshotFileSchema = z
  .object({
    text: z.string().optional(),
    base64: z.string().optional(),
    size: z.number().nonnegative().optional(),
    mtime: isoTime.optional(),
  })
  .refine((f) => f.text === undefined || f.base64 === undefined, {
    message: 'has both "text" and "base64"; a file carries at most one',
  });

const SnapshotProcessSchema = z.object({
  pid: z.number().int(),
  name: z.string(),
  path: z.string().optional(),
  user: z.string().optional(),
  sessionId: z.number().int().optional(),
  startedAt: isoTime.optional(),
});

const SERVICE_STATES = ['running', 'stopped', 'start-pending', 'stop-pending', 'paused'] as const;
const SERVICE_START_TYPES = ['auto', 'manual', 'disabled'] as const;

const SnapshotServiceSchema = z.object({
  name: z.string(),
  displayName: z.string().optional(),
  state: z.enum(SERVICE_STATES),
  startType: z.enum(SERVICE_START_TYPES).optional(),
  pid: z.number().int().optional(),
  account: z.string().optional(),
  path: z.string().optional(),
});

const RegistryValueSchema = z.union([z.string(), z.number(), z.array(z.string())]);

/** The whole-computer look-ups a collect records as failed (the Host methods of the same names). */
const SNAPSHOT_LOOKUP_TOPICS = ['identity', 'environment', 'drives', 'processes', 'services', 'registry'] as const;

/**
 * Product extension: a whole-computer look-up that failed while the bundle was collected, so a
 * replay fails it the same way instead of judging from the empty list written in its place.
 * Same names as the report's look-up problems: `topic`, `what`, `kind`, `message`.
 */
const SnapshotLookupFailureSchema = z.object({
  topic: z.enum(SNAPSHOT_LOOKUP_TOPICS),
  what: z.string(),
  kind: z.enum(['timeout', 'error', 'denied']),
  message: z.string(),
  /**
   * Registry only: the root that could not be read (a tree this user may not open), while the
   * others were. The answer was partial: the keys recorded under other roots stand. Without it
   * the whole look-up failed.
   */
  path: z.string().optional(),
});

export const ClassicMachineSnapshotOracle = z.object({
  format: z.literal(MACHINE_FORMAT),
  capturedAt: isoTime,
  host: SnapshotHostSchema,
  env: z.record(z.string(), z.string()).default({}),
  drives: z.record(z.string(), SnapshotDriveSchema).default({}),
  shares: z.record(z.string(), z.object({ reachable: z.boolean() })).optional(),
  files: z.record(z.string(), SnapshotFileSchema).default({}),
  dirs: z.array(z.string()).optional(),
  links: z.record(z.string(), z.string()).optional(),
  denied: z.array(z.string()).optional(),
  slow: z.record(z.string(), z.number().nonnegative()).optional(),
  processes: z.array(SnapshotProcessSchema).default([]),
  services: z.array(SnapshotServiceSchema).default([]),
  registry: z.record(z.string(), z.record(z.string(), RegistryValueSchema)).default({}),
  /** Product extension: a snapshot collected on Linux or macOS spells paths the POSIX way. */
  pathFlavour: z.enum(['windows', 'posix']).optional(),
  /** Product extension: the inputs a support bundle was collected with (redacted with it). */
  checkInputs: z
    .object({
      autoentryPaths: z.array(z.string()).default([]),
      syncAppLocation: z.string().optional(),
      syncAppPatterns: z.array(z.string().min(1)).optional(),
    })
    .optional(),
  /** Product extension (see SnapshotLookupFailureSchema); a malformed list is ignored, as an unknown field is. */
  lookupFailures: z.array(SnapshotLookupFailureSchema).optional().catch(undefined),
});
