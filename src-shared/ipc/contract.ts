import * as z from 'zod';
import { HistoryRangeSchema, HistoryViewSchema } from '../history/history-schema.js';
import { FindingSchema, ReportSchema } from '../model/report-schema.js';
import { OfficeReportSchema } from '../office/office-report-schema.js';
import { SettingsSchema, SOFTWARE_KINDS } from '../settings/settings-schema.js';

/**
 * The one contract between the UI and the main side. Electron's preload exposes exactly these
 * channels as `window.syncDoctor`; the loopback preview server serves the same channels over
 * HTTP (`POST /api/<channel>`), with `report-changed` as server-sent events. Both sides
 * validate every request and response against these schemas.
 */

const Empty = z.object({}).strict();
const Outcome = z.object({ ok: z.boolean(), message: z.string().optional() });

export const AUTOENTRY_WEB_APP = 'https://app.autoentry.com/';
export const AUTOENTRY_HELP_CENTRE = 'https://support.autoentry.com/';
/** The only addresses the app will open in the user's browser. */
export const EXTERNAL_URL_ALLOWLIST = [AUTOENTRY_WEB_APP, AUTOENTRY_HELP_CENTRE] as const;

export const AppInfoSchema = z.object({
  version: z.string(),
  mode: z.enum(['electron', 'preview']),
  /** The report is of the bundled demo machine, not this PC. */
  demo: z.boolean(),
  /** What is being checked: "this PC" or the snapshot's description. */
  source: z.string(),
});

/** What AutoEntry is set to for the office: typed on the Office screen, or taken from the bundles. */
export const OfficeInputsSchema = z.object({
  autoentryPaths: z.array(z.string().max(4096)).max(50),
  syncAppLocation: z.string().max(255).optional(),
});
/**
 * The office judged, or why it could not be (no readable snapshot among the files), and the
 * inputs it was judged with (those typed, else the bundles' `checkInputs`) for the screen's fields.
 */
export const OfficeCheckResultSchema = z.object({ report: OfficeReportSchema.optional(), problem: z.string().optional(), inputs: OfficeInputsSchema.optional() });
/** A snapshot file larger than this is not one (the main side reads up to 64 MB; the window sends less). */
export const MAX_OFFICE_FILE_CHARS = 16 * 1024 * 1024;

export const SettingsStateSchema = z.object({
  settings: SettingsSchema,
  /** Said once when the settings file was unreadable and was moved aside. */
  notice: z.string().optional(),
});

export const IPC_CHANNELS = {
  'app-info': { request: Empty, response: AppInfoSchema },
  'report-get': { request: Empty, response: ReportSchema },
  'report-check-now': { request: Empty, response: ReportSchema },
  /** The report as plain text, for the clipboard. */
  'report-text': { request: Empty, response: z.object({ text: z.string() }) },
  'settings-get': { request: Empty, response: SettingsStateSchema },
  'settings-save': { request: SettingsSchema, response: SettingsStateSchema },
  /** Judges one path with the same rules as the report, without saving it. */
  'path-validate': {
    request: z.object({ path: z.string().max(4096) }),
    response: z.object({ finding: FindingSchema }),
  },
  'syncapp-start': { request: Empty, response: Outcome },
  'open-folder': { request: z.object({ path: z.string().max(4096) }), response: Outcome },
  /** Lets the user pick a dataset folder (Sage) or company file (QuickBooks) in the system's own dialog; a browser cannot. */
  'path-browse': {
    request: z.object({ software: z.enum(SOFTWARE_KINDS) }),
    response: z.object({ supported: z.boolean(), path: z.string().optional() }),
  },
  'open-external': { request: z.object({ url: z.enum(EXTERNAL_URL_ALLOWLIST) }), response: Outcome },
  'copy-text': { request: z.object({ text: z.string().max(1_000_000) }), response: Outcome },
  'history-get': { request: z.object({ range: HistoryRangeSchema }), response: HistoryViewSchema },
  'support-bundle': {
    request: z.object({ redact: z.boolean() }),
    response: z.object({ fileName: z.string(), savedTo: z.string().optional(), content: z.string() }),
  },
  'logs-recent': { request: z.object({ lines: z.number().int().min(1).max(2000) }), response: z.object({ lines: z.array(z.string()) }) },
  'log-write': {
    request: z.object({ level: z.enum(['error', 'warn', 'info', 'debug']), message: z.string().max(10_000) }),
    response: Outcome,
  },
  'demo-load': { request: Empty, response: ReportSchema },
  /** Judges the snapshots of an office's PCs together; the window read the files (picked or dropped). */
  'office-check': {
    request: z.object({
      files: z.array(z.object({ name: z.string().max(1024), text: z.string().max(MAX_OFFICE_FILE_CHARS) })).min(1).max(100),
      /** Typed on the Office screen; empty fields fall back to the bundles' own inputs. */
      inputs: OfficeInputsSchema.optional(),
    }),
    response: OfficeCheckResultSchema,
  },
  /**
   * The desktop app: picks a folder of snapshots in the system's dialog and judges it; a browser
   * cannot. With `again`, the folder picked last is read and judged again (new inputs, no dialog).
   */
  'office-folder': {
    request: z.object({ again: z.boolean().optional(), inputs: OfficeInputsSchema.optional() }).strict(),
    response: OfficeCheckResultSchema.extend({ supported: z.boolean(), folder: z.string().optional() }),
  },
} as const;

export type IpcChannel = keyof typeof IPC_CHANNELS;
export type IpcRequest<C extends IpcChannel> = z.input<(typeof IPC_CHANNELS)[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.infer<(typeof IPC_CHANNELS)[C]['response']>;

/** The event the main side pushes whenever the report changes. */
export const REPORT_CHANGED_EVENT = 'report-changed';

/** What the renderer sees as `window.syncDoctor`. */
export interface SyncDoctorBridge {
  invoke<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>>;
  /** Calls `listener` with each new report; returns a function that stops listening. */
  onReportChanged(listener: (report: z.infer<typeof ReportSchema>) => void): () => void;
  /**
   * The browser preview only: calls `listener` with a sentence for the user once the server is
   * gone and the page has stopped calling it; returns a function that stops listening.
   */
  onStopped?(listener: (message: string) => void): () => void;
}

/** The main side's implementation: one handler per channel. */
export type IpcHandlers = {
  [C in IpcChannel]: (request: z.infer<(typeof IPC_CHANNELS)[C]['request']>) => Promise<IpcResponse<C>>;
};

export function isIpcChannel(name: string): name is IpcChannel {
  return Object.prototype.hasOwnProperty.call(IPC_CHANNELS, name);
}
