import type { Report } from '../../src-shared/model/report-schema.js';

/**
 * Something that owns the current report and tells when it changes. The live monitor
 * (src-main/monitor) is one; a snapshot that never changes is another. The desktop app, the
 * preview server and `watch` all read reports through this, never by calling probes directly.
 */
export interface ReportSource {
  /** The latest report, once the first check has finished. */
  current(): Report | undefined;
  /** Runs a check now and resolves with its report (also published to subscribers when it changed). */
  checkNow(): Promise<Report>;
  /** Calls `listener` with each new report whose status or findings changed; returns an unsubscribe function. */
  subscribe(listener: (report: Report) => void): () => void;
  /** Stops every timer and watcher. */
  close(): Promise<void>;
}
