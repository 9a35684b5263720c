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
// CommonJS libraries inside an ES module bundle call require() for Node's own modules. The real
// require is made on the first call: building it (Node's CommonJS loader paths) costs ≈1 ms, and
// a start that runs no CommonJS library (`--help`, `check --machine`) never needs it.
const requireShim =
  "import { createRequire as __sdCreateRequire } from 'node:module'; let __sdRequire; const require = (id) => (__sdRequire ??= __sdCreateRequire(import.meta.url))(id);";

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

// The command line is built once per command (`cli-check.js`, `cli-scan.js`, …) and once for the
// help (`cli.js`); bin/sync-doctor.js starts the one its command names. Each is the whole of
// src-main/cli/main.ts with the other commands left out, so a command's start reads one file
// for its own code and zod (plus the chunks of what it loads only when needed: the settings
// store, this PC's host adapter) — not the twenty small chunks one build shared by every command
// splits into, each a module for Node to resolve, read, compile and link in turn. A command left
// out of a build is a module that only says where it is, never loaded by the bin.
export const CLI_COMMANDS = ['check', 'collect', 'office', 'scan', 'serve', 'watch'];
const onlyCommand = (kept) => ({
  name: 'only-command',
  setup(builder) {
    builder.onResolve({ filter: /^\.\/([a-z]+)-command\.js$/ }, (args) => {
      const name = /^\.\/([a-z]+)-command\.js$/.exec(args.path)[1];
      if (!/[\\/]src-main[\\/]cli[\\/]main\.ts$/.test(args.importer) || name === kept || !CLI_COMMANDS.includes(name)) return undefined;
      return { path: name, namespace: 'command-built-apart' };
    });
    builder.onLoad({ filter: /.*/, namespace: 'command-built-apart' }, (args) => ({
      contents: `throw new Error('sync-doctor ${args.path} is built apart (dist/bundle/cli-${args.path}.js): run it through bin/sync-doctor.js');`,
      loader: 'js',
    }));
  },
});

// A command's entry imports its module up front (beside main.ts, which imports it when it runs):
// its code is then in the entry's own file, not in chunks of their own.
const commandEntry = {
  name: 'command-entry',
  setup(builder) {
    builder.onResolve({ filter: /^command-entry:/ }, (args) => ({ path: args.path.slice('command-entry:'.length), namespace: 'command-entry' }));
    builder.onLoad({ filter: /.*/, namespace: 'command-entry' }, (args) => ({
      contents: `import './src-main/cli/${args.path}-command.ts';\nexport { runCli } from './src-main/cli/main.ts';\n`,
      resolveDir: root,
      loader: 'ts',
    }));
  },
};

rmSync(outdir, { recursive: true, force: true });
const common = { plugins: [englishOnlyZodLocales], absWorkingDir: root, bundle: true, platform: 'node', target: 'node20', sourcemap: true, legalComments: 'none', logLevel: 'warning' };

// Each ES module bundle leaves its metafile (what went into which file, and which file imports
// which) beside it: test/desktop/bundled-start.test.ts reads it to check what a command loads.
const esm = async (name, entry, plugins = []) => {
  const result = await build({
    ...common,
    plugins: [...common.plugins, ...plugins],
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
  esm('cli', 'src-main/cli/main.ts', [onlyCommand(undefined)]),
  ...CLI_COMMANDS.map((command) => esm(`cli-${command}`, `command-entry:${command}`, [onlyCommand(command), commandEntry])),
  esm('main', 'src-main/electron/main.ts'),
  // The preload runs sandboxed, where only `electron` can be required: one CommonJS file.
  build({ ...common, entryPoints: ['src-main/electron/preload.cts'], outfile: `${outdir}/preload.cjs`, format: 'cjs', external: ['electron'] }),
]);
