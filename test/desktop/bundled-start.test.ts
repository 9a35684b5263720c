import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const { WRAPPER_START } = require('../../bin/load-bundle.js') as { WRAPPER_START: string };
const bin = new URL('bin/sync-doctor.js', root).pathname;
const machine = new URL('test/fixtures/machines/sage-healthy.json', root).pathname;

interface Metafile {
  outputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[]; inputs: Record<string, unknown> }>;
}
const metaOf = (build: string) => JSON.parse(readFileSync(new URL(`dist/cli/${build}.meta.json`, root), 'utf8')) as Metafile;
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
          const offset = range.startOffset - WRAPPER_START.length;
          if (offset < 0) continue;
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
      // Every command's but the help's: its ≈9 KB compile for less than checking a cache would cost.
      expect(existsSync(new URL(`dist/cli/${build}.cjs.v8cache`, root)), build).toBe(build !== 'cli');
    }
    const help = Object.keys(metaOf('cli').outputs['dist/cli/cli.cjs']!.inputs);
    expect(help.filter((i) => heavy.test(i) || i.includes('node_modules/zod/') || onlyWhenNeeded.test(i))).toEqual([]);
    // The check's file holds the settings store and the Windows adapter, for when they are needed.
    const check = Object.keys(metaOf('cli-check').outputs['dist/cli/cli-check.cjs']!.inputs);
    expect(check).toEqual(expect.arrayContaining(['src-main/check/run-check.ts', 'src-main/settings/settings-store.ts', 'src-main/host/windows/session/windows-session-host.ts']));
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

  it('loads none of Node’s crypto, child-process or promise-based file modules for `check --machine --json`, and no child processes for `check` with settings', () => {
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
        expect(liveRun.filter((m) => /^NativeModule (crypto|child_process)$/.test(m))).toEqual([]);
      }
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
