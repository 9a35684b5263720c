// Mutation testing (`npm run test:mutation`; not part of `npm test`): StrykerJS changes one
// operator, condition or literal at a time in the modules of one group (scripts/mutation-groups.mjs)
// and runs that group's tests; a mutant the tests do not notice ("survived") is a bug they would miss.
// Scores: bench/RESULTS.md. `npm run test:mutation` (scripts/mutation.mjs) runs every group in
// turn and fails when one scores below the break threshold; one group on its own:
// MUTATION_GROUP=redaction npx stryker run.

import { BREAK_THRESHOLD, GROUPS } from './scripts/mutation-groups.mjs';

const groupName = process.env['MUTATION_GROUP'] ?? '';

function selectedGroup() {
  if (groupName === '') {
    throw new Error(`Set MUTATION_GROUP to one of ${Object.keys(GROUPS).join(', ')} — or run npm run test:mutation for every gated group`);
  }
  const group = GROUPS[groupName];
  if (group === undefined) throw new Error(`MUTATION_GROUP=${groupName}: not one of ${Object.keys(GROUPS).join(', ')}`);
  return group;
}

function options() {
  const group = selectedGroup();
  // The group's tests, handed to vitest (vitest.mutation.config.ts reads MUTATION_TESTS; the test
  // runner processes inherit this environment) and not to Stryker's `testFiles`: with `testFiles`,
  // Stryker 9.6 gives a static mutant that file list as a test filter and so activates it at run
  // time, after its module has loaded — every static mutant "survived" unseen
  // (stryker-mutator/stryker-js#6144; bench/RESULTS.md, terminal-output at the gate).
  if (group.testFiles !== undefined) process.env['MUTATION_TESTS'] = group.testFiles.join(',');
  return {
    testRunner: 'vitest',
    // related: false — with it on, mutants that need every test ran none here (vitest 4.1), and
    // so "survived"; MUTATION_TESTS (above) narrows the tests instead.
    vitest: { configFile: 'vitest.mutation.config.ts', related: false },
    plugins: ['@stryker-mutator/vitest-runner'],
    mutate: group.mutate,
    coverageAnalysis: 'perTest',
    // Mutants in code that runs only while modules load (tables, patterns) each need a reload
    // of the group's tests: left out of the score (ignored), except in the groups that count
    // them (`countStatic`: the security groups, where a table entry is the rule).
    ignoreStatic: group.countStatic !== true,
    concurrency: Number(process.env['MUTATION_CONCURRENCY'] ?? 2),
    timeoutFactor: 3,
    timeoutMS: 10_000,
    incremental: true,
    incrementalFile: `reports/stryker-incremental-${groupName}.json`,
    thresholds: { high: 90, low: BREAK_THRESHOLD, break: BREAK_THRESHOLD },
    reporters: ['clear-text', 'progress', 'html', 'json'],
    htmlReporter: { fileName: `reports/mutation/${groupName}.html` },
    jsonReporter: { fileName: `reports/mutation/${groupName}.json` },
    tempDirName: `.stryker-tmp-${groupName}`,
    // Groups may run side by side: no sandbox copies another group's sandbox or the reports.
    ignorePatterns: ['/.stryker-tmp-*/', '/reports/'],
    cleanTempDir: 'always',
  };
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default options();
