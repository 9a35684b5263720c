// Mutation testing (`npm run test:mutation`; not part of `npm test`): StrykerJS changes one
// operator, condition or literal at a time in the modules below and runs the unit tests that
// cover it; a mutant the tests do not notice ("survived") is a bug they would miss.
// Scores: bench/RESULTS.md. On a shared 2-core machine the whole set takes a long while; for a
// few files: npx stryker run --mutate 'src-shared/parsers/**/*.ts'
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // related: false — with it on, mutants that need every test ran none here (vitest 4.1), and
  // so "survived"; MUTATION_TESTS (see vitest.mutation.config.ts) narrows the tests instead.
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'src-shared/**/*.ts',
    // Security-relevant parts of src-main: the preview's access rules, support-bundle
    // redaction, the window's hardening policy, and the parsers of Windows command output.
    'src-main/preview/preview-access.ts',
    'src-main/collect/redact-*.ts',
    'src-main/collect/pseudonyms.ts',
    'src-main/app/window-policy.ts',
    'src-main/app/trusted-senders.ts',
    'src-main/host/windows/*-output.ts',
  ],
  coverageAnalysis: 'perTest',
  // Mutants in code that runs only while modules load (tables, patterns) would each need a
  // full reload of the suite: hours here. Ignored mutants are left out of the score.
  ignoreStatic: true,
  concurrency: 2,
  timeoutFactor: 3,
  timeoutMS: 10_000,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  thresholds: { high: 90, low: 85, break: 85 },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
