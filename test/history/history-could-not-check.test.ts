import { describe, expect, it } from 'vitest';
import { historyEventsBetween, syncAppStateKnown } from '../../src-main/history/report-history-events.js';
import type { Report } from '../../src-shared/model/report-schema.js';
import { reportFor } from '../monitor/monitor-fakes.js';

const AT = '2026-11-21T09:00:00.000Z';
const running = { syncAppPid: 100, configuredPathExists: true, datasets: [] };

/** A check whose process list failed: nothing seen running, and the report says it could not check. */
function couldNotCheck(): Report {
  const report = reportFor({ ...running, syncAppPid: undefined }, AT);
  report.findings[0] = { code: 'syncapp.unknown', severity: 'warn', title: 'Could not check whether the Sync App is running', detail: 'd', guidance: [] };
  report.status = 'warn';
  return report;
}

/** Runs a series of reports through the history as the monitor does, keeping the last report that saw the Sync App. */
function eventsOf(reports: Report[]) {
  let previous: Report | undefined;
  let lastKnown: Report | undefined;
  return reports.flatMap((report) => {
    const events = historyEventsBetween(previous, report, AT, { lastKnownSyncApp: lastKnown });
    previous = report;
    if (syncAppStateKnown(report)) lastKnown = report;
    return events.filter((e) => e.type.startsWith('syncapp'));
  });
}

describe('the history draws no start or stop from a check that could not see the Sync App', () => {
  it('running, could not check, running: no stop and no start', () => {
    expect(eventsOf([reportFor(running, AT), couldNotCheck(), reportFor(running, AT)]).map((e) => e.detail)).toEqual(['Already running when monitoring began']);
  });

  it('running, could not check, stopped: one stop, when it was seen stopped', () => {
    expect(eventsOf([reportFor(running, AT), couldNotCheck(), reportFor({ ...running, syncAppPid: undefined }, AT)]).map((e) => e.detail)).toEqual([
      'Already running when monitoring began',
      'The Sync App stopped',
    ]);
  });

  it('could not check when monitoring began: the state is recorded once it can be checked', () => {
    expect(eventsOf([couldNotCheck(), couldNotCheck(), reportFor(running, AT)]).map((e) => e.detail)).toEqual(['Already running once it could be checked']);
  });
});
