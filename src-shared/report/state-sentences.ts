import { isPathVerdict } from '../model/finding-codes.js';
import type { Report } from '../model/report-schema.js';

/**
 * One sentence per state, from the findings that show it — never more than they show. The
 * CLI's summary line, the text report, the window's banner and cards all say the states
 * with these words, so a claim ("running", "matches") appears only beside its finding.
 */
export type SyncAppState = 'running' | 'not-running' | 'elsewhere' | 'not-installed' | 'location-mismatch' | 'unknown' | 'none';

export function syncAppState(report: Report): SyncAppState {
  const codes = new Set(report.findings.map((f) => f.code));
  if (codes.has('syncapp.location-mismatch')) return 'location-mismatch';
  if (codes.has('syncapp.running')) return 'running';
  if (codes.has('syncapp.not-running')) return 'not-running';
  if (codes.has('syncapp.elsewhere')) return 'elsewhere';
  if (codes.has('syncapp.not-installed')) return 'not-installed';
  if (codes.has('syncapp.unknown')) return 'unknown';
  return 'none';
}

/** The Sync App location the report was made with (AutoEntry's Integrate page), when one was given. */
export function syncAppLocation(report: Report): string | undefined {
  const syncApp = (report.inventory as { syncApp?: { location?: unknown } }).syncApp;
  return typeof syncApp?.location === 'string' && syncApp.location.trim() !== '' ? syncApp.location : undefined;
}

/** "Sync App running here", "Sync App expected on SYNC-PC, not checked here", … */
export function syncAppSentence(report: Report): string {
  const where = syncAppLocation(report) ?? 'another computer';
  switch (syncAppState(report)) {
    case 'running':
      return 'Sync App running here';
    case 'location-mismatch':
      return `Sync App running here, but AutoEntry expects it on ${where}`;
    case 'not-running':
      return 'Sync App installed here, not running';
    case 'elsewhere':
      return `Sync App expected on ${where}, not checked here`;
    case 'not-installed':
      return 'Sync App not installed here';
    case 'unknown':
      return 'Sync App could not be checked';
    case 'none':
      return 'Sync App not checked';
  }
}

/** What the report shows of the AutoEntry paths, in one phrase. */
export function pathsSentence(report: Report): string {
  const verdicts = report.findings.filter((f) => isPathVerdict(f.code));
  if (verdicts.length === 0) return report.findings.some((f) => f.code === 'path.not-configured') ? 'no AutoEntry path given' : 'no AutoEntry path checked';
  const matches = verdicts.filter((f) => f.code === 'path.match').length;
  if (matches === verdicts.length) return verdicts.length === 1 ? 'the AutoEntry path is the data in use' : `all ${verdicts.length} AutoEntry paths are the data in use`;
  return `${matches} of ${verdicts.length} AutoEntry paths are the data in use`;
}

/**
 * What an all-clear may say: invoices can get through only when the Sync App runs here and every
 * path matches; otherwise it says what was found and where the rest must be checked.
 */
export function allClearSentence(report: Report): string {
  const state = syncAppState(report);
  const paths = pathsSentence(report);
  if (state === 'running' && report.findings.some((f) => f.code === 'path.match') && report.findings.every((f) => !isPathVerdict(f.code) || f.code === 'path.match')) {
    return `Invoices published in AutoEntry can reach the accounting software: the Sync App runs here and ${paths}.`;
  }
  if (state === 'elsewhere') return `Nothing wrong was found on this PC (${paths}). ${syncAppSentence(report)}: check it there, or on AutoEntry's Integrate page.`;
  return `Nothing wrong was found on this PC: ${syncAppSentence(report)}; ${paths}.`;
}
