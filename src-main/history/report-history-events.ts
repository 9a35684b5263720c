import type { HistoryEvent } from '../../src-shared/history/history-schema.js';
import type { Finding, Report } from '../../src-shared/model/report-schema.js';
import { syncAppPids, syncAppRunning } from '../../src-shared/report/report-inventory.js';

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
 * Whether the report saw the Sync App's state. Not when its look-ups failed (`syncapp.unknown`
 * with nothing seen running): the history then records no start or stop (evidence before absence).
 */
export function syncAppStateKnown(report: Report): boolean {
  return syncAppRunning(report) || !report.findings.some((f) => f.code === 'syncapp.unknown');
}

function syncAppEvents(before: Report | undefined, next: Report, at: string, first: boolean): HistoryEvent[] {
  if (!syncAppStateKnown(next)) return [];
  const running = syncAppRunning(next);
  if (before === undefined) {
    const when = first ? 'when monitoring began' : 'once it could be checked';
    return [running ? { at, type: 'syncapp-started', detail: `Already running ${when}` } : { at, type: 'syncapp-stopped', detail: `Not running ${when}` }];
  }
  const wasRunning = syncAppRunning(before);
  if (wasRunning && !running) return [{ at, type: 'syncapp-stopped', detail: 'The Sync App stopped' }];
  if (!wasRunning && running) return [{ at, type: 'syncapp-started', detail: 'The Sync App started' }];
  if (wasRunning && running) {
    const pidsBefore = syncAppPids(before);
    const pidsAfter = syncAppPids(next);
    if (pidsBefore.length > 0 && pidsAfter.length > 0 && !pidsAfter.some((pid) => pidsBefore.includes(pid))) {
      return [{ at, type: 'syncapp-started', detail: `The Sync App restarted (process ${pidsBefore.join(', ')} → ${pidsAfter.join(', ')})` }];
    }
  }
  return [];
}

/**
 * What the history should record when the monitor goes from one report to the next: the
 * monitor starting (with the Sync App's state at that moment), status changes, the Sync App
 * starting, stopping or restarting, and configured paths whose verdict or suggestion changed.
 * `lastKnownSyncApp` is the last report that saw the Sync App's state (a check whose process
 * list failed in between neither stops nor starts it).
 */
export function historyEventsBetween(
  previous: Report | undefined,
  next: Report,
  at: string,
  { lastKnownSyncApp }: { lastKnownSyncApp: Report | undefined } = { lastKnownSyncApp: previous },
): HistoryEvent[] {
  if (previous === undefined) {
    return [{ at, type: 'monitor-started', status: next.status }, ...syncAppEvents(undefined, next, at, true)];
  }
  const events: HistoryEvent[] = [];
  if (previous.status !== next.status) {
    events.push({ at, type: 'status-changed', status: next.status, previousStatus: previous.status });
  }
  events.push(...syncAppEvents(lastKnownSyncApp, next, at, false));
  const verdictsBefore = pathVerdicts(previous);
  const verdictsAfter = pathVerdicts(next);
  for (const path of new Set([...verdictsBefore.keys(), ...verdictsAfter.keys()])) {
    const detail = describePathChange(path, verdictsBefore.get(path), verdictsAfter.get(path));
    if (detail !== undefined) events.push({ at, type: 'path-changed', detail });
  }
  return events;
}
