import * as z from 'zod';
import { FINDING_CODES, type FindingCode } from './finding-codes.js';
import { SEVERITIES } from './severity.js';
import { REPORT_FORMAT } from './report-format.js';

/** `sync-doctor/report@1` (spec/report.md, report-format.ts). Unknown fields are kept, so newer writers stay readable. */
export { REPORT_FORMAT };

/** A button that goes with a guidance step; every front end decides how to show it. */
export const GuidanceActionSchema = z.object({
  kind: z.enum(['copy-path', 'open-folder', 'start-sync-app', 'open-autoentry', 'open-help-centre']),
  path: z.string().optional(),
  label: z.string().optional(),
});
export type GuidanceAction = z.infer<typeof GuidanceActionSchema>;

export const GuidanceStepSchema = z.object({
  text: z.string(),
  action: GuidanceActionSchema.optional(),
  /** Product extension: the technical names behind the step (a service's name, a Windows tool), shown "For your IT support". */
  forIT: z.string().optional(),
});
export type GuidanceStep = z.infer<typeof GuidanceStepSchema>;

/** One reason why two spellings name the same file ("S: is \\FILESRV\Accounts"). */
export const EquivalenceStepSchema = z.object({
  kind: z.enum(['mapped-drive', 'link', 'accdata', 'case', 'separator', 'trailing', 'dots', 'long-prefix', 'environment', 'server-name']),
  text: z.string(),
});
export type EquivalenceStep = z.infer<typeof EquivalenceStepSchema>;

const FindingFields = z.object({
  code: z.enum(FINDING_CODES as [FindingCode, ...FindingCode[]]),
  severity: z.enum(SEVERITIES),
  title: z.string(),
  detail: z.string(),
  configuredPath: z.string().optional(),
  suggestedPath: z.string().optional(),
  upgradedAt: z.string().optional(),
  staleDatasetLastWrite: z.string().optional(),
  guidance: z.array(GuidanceStepSchema),
  /** Product extension: which accounting software a path verdict is about. */
  software: z.enum(['sage', 'quickbooks']).optional(),
  /** Product extension: the path in use the configured one was compared with. */
  inUsePath: z.string().optional(),
  /** Product extension: why two spellings were found to name the same file. */
  equivalence: z.array(EquivalenceStepSchema).optional(),
  /** Product extension: plain-language evidence lines behind the verdict. */
  evidence: z.array(z.string()).optional(),
});
/** Reading a finding keeps fields this version does not know (a newer writer's additions). */
export const FindingSchema = FindingFields.loose();
export type Finding = z.infer<typeof FindingFields>;

const ReportFields = z.object({
  format: z.literal(REPORT_FORMAT),
  status: z.enum(['ok', 'warn', 'error']),
  generatedAt: z.string(),
  machine: z.object({ computerName: z.string(), userName: z.string() }).loose(),
  findings: z.array(FindingSchema),
  inventory: z.record(z.string(), z.unknown()),
});
export const ReportSchema = ReportFields.loose();
export type Report = Omit<z.infer<typeof ReportFields>, 'findings' | 'machine'> & {
  machine: { computerName: string; userName: string };
  findings: Finding[];
};
