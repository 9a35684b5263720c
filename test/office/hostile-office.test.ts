import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OfficeReportSchema } from '../../src-shared/office/office-report-schema.js';
import { formatOfficeSummaryLine } from '../../src-shared/report/office-text.js';
import { officeSourcesFromTexts } from '../../src-main/check/office-sources.js';
import { NoReadableSnapshot, runOfficeCheck } from '../../src-main/check/run-office-check.js';

/**
 * Offices of odd snapshots: drive letters mapped to nonsense, Sage lists of garbage, link loops,
 * clashing names. The office judgement always ends in a valid office report — never a throw.
 */
const OFFICES = fileURLToPath(new URL('../fixtures/offices/', import.meta.url));
const examples = readdirSync(OFFICES).filter((n) => !n.includes('.')).flatMap((office) =>
  readdirSync(join(OFFICES, office)).map((f) => readFileSync(join(OFFICES, office, f), 'utf8')));

const oddPath = fc.oneof(
  fc.constantFrom('S:\\Sage\\Company.000', '\\\\filesrv.x.y\\ACCOUNTS\\sage\\company.000', 'C:', 'relative', '\\\\', '\\\\?\\UNC\\a\\b', 'S:\\..\\..\\x', '%X%\\y', ''),
  fc.string({ maxLength: 20 }),
);
const pcChange = fc.record({
  name: fc.constantFrom('SYNC-PC', 'sync-pc.office.local', 'OFFICE-PC1', '', ' ', 'X'),
  remote: oddPath,
  list: fc.array(oddPath, { maxLength: 4 }),
  link: fc.tuple(oddPath, oddPath),
  nd: fc.string({ maxLength: 60 }),
});

describe('hostile offices', () => {
  it('always give a valid office report', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...examples.keys()), pcChange), { minLength: 1, maxLength: 5 }), fc.array(oddPath, { maxLength: 2 }), async (pcs, autoentryPaths) => {
        const files = pcs.map(([index, change], i) => {
          const text = examples[index]!;
          let json: Record<string, unknown>;
          try {
            json = JSON.parse(text) as Record<string, unknown>;
          } catch {
            return { name: `broken-${i}.json`, text };
          }
          const host = { ...(json.host as object), computerName: change.name };
          const files = { ...(json.files as object), 'C:\\ProgramData\\Sage\\Accounts\\2025\\COMPANY': { text: change.list.join('\r\n') }, '\\\\QB-SERVER\\QBData\\Harbour Cafe.QBW.ND': { text: change.nd } };
          return { name: `pc-${i}.json`, text: JSON.stringify({ ...json, host, files, drives: { ...(json.drives as object), 'S:': { kind: 'network', remote: change.remote } }, links: { [change.link[0]]: change.link[1], [change.link[1]]: change.link[0] } }) };
        });
        try {
          const report = await runOfficeCheck(officeSourcesFromTexts(files), { autoentryPaths: autoentryPaths.filter((p) => p.trim() !== '') }, 1000);
          expect(OfficeReportSchema.safeParse(report).success).toBe(true);
          // Nothing claims the office agrees without office.ok, and office.ok never without a known path.
          const agrees = report.findings.some((f) => f.code === 'office.ok');
          if (!agrees) expect(formatOfficeSummaryLine(report)).not.toContain('every PC uses the data AutoEntry is set to');
          if (agrees) expect(report.findings.some((f) => f.code === 'office.autoentry-path-unknown')).toBe(false);
        } catch (error) {
          // Only "nothing readable" may end the check, and only when nothing was.
          expect(error).toBeInstanceOf(NoReadableSnapshot);
          expect(files.every((f) => f.name.startsWith('broken'))).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
