import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// The unit suite as StrykerJS runs it for each mutant: the same tests, less the ones that
// start real processes, watch real folders or fuzz for minutes (they test the machinery
// around the mutated modules, and would make each of thousands of mutant runs slow).
export default mergeConfig(
  base,
  defineConfig({
    test: {
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
  }),
);
