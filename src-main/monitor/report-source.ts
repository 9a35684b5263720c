import type { Report } from '../../src-shared/model/report-schema.js';

/**
 * Something that owns the current report and tells when it changes. The live monitor (this
 * folder) is one; the app's polling and switchable sources and a snapshot that never changes are
 * others. The desktop app, the preview server and `watch` all read reports through this, never by
 * calling probes directly. It lives with the monitor, below app/, so both may name it.
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
