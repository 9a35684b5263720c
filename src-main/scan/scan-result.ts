import * as z from 'zod';

/** `sync-doctor scan --json` output, format `sync-doctor/scan@1`. */
export const SCAN_FORMAT = 'sync-doctor/scan@1';

export const SCAN_SKIP_REASONS = ['timeout', 'denied', 'unreachable', 'missing', 'not-a-folder', 'error'] as const;
export type ScanSkipReason = (typeof SCAN_SKIP_REASONS)[number];

export const ScanFoundSchema = z.object({
  kind: z.enum(['sage-dataset', 'quickbooks-company']),
  /** A Sage dataset: the folder above ACCDATA. A QuickBooks company: the .QBW file. */
  path: z.string(),
  /** Last write of SETUP.DTA or of the .QBW file, ISO 8601. */
  modified: z.string(),
});
export type ScanFound = z.infer<typeof ScanFoundSchema>;

export const ScanSkippedSchema = z.object({ path: z.string(), reason: z.enum(SCAN_SKIP_REASONS) });
export type ScanSkipped = z.infer<typeof ScanSkippedSchema>;

export const ScanResultSchema = z.object({
  format: z.literal(SCAN_FORMAT),
  found: z.array(ScanFoundSchema),
  skipped: z.array(ScanSkippedSchema),
});
export type ScanResult = z.infer<typeof ScanResultSchema>;
