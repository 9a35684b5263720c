import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chokidarPathWatcher, type PathWatcher } from '../../src-main/monitor/path-watcher.js';

function waitFor(predicate: () => boolean, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const started = Date.now();
    const poll = setInterval(() => {
      if (predicate() || Date.now() - started > ms) {
        clearInterval(poll);
        resolve(predicate());
      }
    }, 20);
  });
}

describe('the chokidar path watcher (real files)', () => {
  let dir = '';
  let watcher: PathWatcher | undefined;
  afterEach(async () => {
    await watcher?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reports a change to a watched file and to a watched folder at depth 0 only', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sd-watch-'));
    const list = join(dir, 'COMPANY');
    const dataset = join(dir, 'Company.000');
    mkdirSync(join(dataset, 'ACCDATA'), { recursive: true });
    writeFileSync(list, 'one\r\n');
    const seen: string[] = [];
    watcher = chokidarPathWatcher({ pollIntervalMs: 100 })((path) => seen.push(path), () => undefined);
    watcher.update([
      { path: list, polling: false },
      { path: dataset, polling: true },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 400));
    writeFileSync(list, 'one\r\ntwo\r\n');
    expect(await waitFor(() => seen.includes(list), 3000)).toBe(true);
    writeFileSync(join(dataset, 'ACCDATA', 'SETUP.DTA'), 'deep');
    writeFileSync(join(dataset, 'top-level.txt'), 'shallow');
    expect(await waitFor(() => seen.includes(join(dataset, 'top-level.txt')), 3000)).toBe(true);
    expect(seen).not.toContain(join(dataset, 'ACCDATA', 'SETUP.DTA'));
  });

  it('leaves a missing file until it exists, then watches it from the next update', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sd-watch-'));
    const settings = join(dir, 'cfg', 'config.json');
    const seen: string[] = [];
    watcher = chokidarPathWatcher({ pollIntervalMs: 100 })((path) => seen.push(path), () => undefined);
    watcher.update([{ path: settings, polling: false }]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Busy neighbours of the missing file wake nothing.
    for (let i = 0; i < 20; i++) writeFileSync(join(dir, `noise-${i}.log`), 'x');
    mkdirSync(join(dir, 'cfg'));
    writeFileSync(settings, '{}');
    expect(await waitFor(() => seen.length > 0, 600)).toBe(false);
    watcher.update([{ path: settings, polling: false }]);
    await new Promise((resolve) => setTimeout(resolve, 400));
    writeFileSync(settings, '{"companies":[]}');
    expect(await waitFor(() => seen.includes(settings), 3000)).toBe(true);
  });

  it('stops reporting a path once it leaves the list', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sd-watch-'));
    const file = join(dir, 'QBWUSER.INI');
    writeFileSync(file, '[a]');
    const seen: string[] = [];
    watcher = chokidarPathWatcher({ pollIntervalMs: 100 })((path) => seen.push(path), () => undefined);
    watcher.update([{ path: file, polling: false }]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    watcher.update([]);
    writeFileSync(file, '[b]');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(seen).toEqual([]);
  });
});
