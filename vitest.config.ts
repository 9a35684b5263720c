import { defineConfig } from 'vitest/config';
import ClosingLineReporter from './test/support/closing-line-reporter.js';

// `electron` cannot load in plain Node (it downloads its runtime on first use), so every
// test that reaches code importing it gets the stand-in under test/support instead.
export default defineConfig({
  resolve: {
    alias: { electron: new URL('./test/support/electron-stub.ts', import.meta.url).pathname },
  },
  // Also compile .cts (the sandboxed preload is CommonJS TypeScript).
  esbuild: { include: /\.[cm]?tsx?$/ },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'test/windows/**', 'node_modules/**'],
    environment: 'node',
    // Above test/support/eventually.ts PATIENCE_MS: reached only by a test that has already failed.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // electron-store imports `electron` itself: inlined, it gets the stand-in too.
    server: { deps: { inline: ['electron-store'] } },
    reporters: ['default', new ClosingLineReporter('unit')],
  },
});
