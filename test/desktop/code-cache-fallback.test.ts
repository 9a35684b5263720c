import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';

// The V8 code cache beside each command bundle (scripts/bundle.mjs, bin/load-bundle.js): needs the
// build. These tests hold what the loader trusts and that every other case is the ordinary
// compile with the same answer — never how fast anything is.
const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
const loader = require('../../bin/load-bundle.js') as {
  buildIdOf(source: string): string | undefined;
  encodeCodeCache(v8Data: Buffer, buildId: string): Buffer;
};
const machine = join(root, 'test/fixtures/machines/sage-stale-after-upgrade.json');
const work = mkdtempSync(join(tmpdir(), 'sd-code-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// An install of its own: the bin and the check's bundle with its cache, copied as the build made them.
const install = join(work, 'install');
const bundle = join(install, 'dist', 'cli', 'cli-check.cjs');
const cache = `${bundle}.v8cache`;
const builtCache = readFileSync(join(root, 'dist/cli/cli-check.cjs.v8cache'));
mkdirSync(join(install, 'bin'), { recursive: true });
mkdirSync(join(install, 'dist', 'cli'), { recursive: true });
for (const file of ['sync-doctor.js', 'load-bundle.js', 'package.json']) copyFileSync(join(root, 'bin', file), join(install, 'bin', file));
copyFileSync(join(root, 'dist/cli/cli-check.cjs'), bundle);
const env = { ...process.env, SYNC_DOCTOR_CONFIG_DIR: join(work, 'config') };
// The cache the build made for a check of a snapshot file (used when the command line has --machine).
const machineCache = `${bundle}.machine.v8cache`;
const builtMachineCache = readFileSync(join(root, 'dist/cli/cli-check.cjs.machine.v8cache'));
beforeEach(() => {
  rmSync(machineCache, { force: true });
  rmSync(cache, { force: true });
  writeFileSync(cache, builtCache, { mode: 0o644 });
  chmodSync(cache, 0o644);
});

/** What the loader made of the cache (for a kind of start: codeCacheFileOf), in a process of its own. */
const cacheState = (start?: string) =>
  spawnSync(process.execPath, ['-e', `process.stdout.write(require(${JSON.stringify(join(install, 'bin', 'load-bundle.js'))}).loadBundle(${JSON.stringify(bundle)}, ${JSON.stringify(start)}).codeCache)`], {
    env,
    encoding: 'utf8',
  }).stdout;
/** A whole `check --machine FILE --json` through the install's bin, its time left out. */
const check = () => {
  const run = spawnSync(process.execPath, [join(install, 'bin', 'sync-doctor.js'), 'check', '--machine', machine, '--json'], { env, encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr, report: { ...(JSON.parse(run.stdout) as object), generatedAt: undefined } };
};
const v8DataOf = (bytes: Buffer) => bytes.subarray(8 + 4 + 64);
const buildId = loader.buildIdOf(readFileSync(bundle, 'utf8'))!;
const withoutCache = (() => {
  rmSync(cache, { force: true });
  return check();
})();

describe('the code cache beside a command bundle', () => {
  it('is used when the build made it for this bundle and this Node, and the answer is the same as without it', () => {
    expect(buildId).toMatch(/^[0-9a-f]{64}$/);
    expect(cacheState()).toBe('used');
    expect(check()).toEqual(withoutCache);
    expect([0, 1, 2]).toContain(withoutCache.status);
  });

  it('for a check of a snapshot file: its own cache when the build made one, held to the same rules; else the command’s', () => {
    expect(cacheState('machine')).toBe('used'); // none of its own here: the command's
    writeFileSync(machineCache, builtMachineCache, { mode: 0o644 });
    writeFileSync(cache, Buffer.alloc(0)); // the command's own unusable: the snapshot's is the one read
    expect(cacheState()).toBe('damaged');
    expect(cacheState('machine')).toBe('used');
    expect(check()).toEqual(withoutCache);
    const bytes = Buffer.from(builtMachineCache);
    for (let i = 200; i < bytes.length; i += 997) bytes[i] = bytes[i]! ^ 0xff;
    writeFileSync(machineCache, bytes);
    expect(cacheState('machine')).toBe('damaged');
    expect(check()).toEqual(withoutCache);
    chmodSync(machineCache, 0o666);
    if (process.platform !== 'win32') expect(cacheState('machine')).toBe('refused');
  });

  it('is absent: the ordinary compile', () => {
    rmSync(cache);
    expect(cacheState()).toBe('absent');
    expect(check()).toEqual(withoutCache);
  });

  it('is damaged (bytes flipped inside V8’s data, which V8 would not notice and could crash on): refused by its CRC', () => {
    const bytes = Buffer.from(builtCache);
    for (let i = 200; i < bytes.length; i += 997) bytes[i] = bytes[i]! ^ 0xff;
    writeFileSync(cache, bytes);
    expect(cacheState()).toBe('damaged');
    expect(check()).toEqual(withoutCache);
  });

  it('is truncated, or holds nothing but its header, or is empty', () => {
    for (const bytes of [builtCache.subarray(0, builtCache.length >> 1), builtCache.subarray(0, 76), Buffer.alloc(0)]) {
      writeFileSync(cache, bytes);
      expect(cacheState()).toBe('damaged');
      expect(check()).toEqual(withoutCache);
    }
  });

  it('was made by another Node (V8’s version hash differs): V8 rejects it', () => {
    const v8Data = Buffer.from(v8DataOf(builtCache));
    v8Data.writeUInt32LE(v8Data.readUInt32LE(4) ^ 0x5a5a5a5a, 4);
    writeFileSync(cache, loader.encodeCodeCache(v8Data, buildId));
    expect(cacheState()).toBe('rejected');
    expect(check()).toEqual(withoutCache);
  });

  it('was made for another build of the bundle: refused', () => {
    writeFileSync(cache, loader.encodeCodeCache(v8DataOf(builtCache), 'f'.repeat(64)));
    expect(cacheState()).toBe('refused');
    expect(check()).toEqual(withoutCache);
  });

  it.skipIf(process.platform === 'win32')('may be changed by another user (group- or world-writable), or is a symbolic link: refused', () => {
    for (const mode of [0o664, 0o646]) {
      chmodSync(cache, mode);
      expect(cacheState()).toBe('refused');
    }
    chmodSync(cache, 0o644);
    const elsewhere = join(work, 'planted.v8cache');
    writeFileSync(elsewhere, builtCache, { mode: 0o644 });
    rmSync(cache);
    symlinkSync(elsewhere, cache);
    expect(cacheState()).toBe('refused');
    expect(check()).toEqual(withoutCache);
  });

  it.runIf(process.platform !== 'win32' && process.getuid?.() === 0)('belongs to another user than the bundle: refused', () => {
    chownSync(cache, 65534, 65534);
    expect(cacheState()).toBe('refused');
    expect(check()).toEqual(withoutCache);
  });

  it('is no file at all (a folder in its place): refused', () => {
    rmSync(cache);
    mkdirSync(cache);
    try {
      expect(cacheState()).toBe('refused');
      expect(check()).toEqual(withoutCache);
    } finally {
      rmSync(cache, { recursive: true });
    }
  });
});
