import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { usageOf } from '../../src-main/cli/usage.js';
import { runCliCaptured } from '../support/cli-harness.js';

// The bundled start (scripts/bundle.mjs, run by `npm run build`): needs the build.
const root = new URL('../../', import.meta.url);
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const bin = new URL('bin/sync-doctor.js', root).pathname;
const machine = new URL('test/fixtures/machines/sage-healthy.json', root).pathname;

interface Metafile {
  outputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[]; inputs: Record<string, unknown> }>;
}
const metaOf = (build: string) => JSON.parse(readFileSync(new URL(`dist/bundle/${build}.meta.json`, root), 'utf8')) as Metafile;
const builds = { help: metaOf('cli'), check: metaOf('cli-check') };
let meta = builds.help;

/** The files of the bundle a file loads with it: itself and what it imports statically (no dynamic import). */
function filesLoadedWith(output: string, seen = new Set<string>()): Set<string> {
  if (seen.has(output)) return seen;
  seen.add(output);
  for (const edge of meta.outputs[output]?.imports ?? []) {
    if (!edge.external && edge.kind === 'import-statement') filesLoadedWith(edge.path, seen);
  }
  return seen;
}
/** Every source file loaded by a file of the bundle and what it imports statically (no dynamic import). */
function loadedWith(output: string): Set<string> {
  return new Set([...filesLoadedWith(output)].flatMap((file) => Object.keys(meta.outputs[file]?.inputs ?? {})));
}
const chunkOf = (source: string) => Object.keys(meta.outputs).find((o) => !o.endsWith('.map') && Object.keys(meta.outputs[o]!.inputs).includes(source))!;
const heavy = (inputs: Set<string>) => [...inputs].filter((i) => /node_modules\/(conf|ajv|winston|winston-daily-rotate-file|iconv-lite|csv-parse)\//.test(i));

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

  it('starts without the settings store, logging or the Windows parsers; `check` loads them only when it needs them', () => {
    meta = builds.help;
    const atStart = loadedWith('dist/bundle/cli.js');
    expect(heavy(atStart)).toEqual([]);
    expect([...atStart].some((i) => i.includes('node_modules/zod/'))).toBe(false);
    // `check` starts from its own bundle: the check and zod, still no settings store or logging.
    meta = builds.check;
    const check = loadedWith('dist/bundle/cli-check.js');
    expect(heavy(check)).toEqual([]);
    expect([...check]).toContain('src-main/check/run-check.ts');
    expect([...check]).toContain('src-main/cli/check-command.ts');
    // Neither this PC's host adapters nor the settings file's reader: loaded only when needed.
    expect([...check].filter((i) => /src-main\/host\/(posix\/(posix-host|proc-)|windows\/)|src-main\/settings\/(settings-store|current-settings-file)/.test(i))).toEqual([]);
    // The settings store comes in its own chunk, with conf; the Windows adapter in its own, with iconv-lite.
    expect(heavy(loadedWith(chunkOf('src-main/settings/settings-store.ts'))).some((i) => i.includes('node_modules/conf/'))).toBe(true);
    expect(heavy(loadedWith(chunkOf('src-main/host/windows/session/windows-session-host.ts'))).some((i) => i.includes('node_modules/iconv-lite/'))).toBe(true);
    expect(heavy(loadedWith(chunkOf('src-main/host/posix/posix-host.ts')))).toEqual([]);
  });

  it('starts `check` from eight files (one build shared by every command split it into nineteen)', () => {
    meta = builds.check;
    expect(filesLoadedWith('dist/bundle/cli-check.js').size).toBeLessThanOrEqual(8);
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
