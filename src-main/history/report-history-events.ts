import type { HistoryEvent } from '../../src-shared/history/history-schema.js';
import type { Finding, Report } from '../../src-shared/model/report-schema.js';
import { syncAppPids, syncAppRunning } from '../monitor/report-inventory.js';

function pathVerdicts(report: Report): Map<string, Finding> {
  const verdicts = new Map<string, Finding>();
  for (const finding of report.findings) {
    if (finding.code.startsWith('path.') && finding.configuredPath !== undefined) verdicts.set(finding.configuredPath, finding);
  }
  return verdicts;
}

function describePathChange(path: string, before: Finding | undefined, after: Finding | undefined): string | undefined {
  if (before === undefined && after === undefined) return undefined;
  if (before === undefined) return `${path}: now checked (${after?.code})`;
  if (after === undefined) return `${path}: no longer configured`;
  if (before.code !== after.code) return `${path}: ${before.code} → ${after.code}`;
  if ((before.suggestedPath ?? '') !== (after.suggestedPath ?? '')) {
    return after.suggestedPath === undefined
      ? `${path}: no suggested path any more`
      : `${path}: suggested path is now ${after.suggestedPath}`;
  }
  return undefined;
}

/**
 * What the history should record when the monitor goes from one report to the next: the
 * monitor starting (with the Sync App's state at that moment), status changes, the Sync App
 * starting, stopping or restarting, and configured paths whose verdict or suggestion changed.
 */
export function historyEventsBetween(previous: Report | undefined, next: Report, at: string): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  const running = syncAppRunning(next);
  if (previous === undefined) {
    events.push({ at, type: 'monitor-started', status: next.status });
    events.push(
      running
        ? { at, type: 'syncapp-started', detail: 'Already running when monitoring began' }
        : { at, type: 'syncapp-stopped', detail: 'Not running when monitoring began' },
    );
    return events;
  }
  if (previous.status !== next.status) {
    events.push({ at, type: 'status-changed', status: next.status, previousStatus: previous.status });
  }
  const wasRunning = syncAppRunning(previous);
  if (wasRunning && !running) events.push({ at, type: 'syncapp-stopped', detail: 'The Sync App stopped' });
  if (!wasRunning && running) events.push({ at, type: 'syncapp-started', detail: 'The Sync App started' });
  if (wasRunning && running) {
    const before = syncAppPids(previous);
    const after = syncAppPids(next);
    if (before.length > 0 && after.length > 0 && !after.some((pid) => before.includes(pid))) {
      events.push({ at, type: 'syncapp-started', detail: `The Sync App restarted (process ${before.join(', ')} → ${after.join(', ')})` });
    }
  }
  const verdictsBefore = pathVerdicts(previous);
  const verdictsAfter = pathVerdicts(next);
  for (const path of new Set([...verdictsBefore.keys(), ...verdictsAfter.keys()])) {
    const detail = describePathChange(path, verdictsBefore.get(path), verdictsAfter.get(path));
    if (detail !== undefined) events.push({ at, type: 'path-changed', detail });
  }
  return events;
}
