import type { Report } from '../../src-shared/model/report-schema.js';
import type { ReportSource } from '../monitor/report-source.js';
import { reportChanged } from '../../src-shared/report/report-change.js';

export interface PollingOptions {
  /** Told when a scheduled check fails (checkNow rejects instead). */
  onError?: (error: unknown) => void;
}

/**
 * A ReportSource that re-runs `runCheck` every `intervalMs` and tells subscribers only when the
 * status or findings changed. The first check starts at once. Overlapping checks are joined.
 */
export function createPollingReportSource(runCheck: () => Promise<Report>, intervalMs: number, options: PollingOptions = {}): ReportSource {
  const listeners = new Set<(report: Report) => void>();
  let latest: Report | undefined;
  let published: Report | undefined;
  let running: Promise<Report> | undefined;
  let closed = false;

  const check = (): Promise<Report> => {
    running ??= runCheck()
      .then((report) => {
        if (closed) return report;
        latest = report;
        if (reportChanged(published, report)) {
          published = report;
          for (const listener of [...listeners]) listener(report);
        }
        return report;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };

  const scheduled = () => void check().catch((error: unknown) => options.onError?.(error));
  scheduled();
  const timer = setInterval(scheduled, intervalMs);
  timer.unref?.();

  return {
    current: () => latest,
    checkNow: check,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async close() {
      closed = true;
      clearInterval(timer);
      listeners.clear();
      await running?.catch(() => undefined);
    },
  };
}
