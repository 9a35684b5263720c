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
const meta = JSON.parse(readFileSync(new URL('dist/bundle/cli.meta.json', root), 'utf8')) as Metafile;

/** Every source file loaded by a file of the bundle and what it imports statically (no dynamic import). */
function loadedWith(output: string, seen = new Set<string>()): Set<string> {
  if (seen.has(output)) return new Set();
  seen.add(output);
  const inputs = new Set(Object.keys(meta.outputs[output]?.inputs ?? {}));
  for (const edge of meta.outputs[output]?.imports ?? []) {
    if (edge.external || edge.kind !== 'import-statement') continue;
    for (const input of loadedWith(edge.path, seen)) inputs.add(input);
  }
  return inputs;
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
    const atStart = loadedWith('dist/bundle/cli.js');
    expect(heavy(atStart)).toEqual([]);
    expect([...atStart].some((i) => i.includes('node_modules/zod/'))).toBe(false);
    // `check --machine` adds the check command's chunk: still no settings store or logging.
    const check = loadedWith(chunkOf('src-main/cli/check-command.ts'));
    expect(heavy(check)).toEqual([]);
    expect([...check]).toContain('src-main/check/run-check.ts');
    // The settings store comes in its own chunk, with conf.
    expect(heavy(loadedWith(chunkOf('src-main/settings/settings-store.ts'))).some((i) => i.includes('node_modules/conf/'))).toBe(true);
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
