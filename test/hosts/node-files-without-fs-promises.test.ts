import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createNodeFiles } from '../../src-main/host/node/node-files.js';

// `fs.promises` loads a dozen of Node's own modules on its first use: a one-shot check must not pay that.
const counted = vi.hoisted(() => ({ promisesTouched: 0 }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    get promises() {
      counted.promisesTouched++;
      return fs.promises;
    },
  };
});

describe('the Host file questions over Node’s callback fs', () => {
  it('answers stat, list, readFile and realPath — and their failures — without fs.promises', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-nodefiles-'));
    mkdirSync(join(dir, 'Company.001'));
    writeFileSync(join(dir, 'SETUP.DTA'), 'sage');
    symlinkSync(join(dir, 'Company.001'), join(dir, 'link'));
    const files = createNodeFiles();
    expect(await files.stat(join(dir, 'SETUP.DTA'))).toMatchObject({ ok: true, value: { kind: 'file', size: 4 } });
    const listed = await files.list(dir);
    expect(listed.ok && [...listed.value].sort((a, b) => a.name.localeCompare(b.name))).toEqual([{ name: 'Company.001', kind: 'dir' }, { name: 'link', kind: 'dir' }, { name: 'SETUP.DTA', kind: 'file' }]);
    const read = await files.readFile(join(dir, 'SETUP.DTA'), 100);
    expect(read.ok && Buffer.from(read.value).toString()).toBe('sage');
    expect(await files.readFile(join(dir, 'SETUP.DTA'), 3)).toMatchObject({ ok: false, error: { kind: 'too-large' } });
    expect(await files.realPath(join(dir, 'link'))).toEqual({ ok: true, value: join(dir, 'Company.001') });
    expect(await files.stat(join(dir, 'gone'))).toMatchObject({ ok: false, error: { kind: 'missing', message: expect.stringContaining("ENOENT: no such file or directory, stat '") } });
    expect(await files.list(join(dir, 'SETUP.DTA'))).toMatchObject({ ok: false, error: { kind: 'wrong-kind' } });
    expect(counted.promisesTouched).toBe(0);
  });
});
