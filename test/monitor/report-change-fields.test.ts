import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src-shared/model/report-schema.js';
import { reportChanged } from '../../src-shared/report/report-change.js';

// `watch` prints a report only when it changed (spec/report.md: "whenever the status or any
// finding changes"); these pin which differences count, field by field.

const running: Finding = { code: 'syncapp.running', severity: 'ok', title: 'Running', detail: 'pid 10', guidance: [] };
const sage: Finding = { code: 'sage.found', severity: 'info', title: 'Sage found', detail: 'version 31', guidance: [] };
const path: Finding = {
  code: 'path.stale-version',
  severity: 'error',
  title: 'Old data',
  detail: 'AutoEntry points at 2024',
  configuredPath: 'C:\\Sage\\2024\\Company.000',
  suggestedPath: 'C:\\Sage\\2025\\Company.000',
  upgradedAt: '2025-04-02T08:00:00Z',
  staleDatasetLastWrite: '2026-11-19T16:40:00Z',
  software: 'sage',
  inUsePath: 'C:\\Sage\\2025\\Company.000',
  evidence: ['listed in 2024'],
  equivalence: [{ kind: 'case', text: 'case' }],
  guidance: [{ text: 'Copy the path', action: { kind: 'copy-path', path: 'C:\\Sage\\2025\\Company.000' } }, { text: 'Republish' }],
};

function report(findings: Finding[], status: Report['status'] = 'error'): Report {
  return { format: 'sync-doctor/report@1', status, generatedAt: '2026-11-20T09:30:02Z', machine: { computerName: 'PC1', userName: 'jane' }, findings, inventory: {} };
}

const before = report([running, sage, path]);

/** The same report with the path finding's fields replaced. */
function withPath(fields: Partial<Finding>): Report {
  return report([running, sage, { ...path, ...fields }]);
}

describe('which differences make a report "changed"', () => {
  it('an identical report, or one observed later, is not a change', () => {
    expect(reportChanged(before, structuredClone(before))).toBe(false);
    expect(reportChanged(before, { ...structuredClone(before), generatedAt: '2026-11-20T10:00:00Z', inventory: { pid: 11 } })).toBe(false);
  });

  it('the same findings in any order are not a change', () => {
    expect(reportChanged(before, report([path, running, sage]))).toBe(false);
    expect(reportChanged(before, report([sage, path, running]))).toBe(false);
  });

  it('a new status is a change even with the same findings', () => {
    expect(reportChanged(before, report([running, sage, path], 'warn'))).toBe(true);
  });

  it('one finding more or fewer is a change', () => {
    expect(reportChanged(before, report([running, sage]))).toBe(true);
    expect(reportChanged(report([running, sage]), before)).toBe(true);
    expect(reportChanged(report([sage]), report([sage, running]))).toBe(true);
    expect(reportChanged(report([path]), report([path, running]))).toBe(true);
  });

  it('each field of the report contract counts, on any one finding of several', () => {
    const changes: Partial<Finding>[] = [
      { code: 'path.mismatch' },
      { severity: 'warn' },
      { configuredPath: 'C:\\Sage\\2023\\Company.000' },
      { suggestedPath: 'C:\\Sage\\2026\\Company.000' },
      { upgradedAt: '2025-05-01T08:00:00Z' },
      { staleDatasetLastWrite: '2026-11-20T08:00:00Z' },
      { software: 'quickbooks' },
      { inUsePath: 'D:\\Sage\\Company.000' },
      { title: 'Older data' },
      { detail: 'AutoEntry points at 2023' },
    ];
    for (const change of changes) expect(reportChanged(before, withPath(change)), JSON.stringify(change)).toBe(true);
  });

  it('a field that appears or disappears counts', () => {
    for (const field of ['configuredPath', 'suggestedPath', 'upgradedAt', 'staleDatasetLastWrite', 'software', 'inUsePath'] as const) {
      const without = { ...path };
      delete without[field];
      expect(reportChanged(before, report([running, sage, without])), field).toBe(true);
      expect(reportChanged(report([running, sage, without]), before), field).toBe(true);
    }
  });

  it('a step of the guidance that changes its words, its button or the button\'s path counts', () => {
    const [copy, republish] = path.guidance;
    expect(reportChanged(before, withPath({ guidance: [copy!, { text: 'Publish again' }] }))).toBe(true);
    expect(reportChanged(before, withPath({ guidance: [{ ...copy!, action: { kind: 'open-folder', path: 'C:\\Sage\\2025\\Company.000' } }, republish!] }))).toBe(true);
    expect(reportChanged(before, withPath({ guidance: [{ ...copy!, action: { kind: 'copy-path', path: 'C:\\Sage\\2026\\Company.000' } }, republish!] }))).toBe(true);
    expect(reportChanged(before, withPath({ guidance: [{ text: copy!.text }, republish!] }))).toBe(true);
    expect(reportChanged(before, withPath({ guidance: [copy!] }))).toBe(true);
  });

  it('evidence and the explanation of equal spellings do not count: they explain a verdict, not change it', () => {
    expect(reportChanged(before, withPath({ evidence: ['listed in 2024', 'seen again'] }))).toBe(false);
    expect(reportChanged(before, withPath({ equivalence: [] }))).toBe(false);
    expect(reportChanged(before, withPath({ guidance: path.guidance.map((s) => ({ ...s, action: s.action && { ...s.action, label: 'Copy' } })) }))).toBe(false);
  });

  it('two findings that swap a field between them is a change', () => {
    const a: Finding = { ...path, configuredPath: 'C:\\A' };
    const b: Finding = { ...path, configuredPath: 'C:\\B', title: 'B' };
    const swapped = report([{ ...a, title: 'B' }, { ...b, title: 'Old data' }]);
    expect(reportChanged(report([a, b]), swapped)).toBe(true);
  });
});
