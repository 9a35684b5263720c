import { defineConfig } from 'vitest/config';
import ClosingLineReporter from './test/support/closing-line-reporter.js';

// The Windows lane: the built CLI run as a Windows program (Windows node.exe under Wine) on a
// PC staged in a Wine prefix of its own. Needs `npm run build` first, as `npm test` does.
export default defineConfig({
  test: {
    include: ['test/windows/**/*.windows.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 300_000,
    pool: 'forks',
    fileParallelism: false,
    reporters: ['default', new ClosingLineReporter('windows')],
  },
});
