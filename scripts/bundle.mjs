#!/usr/bin/env node
// The bundled start (run by `npm run build`, so by `npm ci` too): the command line (one CommonJS
// file per command in dist/cli/, each with its V8 code cache), the Electron main process and the
// preload (dist/bundle/: one file plus a few chunks). Every module file opened costs start-up time
// (and, on an office PC, an antivirus scan), so node_modules are bundled too. Heavy libraries
// (conf/ajv, winston, iconv-lite) are reached only through `await import(...)` by the code that
// uses them: their own chunks in the app's build; in a command's, lazily initialised parts of its
// one file (winston) or files of their own beside it, required when first used (iconv-lite,
// csv-parse, conf: dist/cli/vendor-*.cjs, below). The tsc output in dist/src-main stays for the
// scripts and benches.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/bundle`;
// CommonJS libraries inside an ES module bundle call require() for Node's own modules. The real
// require is made on the first call: building it (Node's CommonJS loader paths) costs ≈1 ms, and
// a start that runs no CommonJS library (`--help`, `check --machine`) never needs it.
const requireShim =
  "import { createRequire as __sdCreateRequire } from 'node:module'; let __sdRequire; const require = (id) => (__sdRequire ??= __sdCreateRequire(import.meta.url))(id);";

// zod's namespaces (z, core) re-export every language's error messages (`z.locales`, ≈260 KB that every
// check would compile at start-up). Sync Doctor never switches zod's language, so the bundle's
// `z.locales` holds English only (what zod classic configures itself with, and what
// src-shared/zod-mini-english.ts configures for zod/mini, which sets none).
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

// The command line is built once per command (`dist/cli/cli-check.cjs`, `cli-scan.cjs`, …) and
// once for the help (`cli.cjs`); bin/sync-doctor.js starts the one its command names. Each is the
// whole of src-main/cli/main.ts with the other commands left out, in ONE CommonJS file: what only
// some runs need (the settings store, this PC's host adapter) is in the same file but evaluated
// only when it is imported (esbuild turns the dynamic `import()` into a lazy initialiser). One
// file, because Node 20 keeps no compiled code for ES modules: a CommonJS script can be compiled
// through `vm.Script` with V8's code cache, which the build makes beside each bundle
// (scripts/produce-code-cache.cjs) and bin/load-bundle.js uses when it can trust it. A command
// left out of a build is a module that only says where it is, never loaded by the bin.
export const CLI_COMMANDS = ['check', 'collect', 'office', 'scan', 'serve', 'watch'];
const cliOutdir = `${root}dist/cli`;
const onlyCommand = (kept) => ({
  name: 'only-command',
  setup(builder) {
    builder.onResolve({ filter: /^\.\/([a-z]+)-command\.js$/ }, (args) => {
      const name = /^\.\/([a-z]+)-command\.js$/.exec(args.path)[1];
      if (!/[\\/]src-main[\\/]cli[\\/]main\.ts$/.test(args.importer) || name === kept || !CLI_COMMANDS.includes(name)) return undefined;
      return { path: name, namespace: 'command-built-apart' };
    });
    builder.onLoad({ filter: /.*/, namespace: 'command-built-apart' }, (args) => ({
      contents: `throw new Error('sync-doctor ${args.path} is built apart (dist/cli/cli-${args.path}.cjs): run it through bin/sync-doctor.js');`,
      loader: 'js',
    }));
  },
});

// The help runs no command, so it never checks this PC nor reads settings: its build leaves out
// what `cli-deps.ts` imports when a command asks (the host adapters, the settings readers).
const noCommandDeps = {
  name: 'no-command-deps',
  setup(builder) {
    builder.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) =>
      /[\\/]src-main[\\/]cli[\\/]cli-deps\.ts$/.test(args.importer) && args.kind === 'dynamic-import' ? { path: args.path, namespace: 'help-only' } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'help-only' }, (args) => ({
      contents: `throw new Error('${args.path} is not in the help build (dist/cli/cli.cjs)');`,
      loader: 'js',
    }));
  },
};

// The libraries only some runs of a command need — iconv-lite and csv-parse (the Windows adapter
// reading console output) and conf with ajv (the settings store, for an old or damaged settings
// file) — are built once each into a file of their own beside the commands
// (dist/cli/vendor-<name>.cjs) and required from there when first used. Inside a command's one
// file they would be ≈ 700 of its ≈ 980 KB: text that every start reads and decodes, although a
// check of a snapshot, or on Linux, never runs a line of them. (They are loaded by Node's own
// require, without a code cache: the runs that need them start PowerShell or migrate a file.)
// Each file's module.exports is what the command's `import` of the library takes as its default
// export (the command is built in Node's mode: an ES module library gives its `default`).
export const VENDOR_LIBRARIES = {
  'iconv-lite': { file: 'vendor-iconv-lite.cjs', exports: 'require("iconv-lite")' },
  'csv-parse/sync': { file: 'vendor-csv-parse-sync.cjs', exports: 'require("csv-parse/sync")' },
  conf: { file: 'vendor-conf.cjs', exports: 'require("conf").default' },
};
const vendorLibrariesApart = {
  name: 'vendor-libraries-apart',
  setup(builder) {
    const names = Object.keys(VENDOR_LIBRARIES).map((name) => name.replace(/[/.-]/g, '\\$&'));
    builder.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, (args) => ({ path: args.path, namespace: 'vendor-apart' }));
    // The command's bundle runs with its own folder as __dirname (bin/load-bundle.js).
    builder.onLoad({ filter: /.*/, namespace: 'vendor-apart' }, (args) => ({
      contents: `module.exports = require(__dirname + ${JSON.stringify(`/${VENDOR_LIBRARIES[args.path].file}`)});`,
      loader: 'js',
    }));
  },
};
const vendorLibrary = async ({ file, exports }) => {
  await build({ ...common, stdin: { contents: `module.exports = ${exports};`, resolveDir: root, loader: 'js' }, outfile: `${cliOutdir}/${file}`, format: 'cjs', minify: true });
};

// A command's entry imports its module up front (beside main.ts, which imports it when it runs).
const commandEntry = {
  name: 'command-entry',
  setup(builder) {
    builder.onResolve({ filter: /^command-entry:/ }, (args) => ({ path: args.path.slice('command-entry:'.length), namespace: 'command-entry' }));
    builder.onLoad({ filter: /.*/, namespace: 'command-entry' }, (args) => ({
      contents: `import './src-main/cli/${args.path}-command.ts';\nexport { runCli, whenOutputWritten } from './src-main/cli/main.ts';\n`,
      resolveDir: root,
      loader: 'ts',
    }));
  },
};

// The runs whose compiled functions each command's code cache holds (their output is thrown
// away): the help, and what a start of the command most often does. V8 deserialises a whole
// cache at every start, so `check` has two: its own (`cli-check.cjs.v8cache`: a check of this
// PC) and one for a check of a snapshot file (`cli-check.cjs.machine.v8cache`, used when the
// command line has `--machine`: bin/sync-doctor.js) — each without the other's functions (the
// live host and the settings file's reader; the snapshot's reader, schema and host). `check`
// without a path checks the build machine itself (read-only) with a saved settings file — not on
// Windows, where that would start PowerShell inside the build: there the check's own cache is
// made from the snapshot runs, as the machine cache is. A run whose files are missing (an
// installed package has no test/) is left out.
const fixture = (path) => (existsSync(join(root, path)) ? join(root, path) : undefined);
const trainingMachine = fixture('test/fixtures/machines/sage-stale-after-upgrade.json');
const trainingOffice = fixture('test/fixtures/offices/healthy');
/** Each cache a command's build makes ('' its own, else the kind of start: codeCacheFileOf), with the runs it is made after. */
const trainingRuns = (command, scratch) => {
  const checkHelp = ['check', '--help'];
  const machineChecks = [checkHelp, trainingMachine && ['check', '--machine', trainingMachine, '--json'], trainingMachine && ['check', '--machine', trainingMachine]];
  const caches = {
    check: { '': process.platform === 'win32' ? machineChecks : [checkHelp, ['check', '--json'], ['check']], machine: machineChecks },
    collect: { '': [['collect', '--help'], trainingMachine && ['collect', '--machine', trainingMachine, '--out', '-']] },
    office: { '': [['office', '--help'], trainingOffice && ['office', trainingOffice, '--summary']] },
    scan: { '': [['scan', '--help'], ['scan', scratch, '--json']] },
    serve: { '': [['serve', '--help']] },
    watch: { '': [['watch', '--help']] },
  }[command];
  return Object.entries(caches).map(([start, runs]) => ({ start, runs: runs.filter(Boolean) }));
};

/** A scratch settings folder (a saved settings file, as a PC that uses the app has) and a small tree to scan. */
function trainingScratch() {
  const dir = mkdtempSync(join(os.tmpdir(), 'sd-code-cache-'));
  const company = join(dir, 'company', 'ACCDATA');
  mkdirSync(company, { recursive: true });
  writeFileSync(join(company, 'SETUP.DTA'), '');
  mkdirSync(join(dir, 'config'));
  writeFileSync(
    join(dir, 'config', 'config.json'),
    JSON.stringify({ companies: [{ id: 'c1', name: 'Build Ltd', software: 'sage', path: join(dir, 'company') }], __internal__: { migrations: { version: '1.0.0' } } }),
  );
  return dir;
}

/** In a CommonJS bundle, `import.meta.url` (code shared with the ES module sources asks for its own file's URL) made when asked. */
const CJS_IMPORT_META_BANNER = { js: 'var __sdImportMeta = { get url() { return require("node:url").pathToFileURL(__filename).href; } };' };

// Each command's file is the CommonJS wrapper around the bundle (bin/load-bundle.js compiles it as
// it is read, without making a wrapped copy of it at every start).
const { WRAPPER_START, WRAPPER_END } = createRequire(import.meta.url)('../bin/load-bundle.js');

/** Builds one command's CommonJS bundle, ends it with its build id, and makes its code cache. */
const cliBundle = async (name, entry, plugins, scratch) => {
  const outfile = `${cliOutdir}/${name}.cjs`;
  const result = await build({
    ...common,
    plugins: [...common.plugins, vendorLibrariesApart, ...plugins],
    entryPoints: [entry],
    outfile,
    format: 'cjs',
    minify: true,
    external: ['electron'],
    // Code shared with the ES module sources asks for its own file's URL (package-root.ts), made when asked.
    // The office's worker threads run the pool's own file beside the command (officeWorker below).
    define: { 'import.meta.url': '__sdImportMeta.url', SD_OFFICE_WORKER_FILE: JSON.stringify(`./${OFFICE_WORKER}`) },
    banner: { js: `${WRAPPER_START}${CJS_IMPORT_META_BANNER.js}` },
    footer: { js: WRAPPER_END.slice(1) },
    metafile: true,
  });
  writeFileSync(`${cliOutdir}/${name}.meta.json`, JSON.stringify(result.metafile));
  // The build id (bin/load-bundle.js): a code cache is used only for the bundle it was made from.
  const text = readFileSync(outfile, 'utf8');
  writeFileSync(outfile, `${text}\n//# sdBuild=${createHash('sha256').update(text).digest('hex')}\n`);
  // The help's file is small (≈9 KB): compiling it costs less than checking a cache (node:zlib's CRC-32).
  if (name === 'cli') return;
  for (const { start, runs } of trainingRuns(name.slice('cli-'.length), scratch)) {
    const produced = spawnSync(process.execPath, [join(root, 'scripts/produce-code-cache.cjs'), outfile, start, ...runs.map((argv) => JSON.stringify(argv))], {
      env: { ...process.env, SYNC_DOCTOR_CONFIG_DIR: join(scratch, 'config') },
      // Output into a pipe, as a fleet's tools read it (its writing code is then in the cache too).
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
      encoding: 'utf8',
    });
    if (produced.status !== 0) throw new Error(`code cache of ${name}${start && ` (${start})`}: ${produced.stderr}`);
  }
};

/**
 * The office's worker threads' script (src-main/check/office-observer-pool.ts as one CommonJS file
 * of its own): inside cli-office.cjs the pool is one module among all the others, and a worker
 * must load only what it runs.
 */
const OFFICE_WORKER = 'office-worker.cjs';
const officeWorker = async () => {
  const result = await build({
    ...common,
    entryPoints: ['src-main/check/office-observer-pool.ts'],
    outfile: `${cliOutdir}/${OFFICE_WORKER}`,
    format: 'cjs',
    minify: true,
    external: ['electron'],
    define: { 'import.meta.url': '__sdImportMeta.url' },
    banner: CJS_IMPORT_META_BANNER,
    metafile: true,
  });
  writeFileSync(`${cliOutdir}/office-worker.meta.json`, JSON.stringify(result.metafile));
};

rmSync(outdir, { recursive: true, force: true });
rmSync(cliOutdir, { recursive: true, force: true });
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

const scratch = trainingScratch();
try {
  await Promise.all([
    cliBundle('cli', 'src-main/cli/main.ts', [onlyCommand(undefined), noCommandDeps], scratch),
    ...CLI_COMMANDS.map((command) => cliBundle(`cli-${command}`, `command-entry:${command}`, [onlyCommand(command), commandEntry], scratch)),
    officeWorker(),
    ...Object.values(VENDOR_LIBRARIES).map(vendorLibrary),
    esm('main', 'src-main/electron/main.ts'),
    // The preload runs sandboxed, where only `electron` can be required: one CommonJS file.
    build({ ...common, entryPoints: ['src-main/electron/preload.cts'], outfile: `${outdir}/preload.cjs`, format: 'cjs', external: ['electron'] }),
  ]);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
