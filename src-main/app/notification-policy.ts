import type { Report } from '../../src-shared/model/report-schema.js';
import { severityRank } from '../../src-shared/model/severity.js';

/** No more than one notification in this window, however often the status flips. */
export const NOTIFICATION_DEBOUNCE_MS = 10 * 60 * 1000;

export interface NotificationText {
  title: string;
  body: string;
}

/**
 * Decides, report by report, whether to show a desktop notification: when notifications are on
 * and the status is worse than the one last announced (back to ok forgets it), at most once per
 * debounce window. A worsening inside the window is not lost: the first report after the window
 * that is still worse than the last announcement is announced.
 */
export function createNotificationPolicy(options: { now?: () => number; debounceMs?: number } = {}) {
  const now = options.now ?? Date.now;
  const debounceMs = options.debounceMs ?? NOTIFICATION_DEBOUNCE_MS;
  let announced: Report['status'] | undefined;
  let lastShownAt: number | undefined;

  return {
    decide(report: Report, enabled: boolean): NotificationText | undefined {
      if (report.status === 'ok') {
        announced = undefined;
        return undefined;
      }
      if (!enabled) return undefined;
      if (announced !== undefined && severityRank(report.status) <= severityRank(announced)) return undefined;
      if (lastShownAt !== undefined && now() - lastShownAt < debounceMs) return undefined;
      announced = report.status;
      lastShownAt = now();
      return notificationText(report);
    },
  };
}

function notificationText(report: Report): NotificationText {
  const problems = report.findings.filter((f) => f.severity === report.status);
  const first = problems[0];
  return {
    title: report.status === 'error' ? 'AutoEntry cannot sync' : 'AutoEntry sync needs attention',
    body: first ? `${first.title}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}. Open Sync Doctor to see how to fix it.` : 'Open Sync Doctor to see what changed.',
  };
}
