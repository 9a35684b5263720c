import type { Report } from '../../src-shared/model/report-schema.js';

/** Two reports differ for the user when their status or any finding differs (not their time). */
export function reportChangeKey(report: Report): string {
  return JSON.stringify([report.status, report.findings]);
}
