import * as z from 'zod/mini';
import '../../../src-shared/zod-mini-english.js';
import type { DriveInfo, HostIdentity, ProcessInfo, RegistryKey, ServiceInfo } from '../../../src-shared/model/system.js';
import type { DriveKind, ServiceStartType, ServiceState } from '../../../src-shared/model/machine-snapshot-schema.js';
import { decodeConsoleOutput } from './console-text.js';
import { parseWindowsTime } from './windows-time.js';

/**
 * The JSON the system script prints, as Windows PowerShell 5.1 really writes it: a list of one
 * comes back as a bare object, enums may come back as numbers, other users' process paths as
 * null, dates as ISO text, `/Date(ms)/` or CIM (DMTF) strings. Every part is optional: a part the
 * script could not read is missing and named in `errors`.
 *
 * Written with `zod/mini` rather than zod classic (this module is bundled into `check`): the same
 * checks, parsed values, issue paths and messages, held to the classic declaration by
 * test/core/system-report-schema-mini.test.ts (test/support/zod-oracles/).
 */

/** A list, or the single object PowerShell 5.1 unwraps a list of one into, or null for none. */
const listOf = <T extends z.ZodMiniType>(item: T) =>
  z.pipe(
    z.transform((value: unknown) => (value === null || value === undefined ? [] : Array.isArray(value) ? value : [value])),
    z.array(item),
  );

const optionalText = z.pipe(
  z.nullish(z.string()),
  z.transform((v: string | null | undefined) => (v === null || v === undefined || v === '' ? undefined : v)),
);
const optionalInt = z.pipe(
  z.nullish(z.union([z.number(), z.string()])),
  z.transform((v: number | string | null | undefined) => {
    const n = typeof v === 'string' ? Number(v) : v;
    return typeof n === 'number' && Number.isInteger(n) ? n : undefined;
  }),
);

const RawProcess = z.object({
  pid: z.number().check(z.int()),
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
  values: z.pipe(
    z.transform((v: unknown) => (v === null || Array.isArray(v) ? {} : v)),
    z.record(z.string(), RegistryValue),
  ),
});

const RawDrive = z.object({
  letter: z.string(),
  driveType: z.nullish(z.union([z.number(), z.string()])),
  remote: optionalText,
});

const RawIdentity = z.object({
  computerName: z.string(),
  userName: z.string(),
  userDomain: optionalText,
  elevated: z.nullish(z.boolean()),
  sessionId: optionalInt,
  os: optionalText,
  desktopUser: optionalText,
});

/** The script's JSON document (exported for its differential test against the classic declaration). */
export const RawSystemReportSchema = z.object({
  errors: z.optional(listOf(z.string())),
  identity: z.nullish(RawIdentity),
  processes: z.optional(listOf(RawProcess)),
  services: z.optional(listOf(RawService)),
  registry: z.optional(listOf(RawKey)),
  drives: z.optional(listOf(RawDrive)),
});

export interface SystemReport {
  errors: string[];
  /**
   * Set when processes and services were asked for on purpose about some items only (a WQL
   * filter): what they were narrowed to. An empty list is then an answer (host.ts `Coverage`).
   */
  narrowedTo?: string;
  identity?: HostIdentity;
  processes?: ProcessInfo[];
  services?: ServiceInfo[];
  registry?: RegistryKey[];
  drives?: DriveInfo[];
}

export type SystemReportParse = { ok: true; report: SystemReport } | { ok: false; message: string };

/** Win32_Service.State text, or the ServiceControllerStatus number Get-Service gives. */
const SERVICE_STATE_BY_TEXT: Record<string, ServiceState> = {
  running: 'running', stopped: 'stopped', 'start pending': 'start-pending', 'stop pending': 'stop-pending',
  paused: 'paused', 'pause pending': 'paused', 'continue pending': 'start-pending',
};
const SERVICE_STATE_BY_NUMBER: Record<number, ServiceState> = { 1: 'stopped', 2: 'start-pending', 3: 'stop-pending', 4: 'running', 5: 'start-pending', 6: 'paused', 7: 'paused' };

function serviceState(state: string | number): ServiceState | undefined {
  return typeof state === 'number' ? SERVICE_STATE_BY_NUMBER[state] : SERVICE_STATE_BY_TEXT[state.trim().toLowerCase()];
}

/** Win32_Service.StartMode text ("Auto", "Manual", "Disabled", "Boot", "System") or the ServiceStartMode number. */
function startType(mode: string | number | null | undefined): ServiceStartType | undefined {
  if (mode === null || mode === undefined) return undefined;
  const text = typeof mode === 'number' ? (['auto', 'auto', 'auto', 'manual', 'disabled'][mode] ?? '') : mode.toLowerCase();
  if (text.startsWith('auto') || text === 'boot' || text === 'system') return 'auto';
  if (text === 'manual') return 'manual';
  if (text === 'disabled') return 'disabled';
  return undefined;
}

/** Win32_LogicalDisk.DriveType: 2 removable, 3 fixed, 4 network, 5 CD, 6 RAM disk. */
function driveKind(type: number | string | null | undefined): DriveKind {
  const kinds: Record<number, DriveKind> = { 2: 'removable', 3: 'fixed', 4: 'network', 5: 'cdrom', 6: 'ram' };
  return kinds[Number(type)] ?? 'unknown';
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The JSON document in the output: from the first `{` to the last `}` (a profile or warning may print around it). */
function jsonText(text: string): string | undefined {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  return start >= 0 && end > start ? text.slice(start, end + 1) : undefined;
}

export function parseSystemReport(stdout: Uint8Array): SystemReportParse {
  const text = jsonText(decodeConsoleOutput(stdout, 65001));
  if (text === undefined) return { ok: false, message: 'PowerShell printed no JSON' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `PowerShell printed broken JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  return systemReportFromJson(json);
}

/** The report from the JSON already parsed (the long-lived session's answers arrive as JSON lines). */
export function systemReportFromJson(json: unknown): SystemReportParse {
  const parsed = RawSystemReportSchema.safeParse(json);
  if (!parsed.success) return { ok: false, message: `PowerShell printed unexpected JSON: ${parsed.error.issues[0]?.message ?? ''} at ${parsed.error.issues[0]?.path.join('.') ?? ''}` };
  const raw = parsed.data;
  const report: SystemReport = { errors: raw.errors ?? [] };
  if (raw.identity) {
    report.identity = withoutUndefined({
      computerName: raw.identity.computerName,
      userName: raw.identity.userName,
      userDomain: raw.identity.userDomain,
      os: raw.identity.os,
      desktopUser: raw.identity.desktopUser,
      elevated: raw.identity.elevated ?? undefined,
      sessionId: raw.identity.sessionId ?? 1,
    });
  }
  if (raw.processes) {
    report.processes = raw.processes.map((p) =>
      withoutUndefined({ pid: p.pid, name: p.name, path: p.path, user: p.user, sessionId: p.sessionId, startedAt: parseWindowsTime(p.startedAt) }),
    );
  }
  if (raw.services) {
    report.services = raw.services.flatMap((s) => {
      const state = serviceState(s.state);
      if (state === undefined) return [];
      return [withoutUndefined({ name: s.name, displayName: s.displayName, state, startType: startType(s.startMode), pid: s.pid || undefined, account: s.account, path: s.path })];
    });
  }
  if (raw.registry) {
    report.registry = raw.registry.map((k) => ({
      key: k.key,
      values: Object.fromEntries(Object.entries(k.values).filter((entry): entry is [string, string | number | string[]] => entry[1] !== null)),
    }));
  }
  if (raw.drives) {
    report.drives = raw.drives.flatMap((d) => {
      const letter = /^([A-Za-z]):?$/.exec(d.letter.trim())?.[1];
      return letter === undefined ? [] : [withoutUndefined({ letter: `${letter.toUpperCase()}:`, kind: driveKind(d.driveType), remote: d.remote })];
    });
  }
  return { ok: true, report };
}
