import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src-shared/model/report-schema.js';
import { allClearSentence, pathsSentence, syncAppSentence, syncAppState } from '../../src-shared/report/state-sentences.js';

// The words the CLI's summary line, the text report and the window say for the Sync App and the
// AutoEntry paths: one sentence per state, never more than the findings show (the finding codes
// and what each means: spec/report.md, "Finding codes").

function finding(code: Finding['code'], severity: Finding['severity'] = 'info'): Finding {
  return { code, severity, title: `title of ${code}`, detail: `detail of ${code}`, guidance: [] };
}

function report(codes: Array<Finding['code']>, inventory: Record<string, unknown> = {}): Report {
  return {
    format: 'sync-doctor/report@1',
    status: 'ok',
    generatedAt: '2026-11-20T09:30:02Z',
    machine: { computerName: 'OFFICE-PC1', userName: 'jane' },
    findings: codes.map((code) => finding(code)),
    inventory,
  };
}

describe('the Sync App in one sentence', () => {
  it('says each state as its finding shows it', () => {
    expect(syncAppSentence(report(['syncapp.running']))).toBe('Sync App running here');
    expect(syncAppSentence(report(['syncapp.not-running']))).toBe('Sync App installed here, not running');
    expect(syncAppSentence(report(['syncapp.not-installed']))).toBe('Sync App not installed here');
    expect(syncAppSentence(report(['syncapp.unknown']))).toBe('Sync App could not be checked');
    expect(syncAppSentence(report([]))).toBe('Sync App not checked');
    expect(syncAppSentence(report(['sage.found', 'path.match']))).toBe('Sync App not checked');
  });

  it('names the computer AutoEntry expects it on, or "another computer" when none was given', () => {
    const location = { syncApp: { location: 'SYNC-PC' } };
    expect(syncAppSentence(report(['syncapp.location-mismatch'], location))).toBe('Sync App running here, but AutoEntry expects it on SYNC-PC');
    expect(syncAppSentence(report(['syncapp.elsewhere'], location))).toBe('Sync App expected on SYNC-PC, not checked here');
    expect(syncAppSentence(report(['syncapp.location-mismatch']))).toBe('Sync App running here, but AutoEntry expects it on another computer');
    // A location of blanks is no location.
    expect(syncAppSentence(report(['syncapp.elsewhere'], { syncApp: { location: '  ' } }))).toBe('Sync App expected on another computer, not checked here');
    expect(syncAppSentence(report(['syncapp.elsewhere'], { syncApp: { location: 42 } }))).toBe('Sync App expected on another computer, not checked here');
    // A location with blanks around it is said as given.
    expect(syncAppSentence(report(['syncapp.elsewhere'], { syncApp: { location: ' SYNC-PC' } }))).toBe('Sync App expected on  SYNC-PC, not checked here');
  });

  it('when findings show two states, the one that matters more wins', () => {
    expect(syncAppState(report(['syncapp.running', 'syncapp.location-mismatch']))).toBe('location-mismatch');
    expect(syncAppState(report(['syncapp.not-running', 'syncapp.running']))).toBe('running');
    expect(syncAppState(report(['syncapp.elsewhere', 'syncapp.not-running']))).toBe('not-running');
    expect(syncAppState(report(['syncapp.not-installed', 'syncapp.elsewhere']))).toBe('elsewhere');
    expect(syncAppState(report(['syncapp.unknown', 'syncapp.not-installed']))).toBe('not-installed');
    expect(syncAppState(report(['syncapp.unknown']))).toBe('unknown');
    expect(syncAppState(report(['sage.found']))).toBe('none');
  });
});

describe('the AutoEntry paths in one phrase', () => {
  it('tells a path not given from no path checked', () => {
    expect(pathsSentence(report(['syncapp.running']))).toBe('no AutoEntry path checked');
    expect(pathsSentence(report(['syncapp.running', 'path.not-configured']))).toBe('no AutoEntry path given');
  });

  it('counts the paths that are the data in use among the verdicts only', () => {
    expect(pathsSentence(report(['path.match']))).toBe('the AutoEntry path is the data in use');
    expect(pathsSentence(report(['path.match', 'path.match', 'sage.found']))).toBe('all 2 AutoEntry paths are the data in use');
    expect(pathsSentence(report(['path.match', 'path.stale-version']))).toBe('1 of 2 AutoEntry paths are the data in use');
    expect(pathsSentence(report(['path.unreachable', 'path.missing', 'path.match']))).toBe('1 of 3 AutoEntry paths are the data in use');
    expect(pathsSentence(report(['path.denied']))).toBe('0 of 1 AutoEntry paths are the data in use');
  });
});

describe('what an all-clear may say', () => {
  it('says invoices can get through only when the Sync App runs here and every path matches', () => {
    expect(allClearSentence(report(['syncapp.running', 'path.match', 'sage.found']))).toBe(
      'Invoices published in AutoEntry can reach the accounting software: the Sync App runs here and the AutoEntry path is the data in use.',
    );
    // One path of two not confirmed: no promise.
    expect(allClearSentence(report(['syncapp.running', 'path.match', 'path.unverified']))).toBe(
      'Nothing wrong was found on this PC: Sync App running here; 1 of 2 AutoEntry paths are the data in use.',
    );
    // No path checked: no promise either.
    expect(allClearSentence(report(['syncapp.running', 'path.not-configured']))).toBe('Nothing wrong was found on this PC: Sync App running here; no AutoEntry path given.');
    expect(allClearSentence(report(['syncapp.not-running', 'path.match']))).toBe('Nothing wrong was found on this PC: Sync App installed here, not running; the AutoEntry path is the data in use.');
  });
});
