import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The window's UI. Built to dist/renderer/, loaded by Electron from disk and served by the
// loopback preview server at `/`, so every URL in it is relative (`base: './'`). The page's
// CSP is `script-src 'self'`: the build emits no inline script and nothing uses eval.
export default defineConfig({
  root: new URL('./src-renderer', import.meta.url).pathname,
  base: './',
  plugins: [react()],
  build: {
    outDir: new URL('./dist/renderer', import.meta.url).pathname,
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    sourcemap: true,
    target: 'es2022',
    rollupOptions: {
      // zod's sources carry comments Rollup cannot place; they are harmless, so not repeated on every build.
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
        warn(warning);
      },
    },
  },
});
