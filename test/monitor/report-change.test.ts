import { describe, expect, it } from 'vitest';
import { reportChanged } from '../../src-shared/report/report-change.js';
import { reportFor } from './monitor-fakes.js';

const world = { syncAppPid: 10, configuredPathExists: true, datasets: [] };

describe('when a report counts as changed', () => {
  const base = reportFor(world, '2026-11-21T09:00:00Z');

  it('the first report always counts', () => {
    expect(reportChanged(undefined, base)).toBe(true);
  });

  it('a new generatedAt, findings in another order or a new pid do not count', () => {
    const later = reportFor({ ...world, syncAppPid: 11 }, '2026-11-21T09:05:00Z');
    later.findings.reverse();
    expect(reportChanged(base, later)).toBe(false);
  });

  it('a finding that changes code, suggestedPath or any contract field counts', () => {
    expect(reportChanged(base, reportFor({ ...world, configuredPathExists: false }, base.generatedAt))).toBe(true);
    const suggested = structuredClone(base);
    suggested.findings[1] = { ...suggested.findings[1]!, suggestedPath: 'C:\\Sage\\2025\\Company.000' };
    expect(reportChanged(base, suggested)).toBe(true);
    const upgraded = structuredClone(base);
    upgraded.findings[1] = { ...upgraded.findings[1]!, upgradedAt: '2025-04-02T08:00:00Z' };
    expect(reportChanged(base, upgraded)).toBe(true);
  });

  it('an extra finding of the same code counts', () => {
    const extra = structuredClone(base);
    extra.findings.push({ ...extra.findings[1]!, configuredPath: '/data/Company.001' });
    expect(reportChanged(base, extra)).toBe(true);
  });
});
