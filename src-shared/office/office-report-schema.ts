import * as z from 'zod';
import { GuidanceStepSchema, ReportSchema, type GuidanceStep, type Report } from '../model/report-schema.js';
import { SEVERITIES, type Severity, type Status } from '../model/severity.js';
import { OFFICE_FINDING_CODES, type OfficeFindingCode } from './office-codes.js';

/** `sync-doctor/office-report@1` (spec/office.md). Unknown fields are kept, as in report@1. */
export const OFFICE_REPORT_FORMAT = 'sync-doctor/office-report@1';

export const OfficeFindingSchema = z
  .object({
    code: z.enum(OFFICE_FINDING_CODES as [OfficeFindingCode, ...OfficeFindingCode[]]),
    severity: z.enum(SEVERITIES),
    title: z.string(),
    detail: z.string(),
    /** The PCs the finding concerns, by computer name. */
    machines: z.array(z.string()),
    /** Computer name → the path as that PC spells it. */
    paths: z.record(z.string(), z.string()),
    guidance: z.array(GuidanceStepSchema),
    /** Product extension: the file an `office.unreadable-bundle` is about. */
    file: z.string().optional(),
    /** Product extension: computer name → the Sage version it lists the dataset under. */
    versions: z.record(z.string(), z.string()).optional(),
    /** Product extension: the PCs the finding says are the odd ones out (those to change), for the per-PC marks. */
    oddOnes: z.array(z.string()).optional(),
  })
  .loose();

/** One dataset or company file a PC uses: as it spells it, and the place it really is. */
export const OfficeDataUseSchema = z.object({
  software: z.enum(['sage', 'quickbooks']),
  /** Where the PC names it: AutoEntry's path, Sage's company list, QuickBooks' recent files. */
  source: z.enum(['autoentry', 'sage-list', 'quickbooks-recent']),
  spelled: z.string(),
  /** The share path it resolves to on that PC, or the local path ("on this PC only"). */
  resolved: z.string(),
  local: z.boolean(),
});

/** Product extension: what the office view shows of each PC side by side. */
export const OfficeMachineSummarySchema = z.object({
  runsSyncApp: z.boolean(),
  sageVersion: z.string().optional(),
  quickbooksVersions: z.array(z.string()),
  uses: z.array(OfficeDataUseSchema),
});

export const OfficeMachineEntrySchema = z
  .object({
    computerName: z.string(),
    capturedAt: z.string(),
    report: ReportSchema,
    /** Product extension: the file the snapshot was read from. */
    file: z.string().optional(),
    office: OfficeMachineSummarySchema,
  })
  .loose();

export const OfficeReportSchema = z
  .object({
    format: z.literal(OFFICE_REPORT_FORMAT),
    status: z.enum(['ok', 'warn', 'error']),
    generatedAt: z.string(),
    machines: z.array(OfficeMachineEntrySchema),
    findings: z.array(OfficeFindingSchema),
  })
  .loose();

export type OfficeDataUse = z.infer<typeof OfficeDataUseSchema>;
export type OfficeMachineSummary = z.infer<typeof OfficeMachineSummarySchema>;

export type OfficeFinding = {
  code: OfficeFindingCode;
  severity: Severity;
  title: string;
  detail: string;
  machines: string[];
  paths: Record<string, string>;
  guidance: GuidanceStep[];
  file?: string;
  versions?: Record<string, string>;
  oddOnes?: string[];
};

export type OfficeMachineEntry = {
  computerName: string;
  capturedAt: string;
  report: Report;
  file?: string;
  office: OfficeMachineSummary;
};

export type OfficeReport = {
  format: typeof OFFICE_REPORT_FORMAT;
  status: Status;
  generatedAt: string;
  machines: OfficeMachineEntry[];
  findings: OfficeFinding[];
};
