#!/usr/bin/env node
// The bundled start (run by `npm run build`, so by `npm ci` too): the CLI, the Electron main
// process and the preload, each built by esbuild into one file plus a few chunks in dist/bundle/.
// Every module file opened costs start-up time (and, on an office PC, an antivirus scan), so
// node_modules are bundled too. Heavy libraries (conf/ajv, winston) are reached only through
// `await import(...)` by the commands that use them, and esbuild splits them into their own
// chunks, loaded only then. The tsc output in dist/src-main stays for the scripts and benches.
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/bundle`;
// CommonJS libraries inside an ES module bundle call require() for Node's own modules.
const requireShim = "import { createRequire as __sdCreateRequire } from 'node:module'; const require = __sdCreateRequire(import.meta.url);";

// zod's namespaces (z, core) re-export every language's error messages (`z.locales`, ≈260 KB that every
// check would compile at start-up). Sync Doctor never switches zod's language, so the bundle's
// `z.locales` holds English only (the default zod configures itself with anyway).
const englishOnlyZodLocales = {
  name: 'english-only-zod-locales',
  setup(builder) {
    builder.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core|mini)[\\/]/.test(args.importer) ? { path: args.importer, namespace: 'zod-locales' } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: "export { default as en } from './en.js';",
      resolveDir: join(dirname(args.path), '..', 'locales'),
      loader: 'js',
    }));
  },
};

rmSync(outdir, { recursive: true, force: true });
const common = { plugins: [englishOnlyZodLocales], absWorkingDir: root, bundle: true, platform: 'node', target: 'node20', sourcemap: true, legalComments: 'none', logLevel: 'warning' };

// Each ES module bundle leaves its metafile (what went into which file, and which file imports
// which) beside it: test/desktop/bundled-start.test.ts reads it to check what a command loads.
const esm = async (name, entry) => {
  const result = await build({
    ...common,
    entryPoints: { [name]: entry },
    outdir,
    format: 'esm',
    splitting: true,
    minify: true,
    chunkNames: `${name}-chunks/[name]-[hash]`,
    external: ['electron'],
    banner: { js: requireShim },
    metafile: true,
  });
  writeFileSync(`${outdir}/${name}.meta.json`, JSON.stringify(result.metafile));
};

await Promise.all([
  // The CLI and the Electron main process are built apart, so that the app's eager libraries
  // (logging, the settings store) never land in a chunk the CLI loads at start-up.
  esm('cli', 'src-main/cli/main.ts'),
  esm('main', 'src-main/electron/main.ts'),
  // The preload runs sandboxed, where only `electron` can be required: one CommonJS file.
  build({ ...common, entryPoints: ['src-main/electron/preload.cts'], outfile: `${outdir}/preload.cjs`, format: 'cjs', external: ['electron'] }),
]);
