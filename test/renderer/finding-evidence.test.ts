import './support/uk-time.js';
import { describe, expect, it } from 'vitest';
import { findingEvidence } from '../../src-renderer/findings/finding-evidence.js';
import { staleAfterUpgradeReport } from './support/reports.js';

describe('the evidence behind a stale Sage path', () => {
  const report = staleAfterUpgradeReport();
  const stale = report.findings.find((f) => f.code === 'path.stale-version')!;

  it('says the old data was still written to after the upgrade, and what that means for invoices', () => {
    const [line] = findingEvidence(stale, report.generatedAt);
    expect(line).toContain('The 2024 data was still written to on 19 Nov at 16:40');
    expect(line).toContain('upgraded to 2025 on 2 Apr 2025');
    expect(line).toMatch(/republish them after fixing the path/);
  });

  it('without a later write, says only when the upgrade happened', () => {
    const lines = findingEvidence({ ...stale, staleDatasetLastWrite: undefined }, report.generatedAt);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/upgraded to 2025 on 2 Apr 2025/);
    expect(lines[0]).not.toMatch(/written to/);
  });

  it('says the dates itself instead of repeating the report’s line about them', () => {
    const lines = findingEvidence({ ...stale, evidence: ['The 2024 data was still written to on 19 Nov 2026, 16:40 UTC'] }, report.generatedAt);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('19 Nov at 16:40,');
  });

  it('shows other findings’ evidence lines as the report gives them', () => {
    const match = { code: 'path.match' as const, severity: 'ok' as const, title: '', detail: '', guidance: [], evidence: ['COMPANY of 2025 lists S:\\SAGE\\Company.000'] };
    expect(findingEvidence(match)).toEqual(['COMPANY of 2025 lists S:\\SAGE\\Company.000']);
  });
});
