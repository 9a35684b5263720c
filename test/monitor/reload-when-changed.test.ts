import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Host } from '../../src-main/host/host.js';
import { reloadWhenChanged } from '../../src-main/monitor/reload-when-changed.js';

describe('a value re-made from its file only when the file changed', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the initial host until the file changes, then loads it once', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sd-reload-'));
    const file = join(dir, 'machine.json');
    writeFileSync(file, '{"v":1}');
    const loads: string[] = [];
    const initial = { description: 'initial' } as Host;
    const refresh = reloadWhenChanged(file, async (path) => {
      loads.push(path);
      return { description: `loaded ${loads.length}` } as Host;
    }, initial);
    expect((await refresh()).description).toBe('initial');
    expect((await refresh()).description).toBe('initial');
    writeFileSync(file, '{"v":22}');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect((await refresh()).description).toBe('loaded 1');
    expect((await refresh()).description).toBe('loaded 1');
    expect(loads).toEqual([file]);
  });

  it('without an initial value, loads on the first call; a file that is not there yet is loaded when it appears and again when it goes', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sd-reload-'));
    const file = join(dir, 'settings.json');
    const loads: string[] = [];
    const refresh = reloadWhenChanged(file, async () => {
      loads.push(existsSync(file) ? 'file' : 'defaults');
      return loads.length;
    });
    expect(await refresh()).toBe(1);
    expect(await refresh()).toBe(1);
    writeFileSync(file, '{}');
    expect(await refresh()).toBe(2);
    rmSync(file);
    expect(await refresh()).toBe(3);
    expect(await refresh()).toBe(3);
    expect(loads).toEqual(['defaults', 'file', 'defaults']);
  });

  it('a file that cannot be looked at (not a missing one) is an error, not a change', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sd-reload-'));
    writeFileSync(join(dir, 'not-a-folder'), '');
    const refresh = reloadWhenChanged(join(dir, 'not-a-folder', 'settings.json'), async () => 'loaded', 'initial');
    await expect(refresh()).rejects.toThrow(/ENOTDIR/);
  });

  it('rejects with the reason when the changed file does not load (the monitor then keeps its host)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sd-reload-'));
    const file = join(dir, 'machine.json');
    writeFileSync(file, 'good');
    const refresh = reloadWhenChanged(file, async () => {
      throw new Error('not a machine snapshot');
    }, { description: 'good' } as Host);
    expect((await refresh()).description).toBe('good');
    writeFileSync(file, 'bad!!');
    await expect(refresh()).rejects.toThrow(/not a machine snapshot/);
  });
});
