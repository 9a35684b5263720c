import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OFFICE_FINDING_CODES } from '../../src-shared/office/office-codes.js';
import { officeGuidanceFor } from '../../src-shared/office/office-guidance.js';
import { readOfficeSources } from '../../src-main/check/office-sources.js';
import { runOfficeCheck } from '../../src-main/check/run-office-check.js';
import { copiedRuns, SEED_RUNS } from '../support/copied-from-seeds.js';

const OFFICES = fileURLToPath(new URL('../fixtures/offices/', import.meta.url));

describe('the office findings are worded in our own words, with steps', () => {
  it('every office problem has at least one step; office.ok none', () => {
    for (const code of OFFICE_FINDING_CODES) {
      const steps = officeGuidanceFor({ code, title: 't', detail: 'd', machines: ['SYNC-PC', 'OFFICE-PC1'], paths: { 'SYNC-PC': 'D:\\Copy', 'OFFICE-PC1': 'S:\\Sage' } });
      expect(steps.length > 0, code).toBe(code !== 'office.ok');
    }
  });

  it('no title, detail or step of any example office copies the help articles', async () => {
    const texts: string[] = [];
    for (const office of readdirSync(OFFICES).filter((n) => !n.includes('.'))) {
      const report = await runOfficeCheck(await readOfficeSources([join(OFFICES, office)]), { autoentryPaths: [] });
      for (const f of report.findings) texts.push(f.title, f.detail, ...f.guidance.map((s) => s.text));
    }
    expect(texts.length).toBeGreaterThan(20);
    expect(SEED_RUNS.size).toBeGreaterThan(500);
    expect(texts.flatMap(copiedRuns)).toEqual([]);
    const fleet = readFileSync(new URL('../../docs/FLEET.md', import.meta.url), 'utf8');
    expect(copiedRuns(fleet)).toEqual([]);
  });
});
