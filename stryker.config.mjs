// Mutation testing (`npm run test:mutation`; not part of `npm test`): StrykerJS changes one
// operator, condition or literal at a time in the modules below and runs the unit tests that
// cover it; a mutant the tests do not notice ("survived") is a bug they would miss.
// Scores: bench/RESULTS.md. On a shared 2-core machine the whole set takes a long while; for a
// few files: npx stryker run --mutate 'src-shared/parsers/**/*.ts'; for one group below,
// MUTATION_GROUP=redaction npx stryker run.

/**
 * The modules under mutation testing, by group: src-shared/ and the security-relevant parts of
 * src-main (the preview's access rules, support-bundle redaction, the window's hardening
 * policy, the parsers of Windows command output).
 */
const GROUPS = {
  'preview-window': ['src-main/preview/preview-access.ts', 'src-main/app/window-policy.ts', 'src-main/app/trusted-senders.ts'],
  'shared-parsers': ['src-shared/parsers/**/*.ts'],
  'windows-parsers': ['src-main/host/windows/*-output.ts'],
  winpath: ['src-shared/winpath/**/*.ts'],
  redaction: ['src-main/collect/redact-*.ts', 'src-main/collect/pseudonyms.ts'],
  'shared-rest': ['src-shared/**/*.ts', '!src-shared/parsers/**', '!src-shared/winpath/**'],
};
/**
 * The groups whose score has reached the break threshold: `npm run test:mutation` runs these and
 * fails below 85 %. The others (scores in bench/RESULTS.md) are measured one at a time with
 * MUTATION_GROUP=<name> npx stryker run — and fail the same threshold until their tests catch up.
 */
const GATED = ['preview-window', 'shared-parsers', 'redaction', 'windows-parsers'];

const group = process.env['MUTATION_GROUP'] ?? '';

function selectedModules() {
  if (group === '') return GATED.flatMap((name) => GROUPS[name]);
  // Every group: src-shared/** once, without the exclusions that carve 'shared-rest' out of it.
  if (group === 'all') return [...new Set(Object.values(GROUPS).flat().filter((glob) => !glob.startsWith('!')))];
  const modules = GROUPS[group];
  if (modules === undefined) throw new Error(`MUTATION_GROUP=${group}: not one of ${Object.keys(GROUPS).join(', ')}, all`);
  return modules;
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // related: false — with it on, mutants that need every test ran none here (vitest 4.1), and
  // so "survived"; MUTATION_TESTS (see vitest.mutation.config.ts) narrows the tests instead.
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: selectedModules(),
  coverageAnalysis: 'perTest',
  // Mutants in code that runs only while modules load (tables, patterns) would each need a
  // full reload of the suite: hours here. Ignored mutants are left out of the score.
  ignoreStatic: true,
  concurrency: 2,
  timeoutFactor: 3,
  timeoutMS: 10_000,
  incremental: true,
  incrementalFile: `reports/stryker-incremental-${group === '' ? 'gated' : group}.json`,
  thresholds: { high: 90, low: 85, break: 85 },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
