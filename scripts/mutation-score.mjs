// The mutation score of one Stryker JSON report (mutation-testing-report-schema), as Stryker
// itself counts it: detected (killed or timed out) ÷ valid (detected + survived + no coverage).
// Ignored mutants and mutants that did not compile or crashed the run are left out.

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/**
 * @param {{ files: Record<string, { mutants: { status: string }[] }> }} report
 * @returns {{ detected: number, undetected: number, score: number | undefined }}
 */
export function mutationScore(report) {
  let detected = 0;
  let undetected = 0;
  for (const file of Object.values(report.files)) {
    for (const mutant of file.mutants) {
      if (DETECTED.has(mutant.status)) detected += 1;
      else if (UNDETECTED.has(mutant.status)) undetected += 1;
    }
  }
  const valid = detected + undetected;
  return { detected, undetected, score: valid === 0 ? undefined : (100 * detected) / valid };
}
