/**
 * TEST-ONLY ORACLE. The JSON of the Windows system script as it was declared in zod classic before
 * it was rewritten in zod/mini (src-main/host/windows/system-report.ts, bundled into `check`).
 * Never imported by the product: test/core/system-report-schema-mini.test.ts checks that the mini
 * schema accepts, rejects, parses and words its issues exactly as this one does.
 * Do not "fix" it to follow the product: it is the reference the product is held to.
 */
import * as z from 'zod';

/** A list, or the single object PowerShell 5.1 unwraps a list of one into, or null for none. */
const listOf = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === null || value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(item));

const optionalText = z.string().nullish().transform((v) => (v === null || v === undefined || v === '' ? undefined : v));
const optionalInt = z.union([z.number(), z.string()]).nullish().transform((v) => {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) ? n : undefined;
});

const RawProcess = z.object({
  pid: z.number().int(),
  name: z.string(),
  path: optionalText,
  user: optionalText,
  sessionId: optionalInt,
  startedAt: z.union([z.string(), z.null(), z.undefined()]),
});

const RawService = z.object({
  name: z.string(),
  displayName: optionalText,
  state: z.union([z.string(), z.number()]),
  startMode: z.union([z.string(), z.number(), z.null(), z.undefined()]),
  pid: optionalInt,
  account: optionalText,
  path: optionalText,
});

const RegistryValue = z.union([z.string(), z.number(), z.array(z.string()), z.null()]);
const RawKey = z.object({
  key: z.string(),
  values: z.preprocess((v) => (v === null || Array.isArray(v) ? {} : v), z.record(z.string(), RegistryValue)),
});

const RawDrive = z.object({
  letter: z.string(),
  driveType: z.union([z.number(), z.string()]).nullish(),
  remote: optionalText,
});

const RawIdentity = z.object({
  computerName: z.string(),
  userName: z.string(),
  userDomain: optionalText,
  elevated: z.boolean().nullish(),
  sessionId: optionalInt,
  os: optionalText,
  desktopUser: optionalText,
});

export const ClassicRawSystemReportOracle = z.object({
  errors: listOf(z.string()).optional(),
  identity: RawIdentity.nullish(),
  processes: listOf(RawProcess).optional(),
  services: listOf(RawService).optional(),
  registry: listOf(RawKey).optional(),
  drives: listOf(RawDrive).optional(),
});
