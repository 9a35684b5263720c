import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src-shared/model/report-schema.js';
import { describeReportChange } from '../../src-main/monitor/report-change-summary.js';

// The one line `watch` prints per new report: the problems that appeared and went away.
const finding = (code: Finding['code'], severity: Finding['severity'], title: string, configuredPath?: string): Finding => ({
  code,
  severity,
  title,
  detail: '',
  guidance: [],
  ...(configuredPath !== undefined && { configuredPath }),
});
const report = (...findings: Finding[]): Report => ({
  format: 'sync-doctor/report@1',
  status: 'ok',
  generatedAt: '2026-11-21T09:00:00Z',
  machine: { computerName: 'PC', userName: 'u' },
  findings,
  inventory: {},
});

const RUNNING = finding('syncapp.running', 'ok', 'The Sync App is running');
const STOPPED = finding('syncapp.not-running', 'error', 'The Sync App is not running');
const SERVICE = finding('sage.service-stopped', 'warn', 'The Sage data service is stopped');
const MISSING = finding('path.missing', 'error', 'The data folder is not there', 'S:\\Sage\\Company.000');

describe('the line that says what changed', () => {
  it('for the first report: all well, or its problems (warnings and errors only), with the path a title does not name', () => {
    expect(describeReportChange(undefined, report(RUNNING))).toBe('All well: nothing needs attention.');
    expect(describeReportChange(undefined, report(RUNNING, STOPPED))).toBe('1 problem: The Sync App is not running');
    expect(describeReportChange(undefined, report(STOPPED, SERVICE, MISSING))).toBe(
      '3 problems: The Sync App is not running; The Sage data service is stopped; The data folder is not there (S:\\Sage\\Company.000)',
    );
    const titled = finding('path.missing', 'error', 'S:\\Sage\\Company.000 is not there', 'S:\\Sage\\Company.000');
    expect(describeReportChange(undefined, report(titled))).toBe('1 problem: S:\\Sage\\Company.000 is not there');
  });

  it('then the problems that appeared and the ones resolved', () => {
    expect(describeReportChange(report(RUNNING), report(STOPPED, SERVICE))).toBe('new: The Sync App is not running; The Sage data service is stopped');
    expect(describeReportChange(report(STOPPED, SERVICE), report(RUNNING, SERVICE))).toBe('resolved: The Sync App is not running');
    expect(describeReportChange(report(STOPPED), report(SERVICE))).toBe('new: The Sage data service is stopped · resolved: The Sync App is not running');
  });

  it('the same problem at another path is a new problem and a resolved one', () => {
    const other = { ...MISSING, configuredPath: 'T:\\Sage\\Company.000' };
    expect(describeReportChange(report(MISSING), report(other))).toBe('new: The data folder is not there (T:\\Sage\\Company.000) · resolved: The data folder is not there (S:\\Sage\\Company.000)');
  });

  it('lists several resolved or changed findings apart, and a finding that became a problem is new', () => {
    expect(describeReportChange(report(STOPPED, MISSING), report(RUNNING))).toBe('resolved: The Sync App is not running; The data folder is not there (S:\\Sage\\Company.000)');
    const found = finding('sage.found', 'info', 'Sage 50 is installed');
    const qb = finding('quickbooks.found', 'info', 'QuickBooks is installed');
    expect(describeReportChange(report(RUNNING), report(RUNNING, found, qb))).toBe('changed: Sage 50 is installed; QuickBooks is installed');
    const noted = finding('path.unverified', 'info', 'The path could not be compared');
    expect(describeReportChange(report(noted), report({ ...noted, severity: 'warn' }))).toBe('new: The path could not be compared');
  });

  it('a finding without a path is not the one at an empty path (as reportChanged tells them apart)', () => {
    const nowhere = finding('path.missing', 'error', 'The data folder is not there');
    expect(describeReportChange(report(nowhere), report({ ...nowhere, configuredPath: '' }))).toBe('new: The data folder is not there · resolved: The data folder is not there');
    expect(describeReportChange(report(nowhere), report(nowhere))).toBe('details changed');
  });

  it('with no problem come or gone: what else changed, or that details did', () => {
    const info = finding('sage.found', 'info', 'Sage 50 is installed');
    expect(describeReportChange(report(RUNNING), report(RUNNING, info))).toBe('changed: Sage 50 is installed');
    expect(describeReportChange(report(RUNNING, SERVICE), report(RUNNING, SERVICE))).toBe('details changed');
  });
});
