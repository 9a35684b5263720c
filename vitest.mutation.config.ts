import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// The unit suite as StrykerJS runs it for each mutant: the same tests, less the ones that
// start real processes, watch real folders or fuzz for minutes (they test the machinery
// around the mutated modules, and would make each of thousands of mutant runs slow).
// MUTATION_TESTS (comma-separated test files) narrows it to the tests written for a few
// modules: `MUTATION_TESTS=test/core/parsers.test.ts npx stryker run --mutate 'src-shared/parsers/**/*.ts'`.
const only = process.env['MUTATION_TESTS']?.split(',').filter((f) => f !== '');

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    ...(only !== undefined && only.length > 0 && { include: only }),
    exclude: [
      'test/e2e/**',
      'node_modules/**',
      'test/hardening/hostile-snapshots.test.ts',
      'test/hardening/read-only.test.ts',
      'test/hardening/crash-safe-files.test.ts',
      'test/hardening/never-answering-path.test.ts',
      'test/monitor/monitor-real-process.test.ts',
      'test/monitor/monitor-file-storm.test.ts',
      'test/monitor/path-watcher.test.ts',
      'test/hosts/live-check.test.ts',
      'test/architecture/**',
    ],
    reporters: ['default'],
  },
});
