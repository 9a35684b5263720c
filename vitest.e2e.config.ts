import { defineConfig } from 'vitest/config';
import ClosingLineReporter from './test/support/closing-line-reporter.js';

// The window end to end: the preview server in-process, the built UI (dist/renderer, made by
// `vite build` in `npm run test:e2e`) and Debian's Chromium driven by the playwright package (which downloads no browser of its own).
export default defineConfig({
  resolve: {
    alias: { electron: new URL('./test/support/electron-stub.ts', import.meta.url).pathname },
  },
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: false,
    reporters: ['default', new ClosingLineReporter('e2e')],
  },
});
