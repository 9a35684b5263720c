import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../src-main/check/run-check.js';
import type { Report } from '../../src-shared/model/report-schema.js';
import { compareReports, ruleBreaches } from './compare-reports.js';
import { fixtureMachines } from './fixture-machines.js';
import { variantsOf } from './machine-variants.js';
import { hostOnPath, WINDOWS_PATHS, type PathHost, type ReportPath } from './windows-paths.js';

/**
 * One truth through every path (issue 18): every fixture machine, and its variants, checked
 * through the snapshot host and through each Windows path over the emulator, must give the same
 * codes, severities, status and suggested paths; where a path is blind to something the
 * variant hides from it, "could not check" and nothing else. Each report must also keep the
 * spec's rules for the variant (denied is never absent).
 */
const TIMEOUT_MS = 5000;
const open: PathHost[] = [];
afterEach(() => {
  for (const path of open.splice(0)) path.close();
});

describe.each(fixtureMachines())('$name', (machine) => {
  it.each(variantsOf(machine).map((variant) => ({ variant, name: variant.name })))('$name: the same verdicts on every Windows path as from the snapshot', async ({ variant }) => {
    const reportOn = async (path: ReportPath): Promise<Report> => {
      const made = hostOnPath(path, variant.snapshot, variant.faults, { timeoutMs: TIMEOUT_MS, syncAppPatterns: machine.inputs.syncAppPatterns });
      open.push(made);
      return runCheck(made.host, machine.inputs, { timeoutMs: TIMEOUT_MS });
    };
    const reference = await reportOn('snapshot');
    const problems: string[] = ruleBreaches(reference, variant).map((b) => `snapshot: ${b}`);
    for (const path of WINDOWS_PATHS) {
      const report = await reportOn(path);
      const { differences } = compareReports(reference, report, variant.blind, path);
      problems.push(...differences.map((d) => `${path}: ${d}`), ...ruleBreaches(report, variant).map((b) => `${path}: ${b}`));
    }
    expect(problems, `\n${problems.join(`\n`)}\n`).toEqual([]);
  });
});
