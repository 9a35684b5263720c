import type { Settings } from '../../src-shared/settings/settings-schema.js';
import type { MonitorIntervals } from './monitor.js';

/**
 * The monitor's full check runs every "Check every (seconds)" of the settings — the one interval
 * the user sets and sees. Between full checks the fast paths (a stopped Sync App, a started one,
 * a changed file) still give a new report within a second or two.
 */
export function intervalsFromSettings(settings: Pick<Settings, 'checkIntervalSeconds'>): Partial<MonitorIntervals> {
  return { fullCheckMs: settings.checkIntervalSeconds * 1000 };
}
