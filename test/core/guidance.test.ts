import { describe, expect, it } from 'vitest';
import { FINDING_CODES } from '../../src-shared/model/finding-codes.js';
import { guidanceFor } from '../../src-shared/guidance/guidance.js';
import { checkSnapshot, machine } from '../support/check-machine.js';
import { copiedRuns, SEED_RUNS } from '../support/seed-runs.js';

describe('guidance', () => {
  it('gives every problem code at least one step', () => {
    for (const code of FINDING_CODES) {
      const steps = guidanceFor({ code, title: 't', detail: 'd', configuredPath: 'C:\\X', suggestedPath: 'C:\\Y' });
      const problem = !['syncapp.running', 'sage.found', 'sage.not-found', 'quickbooks.found', 'quickbooks.not-found', 'path.match'].includes(code);
      expect(steps.length > 0, code).toBe(problem);
    }
  });

  it('a wrong path is fixed in order: copy the path, reconnect, republish, archive, "already exists", no Re-Sync', () => {
    const steps = guidanceFor({ code: 'path.stale-version', title: 't', detail: 'd', configuredPath: 'C:\\Old', suggestedPath: 'C:\\New' });
    expect(steps[0]!.action).toEqual({ kind: 'copy-path', path: 'C:\\New' });
    const order = ['disconnect', 'unpublish', 'Archive', 'already exists', 'Re-Sync'].map((w) => steps.findIndex((s) => s.text.includes(w)));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('a stopped Sync App is started first and Help Centre comes before disconnecting', () => {
    const steps = guidanceFor({ code: 'syncapp.not-running', title: 't', detail: 'd' });
    expect(steps[0]!.action?.kind).toBe('start-sync-app');
    expect(steps.some((s) => s.action?.kind === 'open-help-centre')).toBe(true);
  });

  it('copies no sentence of the help-centre articles (no run of seven words)', async () => {
    const texts = FINDING_CODES.flatMap((code) => guidanceFor({ code, title: '', detail: '', configuredPath: 'C:\\X', suggestedPath: 'C:\\Y', evidence: ['C:\\Z'] }).map((s) => s.text));
    for (const name of ['sage-stale-after-upgrade', 'quickbooks-sync-app-stopped']) {
      const report = await checkSnapshot(machine(name), { autoentryPaths: ['C:\\ProgramData\\Sage\\Accounts\\2024\\Company.000'] });
      texts.push(...report.findings.flatMap((f) => [f.title, f.detail, ...(f.evidence ?? [])]));
    }
    expect(SEED_RUNS.size).toBeGreaterThan(500);
    expect(texts.flatMap(copiedRuns)).toEqual([]);
  });
});
