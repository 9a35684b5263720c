import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { usageOf } from '../../src-main/cli/usage.js';
import { runCliCaptured } from '../support/cli-harness.js';

// The bundled start (scripts/bundle.mjs, run by `npm run build`): needs the build.
const root = new URL('../../', import.meta.url);
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const { WRAPPER_START, WRAPPER_END } = require('../../bin/load-bundle.js') as { WRAPPER_START: string; WRAPPER_END: string };
const bin = new URL('bin/sync-doctor.js', root).pathname;
const machine = new URL('test/fixtures/machines/sage-healthy.json', root).pathname;

interface Metafile {
  outputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[]; inputs: Record<string, unknown> }>;
}
const metaOf = (build: string) => JSON.parse(readFileSync(new URL(`dist/cli/${build}.meta.json`, root), 'utf8')) as Metafile;
/** Built apart into dist/cli/vendor-*.cjs (scripts/bundle.mjs): in no command's own file. */
const vendored = /node_modules\/(iconv-lite|csv-parse|conf|ajv|ajv-formats|semver|fast-uri)\//;
const heavy = /node_modules\/(conf|ajv|ajv-formats|winston|winston-daily-rotate-file|iconv-lite|csv-parse)\//;
/** Kept out of a check's run unless it needs them: this PC's adapters and the settings readers. */
const onlyWhenNeeded = /src-main\/host\/(posix\/(posix-host|proc-)|windows\/)|src-main\/settings\/(settings-store|current-settings-file)/;

/**
 * The source files whose functions ran in a whole `sync-doctor ARGS` process (V8's own coverage,
 * NODE_V8_COVERAGE, put on the original sources through the bundle's source map).
 */
function sourcesRun(args: string[], env: NodeJS.ProcessEnv): Set<string> {
  const dir = mkdtempSync(join(tmpdir(), 'sd-coverage-'));
  try {
    const run = spawnSync(process.execPath, [bin, ...args], { env: { ...env, NODE_V8_COVERAGE: dir }, encoding: 'utf8' });
    expect(run.status, run.stderr).toBeLessThanOrEqual(2);
    const bundleFile = new URL(`dist/cli/cli-${args[0]}.cjs`, root);
    const text = readFileSync(bundleFile, 'utf8');
    const map = new SourceMap(JSON.parse(readFileSync(new URL(`dist/cli/cli-${args[0]}.cjs.map`, root), 'utf8')));
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    const sources = new Set<string>();
    for (const file of readdirSync(dir)) {
      const { result } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { result: { url: string; functions: { ranges: { startOffset: number; count: number }[] }[] }[] };
      for (const script of result.filter((s) => s.url === bundleFile.href)) {
        for (const fn of script.functions) {
          const [range] = fn.ranges;
          if (!range || range.count === 0) continue;
          // The file is the script V8 ran (its CommonJS wrapper included): offsets are the file's own.
          const offset = range.startOffset;
          let line = lineStarts.findIndex((start) => start > offset) - 1;
          if (line < 0) line = lineStarts.length - 1;
          const entry = map.findEntry(line, offset - lineStarts[line]!);
          const source = 'originalSource' in entry ? entry.originalSource : undefined;
          if (source) sources.add(source.replace(/^.*?\/(node_modules|src-main|src-shared)\//, '$1/'));
        }
      }
    }
    return sources;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the bundled command line', () => {
  it('answers `check --machine` exactly as the sources do', async () => {
    const env = { ...process.env, SYNC_DOCTOR_CONFIG_DIR: '/nonexistent/sd-config' };
    const run = spawnSync(process.execPath, [bin, 'check', '--machine', machine, '--json'], { env, encoding: 'utf8' });
    const fromSources = await runCliCaptured(['check', '--machine', machine, '--json']);
    expect(run.status).toBe(fromSources.code);
    const bundled = JSON.parse(run.stdout) as Record<string, unknown>;
    const sources = JSON.parse(fromSources.stdout) as Record<string, unknown>;
    expect({ ...bundled, generatedAt: undefined }).toEqual({ ...sources, generatedAt: undefined });
  });

  it('prints the help from the bundle', () => {
    expect(execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8' })).toBe(usageOf('main'));
  });

  it('builds each command into one CommonJS file, with its code cache beside it; the help without zod, the settings store, logging or the host adapters', () => {
    for (const build of ['cli', 'cli-check', 'cli-collect', 'cli-office', 'cli-scan', 'cli-serve', 'cli-watch']) {
      const outputs = Object.keys(metaOf(build).outputs).filter((o) => !o.endsWith('.map'));
      expect(outputs).toEqual([`dist/cli/${build}.cjs`]);
      // The file is its CommonJS wrapper's one expression, compiled as it is read (bin/load-bundle.js).
      const text = readFileSync(new URL(`dist/cli/${build}.cjs`, root), 'utf8');
      expect(text.startsWith(WRAPPER_START), build).toBe(true);
      expect(text.slice(0, text.indexOf('\n//# sourceMappingURL=')).endsWith(WRAPPER_END), build).toBe(true);
      // Every command's but the help's: its ≈9 KB compile for less than checking a cache would cost.
      expect(existsSync(new URL(`dist/cli/${build}.cjs.v8cache`, root)), build).toBe(build !== 'cli');
    }
    // And the check's for a check of a snapshot file (`--machine`), without the live host's functions.
    expect(existsSync(new URL('dist/cli/cli-check.cjs.machine.v8cache', root))).toBe(true);
    const help = Object.keys(metaOf('cli').outputs['dist/cli/cli.cjs']!.inputs);
    expect(help.filter((i) => heavy.test(i) || i.includes('node_modules/zod/') || onlyWhenNeeded.test(i))).toEqual([]);
    // The check's file holds the settings store and the Windows adapter, for when they are needed,
    // but not their libraries: those are files of their own beside it, required when first used.
    const check = Object.keys(metaOf('cli-check').outputs['dist/cli/cli-check.cjs']!.inputs);
    expect(check).toEqual(expect.arrayContaining(['src-main/check/run-check.ts', 'src-main/settings/settings-store.ts', 'src-main/host/windows/session/windows-session-host.ts']));
    for (const build of ['cli-check', 'cli-collect', 'cli-office', 'cli-scan', 'cli-serve', 'cli-watch']) {
      const inputs = Object.keys(metaOf(build).outputs[`dist/cli/${build}.cjs`]!.inputs);
      expect(inputs.filter((i) => vendored.test(i)), build).toEqual([]);
    }
    // Every schema `check` and `collect` may use is zod/mini's (the snapshot's, the settings', the
    // Windows adapter's): zod classic is not even in their files, so it is neither read nor cached.
    for (const build of ['cli-check', 'cli-collect']) {
      const inputs = Object.keys(metaOf(build).outputs[`dist/cli/${build}.cjs`]!.inputs);
      expect(inputs, build).toContain('src-main/host/windows/system-report.ts');
      expect(inputs.filter((i) => /node_modules\/zod\/(v4\/classic\/|index\.js$)/.test(i)), build).toEqual([]);
    }
    const checkText = readFileSync(new URL('dist/cli/cli-check.cjs', root), 'utf8');
    for (const file of ['vendor-iconv-lite.cjs', 'vendor-csv-parse-sync.cjs', 'vendor-conf.cjs']) {
      expect(existsSync(new URL(`dist/cli/${file}`, root)), file).toBe(true);
      expect(checkText).toContain(`require(__dirname+"/${file}")`);
    }
  });

  it('reads an old or damaged settings file through the settings store’s own file (conf), and a check of this PC needs none of the other libraries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-vendor-'));
    try {
      const list = join(dir, 'required.json');
      const dump = join(dir, 'dump.cjs');
      writeFileSync(dump, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(Object.keys(require.cache))));`);
      const config = join(dir, 'config');
      mkdirSync(config);
      writeFileSync(join(config, 'config.json'), '{ "companies": [ damaged');
      const run = spawnSync(process.execPath, ['-r', dump, bin, 'check', '--json'], { env: { ...process.env, SYNC_DOCTOR_CONFIG_DIR: config }, encoding: 'utf8' });
      expect(run.status, run.stderr).toBeLessThanOrEqual(2);
      // The store set the damaged file aside and said so; the check went on with the defaults.
      expect(run.stderr).toMatch(/^sync-doctor: .*settings/im);
      expect(readdirSync(config).length).toBeGreaterThan(1);
      const required = (JSON.parse(readFileSync(list, 'utf8')) as string[]).map((f) => f.replace(/^.*[\\/]/, ''));
      expect(required).toContain('vendor-conf.cjs');
      expect(required.filter((f) => f.startsWith('vendor-') && f !== 'vendor-conf.cjs')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs no code of the settings store, logging, the settings readers or this PC’s adapters for `check --machine`', () => {
    const ran = sourcesRun(['check', '--machine', machine, '--json'], { ...process.env, SYNC_DOCTOR_CONFIG_DIR: '/nonexistent/sd-config' });
    expect(ran).toContain('src-main/check/run-check.ts');
    expect(ran).toContain('src-main/cli/check-command.ts');
    expect([...ran].filter((s) => heavy.test(s) || onlyWhenNeeded.test(s))).toEqual([]);
    // Its schemas are zod/mini's (the snapshot's, the demo inputs'): no code of zod classic runs.
    expect(ran).toContain('node_modules/zod/v4/mini/schemas.js');
    expect([...ran].filter((s) => s.startsWith('node_modules/zod/v4/classic/'))).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')('runs this PC’s own adapter and the settings file reader, but not the settings store, for `check` with a saved settings file', () => {
    const config = mkdtempSync(join(tmpdir(), 'sd-config-'));
    try {
      writeFileSync(join(config, 'config.json'), JSON.stringify({ companies: [], __internal__: { migrations: { version: '1.0.0' } } }));
      const ran = sourcesRun(['check', '--json'], { ...process.env, SYNC_DOCTOR_CONFIG_DIR: config });
      expect(ran).toContain('src-main/settings/current-settings-file.ts');
      expect(ran).toContain('src-main/host/posix/posix-host.ts');
      expect([...ran].filter((s) => heavy.test(s) || /src-main\/host\/windows\/|src-main\/settings\/settings-store/.test(s))).toEqual([]);
      // The settings schema is zod/mini's too: no code of zod classic runs.
      expect([...ran].filter((s) => s.startsWith('node_modules/zod/v4/classic/'))).toEqual([]);
    } finally {
      rmSync(config, { recursive: true, force: true });
    }
  });

  it('loads none of Node’s crypto, child-process or promise-based file modules for `check --machine --json`, nor for `check` with settings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-modules-'));
    try {
      const list = join(dir, 'modules.json');
      const dump = join(dir, 'dump.cjs');
      writeFileSync(dump, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(process.moduleLoadList)));`);
      const loaded = (args: string[], env: NodeJS.ProcessEnv) => {
        const run = spawnSync(process.execPath, ['-r', dump, bin, ...args], { env, encoding: 'utf8' });
        expect(run.status, run.stderr).toBeLessThanOrEqual(2);
        return JSON.parse(readFileSync(list, 'utf8')) as string[];
      };
      const machineRun = loaded(['check', '--machine', machine, '--json'], { ...process.env, SYNC_DOCTOR_CONFIG_DIR: '/nonexistent/sd-config' });
      expect(machineRun).toContain('NativeModule vm');
      expect(machineRun.filter((m) => /^NativeModule (crypto|child_process|internal\/fs\/promises)$/.test(m))).toEqual([]);
      if (process.platform !== 'win32') {
        writeFileSync(join(dir, 'config.json'), JSON.stringify({ companies: [], __internal__: { migrations: { version: '1.0.0' } } }));
        const liveRun = loaded(['check', '--json'], { ...process.env, SYNC_DOCTOR_CONFIG_DIR: dir });
        // Nor, for this PC's processes and files, the promise-based file API (callback-fs.ts).
        expect(liveRun.filter((m) => /^NativeModule (crypto|child_process|internal\/fs\/promises)$/.test(m))).toEqual([]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('starts a check of a snapshot file with the snapshot start’s code cache, and a check of this PC with the command’s own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-caches-'));
    try {
      // Which code cache files the loader opened (bin/load-bundle.js opens each with fs.openSync; a missing one is not listed).
      const opened = join(dir, 'opened.txt');
      const spy = join(dir, 'spy.cjs');
      writeFileSync(
        spy,
        `const fs = require('node:fs'); const open = fs.openSync; fs.openSync = function (p, ...rest) { const fd = open.call(this, p, ...rest); if (String(p).endsWith('.v8cache')) fs.appendFileSync(${JSON.stringify(opened)}, require('node:path').basename(String(p)) + '\\n'); return fd; };`,
      );
      const cachesOpened = (args: string[]) => {
        rmSync(opened, { force: true });
        const run = spawnSync(process.execPath, ['-r', spy, bin, ...args], { env: { ...process.env, SYNC_DOCTOR_CONFIG_DIR: join(dir, 'config') }, encoding: 'utf8' });
        expect(run.status, run.stderr).toBeLessThanOrEqual(2);
        return existsSync(opened) ? readFileSync(opened, 'utf8').trim().split('\n') : [];
      };
      expect(cachesOpened(['check', '--machine', machine, '--json'])).toEqual(['cli-check.cjs.machine.v8cache']);
      expect(cachesOpened(['check', `--machine=${machine}`, '--summary'])).toEqual(['cli-check.cjs.machine.v8cache']);
      expect(cachesOpened(['check', '--help'])).toEqual(['cli-check.cjs.v8cache']);
      expect(cachesOpened(['collect', '--machine', machine, '--out', '-'])).toEqual(['cli-collect.cjs.v8cache']); // none of its own: the command's
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs every command from its own bundle, and the help from the shared one', async () => {
    for (const command of ['check', 'collect', 'office', 'scan', 'serve', 'watch']) {
      const run = spawnSync(process.execPath, [bin, command, '--help'], { encoding: 'utf8' });
      expect(run.status, `${command} --help: ${run.stderr}`).toBe(0);
      expect(run.stdout).toBe((await runCliCaptured([command, '--help'])).stdout);
    }
    const unknown = spawnSync(process.execPath, [bin, 'frobnicate'], { encoding: 'utf8' });
    expect(unknown.status).toBe(3);
    expect(unknown.stderr).toMatch(/Unknown command "frobnicate". Commands: check, collect, office, scan, serve, watch/);
  });
});

describe('the packaged app', () => {
  it('starts from the bundled main process, with its preload beside it, both inside the packaged files', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { main: string };
    const config = yaml.load(readFileSync(new URL('electron-builder.yml', root), 'utf8')) as { files: string[] };
    expect(pkg.main).toBe('dist/bundle/main.js');
    expect(config.files).toEqual(expect.arrayContaining(['package.json', 'dist/bundle/**/*.js', 'dist/bundle/**/*.cjs', 'dist/renderer/**/*']));
    expect(readFileSync(new URL('dist/bundle/preload.cjs', root), 'utf8')).toContain('contextBridge');
    // main.ts finds the preload as preload.cjs in its own folder.
    expect(readFileSync(new URL('src-main/electron/main.ts', root), 'utf8')).toContain("join(import.meta.dirname, 'preload.cjs')");
  });
});
