/**
 * `sync-doctor/report@1` (spec/report.md). Apart from the report's schema so that writing a
 * report (diagnose) does not build the schema: a `check` never validates its own report.
 */
export const REPORT_FORMAT = 'sync-doctor/report@1';
