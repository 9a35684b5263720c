import { describe, expect, it } from 'vitest';
import { historyEventsBetween } from '../../src-main/history/report-history-events.js';
import { reportFor } from '../monitor/monitor-fakes.js';

const AT = '2026-11-21T09:00:00.000Z';
const running = { syncAppPid: 100, configuredPathExists: true, datasets: [] };

describe('what the history records between two reports', () => {
  it('records the monitor starting with the Sync App state it found', () => {
    expect(historyEventsBetween(undefined, reportFor(running, AT), AT)).toEqual([
      { at: AT, type: 'monitor-started', status: 'ok' },
      { at: AT, type: 'syncapp-started', detail: 'Already running when monitoring began' },
    ]);
    expect(historyEventsBetween(undefined, reportFor({ ...running, syncAppPid: undefined }, AT), AT)[1]?.type).toBe('syncapp-stopped');
  });

  it('records nothing when nothing that matters changed', () => {
    expect(historyEventsBetween(reportFor(running, AT), reportFor(running, '2026-11-21T09:05:00Z'), AT)).toEqual([]);
  });

  it('records a restart of the Sync App under a new process id', () => {
    const events = historyEventsBetween(reportFor(running, AT), reportFor({ ...running, syncAppPid: 200 }, AT), AT);
    expect(events).toEqual([{ at: AT, type: 'syncapp-started', detail: 'The Sync App restarted (process 100 → 200)' }]);
  });

  it('records a configured path whose verdict or suggestion changed', () => {
    const before = reportFor(running, AT);
    const missing = reportFor({ ...running, configuredPathExists: false }, AT);
    expect(historyEventsBetween(before, missing, AT)).toEqual([
      { at: AT, type: 'status-changed', status: 'error', previousStatus: 'ok' },
      { at: AT, type: 'path-changed', detail: '/data/Company.000: path.match → path.missing' },
    ]);
    const suggested = structuredClone(missing);
    suggested.findings[1] = { ...suggested.findings[1]!, suggestedPath: '/data/Company.001' };
    expect(historyEventsBetween(missing, suggested, AT)).toEqual([
      { at: AT, type: 'path-changed', detail: '/data/Company.000: suggested path is now /data/Company.001' },
    ]);
  });
});
