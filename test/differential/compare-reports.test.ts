import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src-shared/model/report-schema.js';
import { compareReports } from './compare-reports.js';
import type { Blindness } from './machine-variants.js';

/** The comparison itself: "could not check" is allowed in one direction only, and only where a path is blind. */
const finding = (code: Finding['code'], severity: Finding['severity'], extra: Partial<Finding> = {}): Finding => ({ code, severity, title: code, detail: '', guidance: [], ...extra });
const report = (status: Report['status'], ...findings: Finding[]): Report => ({
  format: 'sync-doctor/report@1',
  status,
  generatedAt: '2026-11-20T09:30:00Z',
  machine: { computerName: 'PC', userName: 'jane' },
  findings,
  inventory: {} as Report['inventory'],
});
const BLIND: Blindness[] = [{ topic: 'syncapp', verdicts: ['syncapp.not-running', 'syncapp.not-installed'], reason: 'its Uninstall key is denied' }];
const notRunning = report('error', finding('syncapp.not-running', 'error'));
const couldNotCheck = report('warn', finding('syncapp.unknown', 'warn'), finding('probe.failed', 'warn'));

describe('comparing a Windows path\'s report with the snapshot\'s', () => {
  it('accepts the same verdicts, and nothing else without a blindness', () => {
    expect(compareReports(notRunning, notRunning, []).differences).toEqual([]);
    expect(compareReports(notRunning, couldNotCheck, []).differences).not.toEqual([]);
  });

  it('lets a verdict that rests on what the path cannot see become "could not check", with the reason', () => {
    const { differences, allowed } = compareReports(notRunning, couldNotCheck, BLIND);
    expect(differences).toEqual([]);
    expect(allowed.join('\n')).toContain('its Uninstall key is denied');
  });

  it('never the other way round, never another verdict, never a verdict the blindness does not cover', () => {
    expect(compareReports(couldNotCheck, notRunning, BLIND).differences).not.toEqual([]);
    expect(compareReports(notRunning, report('error', finding('syncapp.not-installed', 'error')), BLIND).differences).not.toEqual([]);
    expect(compareReports(report('ok', finding('syncapp.running', 'ok')), couldNotCheck, BLIND).differences).not.toEqual([]);
  });

  it('holds a blindness to the paths it names', () => {
    const consoleOnly: Blindness[] = [{ ...BLIND[0]!, paths: ['console tools'] }];
    expect(compareReports(notRunning, couldNotCheck, consoleOnly, 'console tools').differences).toEqual([]);
    expect(compareReports(notRunning, couldNotCheck, consoleOnly, 'session').differences).not.toEqual([]);
  });

  it('compares suggested paths and status', () => {
    const suggests = (path: string) => report('error', finding('path.mismatch', 'error', { configuredPath: 'C:\\A', suggestedPath: path }));
    expect(compareReports(suggests('C:\\B'), suggests('C:\\C'), []).differences).not.toEqual([]);
    expect(compareReports(report('ok'), report('warn'), []).differences).toEqual(['status: the snapshot says ok, this path says warn']);
  });
});
