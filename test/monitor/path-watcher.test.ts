import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chokidarPathWatcher, type PathWatcher } from '../../src-main/monitor/path-watcher.js';
import { eventually } from '../support/eventually.js';

// chokidar has no "ready" for paths added later, so a change is written again until it is seen:
// on a busy machine the watcher may take seconds to be listening. Quiet periods stay short: a
// slow machine can only make them miss a stray event, never fail a correct watcher.
const touch = (file: string) => {
  let n = 0;
  return () => writeFileSync(file, `change ${++n}\r\n`);
};

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
    expect(await eventually(() => seen.includes(list), { poke: touch(list), every: 200 })).toBe(true);
    writeFileSync(join(dataset, 'ACCDATA', 'SETUP.DTA'), 'deep');
    const topLevel = join(dataset, 'top-level.txt');
    expect(await eventually(() => seen.includes(topLevel), { poke: touch(topLevel), every: 200 })).toBe(true);
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
    expect(await eventually(() => seen.length > 0, { within: 600 })).toBe(false);
    watcher.update([{ path: settings, polling: false }]);
    expect(await eventually(() => seen.includes(settings), { poke: touch(settings), every: 200 })).toBe(true);
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
