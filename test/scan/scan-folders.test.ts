import { promises as fsp, lstatSync, readdir, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scanFolders, type ReadFolder } from '../../src-main/scan/scan-folders.js';

const options = { concurrency: 4, folderTimeoutMs: 2000 };

function touch(path: string, bytes = 16): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, Buffer.alloc(bytes));
}

/** Every path below a folder (links not followed) with its size and times, to prove nothing was changed. */
function fingerprint(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    const s = lstatSync(path);
    const self = `${path}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`;
    return entry.isDirectory() ? [self, ...fingerprint(path)] : [self];
  }).sort();
}

describe('scanning folders for Sage datasets and QuickBooks files', () => {
  let root: string;
  let outside: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'sd-scan-'));
    outside = mkdtempSync(join(tmpdir(), 'sd-scan-outside-'));
    touch(join(root, 'Sage', 'Smith Ltd', 'Company.000', 'ACCDATA', 'SETUP.DTA'));
    touch(join(root, 'Sage', 'Jones', 'company.001', 'accdata', 'setup.dta'));
    touch(join(root, 'Sage', 'Half', 'ACCDATA', 'SALES.DTA')); // no SETUP.DTA: not a dataset
    touch(join(root, 'QB', 'Bakery.QBW'));
    touch(join(root, 'QB', 'deep', 'er', 'garage.qbw'));
    touch(join(root, 'QB', 'Bakery.QBW.ND'));
    touch(join(root, 'QB', 'notes.qbw.txt'));
    touch(join(outside, 'Linked Client', 'Company.000', 'ACCDATA', 'SETUP.DTA'));
    symlinkSync(root, join(root, 'Sage', 'loop-to-top'));
    symlinkSync(join(root, 'QB'), join(root, 'QB', 'deep', 'loop-up'));
    symlinkSync(outside, join(root, 'elsewhere'));
    symlinkSync(outside, join(root, 'Sage', 'elsewhere-again'));
    symlinkSync(join(root, 'nothing-here'), join(root, 'dangling'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('finds datasets (the folder above ACCDATA) and company files, names in any case, each once', async () => {
    const outcome = await scanFolders([root], options);
    expect(outcome.found).toHaveLength(5);
    expect(outcome.found.map((f) => [f.kind, f.path])).toEqual(
      expect.arrayContaining([
        ['sage-dataset', join(root, 'Sage', 'Smith Ltd', 'Company.000')],
        ['sage-dataset', join(root, 'Sage', 'Jones', 'company.001')],
        ['quickbooks-company', join(root, 'QB', 'Bakery.QBW')],
        ['quickbooks-company', join(root, 'QB', 'deep', 'er', 'garage.qbw')],
        ['sage-dataset', expect.stringMatching(/elsewhere(-again)?\/Linked Client\/Company\.000$/)],
      ]),
    );
    expect(outcome.skipped).toEqual([]);
  });

  it('finds each dataset once when a link inside the searched folder leads back above it', async () => {
    const client = join(root, 'Sage', 'Smith Ltd');
    symlinkSync(root, join(client, 'up-to-share'));
    const outcome = await scanFolders([client], options);
    const paths = outcome.found.map((f) => f.path);
    expect(paths.filter((p) => p.endsWith(join('Smith Ltd', 'Company.000')))).toEqual([join(client, 'Company.000')]);
    expect(paths).toContain(join(client, 'up-to-share', 'QB', 'Bakery.QBW'));
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('gives each find the time its SETUP.DTA or .QBW was last written', async () => {
    const when = new Date('2026-11-20T09:10:00Z');
    await fsp.utimes(join(root, 'QB', 'Bakery.QBW'), when, when);
    await fsp.utimes(join(root, 'Sage', 'Smith Ltd', 'Company.000', 'ACCDATA', 'SETUP.DTA'), when, when);
    const outcome = await scanFolders([join(root, 'QB'), join(root, 'Sage', 'Smith Ltd')], options);
    expect(outcome.found.filter((f) => f.modified === when.toISOString()).map((f) => f.kind).sort()).toEqual(['quickbooks-company', 'sage-dataset']);
  });

  it('changes nothing in the folders it searches', async () => {
    const before = fingerprint(root);
    await scanFolders([root], options);
    expect(fingerprint(root)).toEqual(before);
  });

  it('reports a missing folder and a file given as a folder as skipped', async () => {
    const outcome = await scanFolders([join(root, 'nope'), join(root, 'QB', 'Bakery.QBW'), join(root, 'QB')], options);
    expect(outcome.skipped).toHaveLength(2);
    expect(outcome.skipped).toEqual(
      expect.arrayContaining([
        { path: join(root, 'QB', 'Bakery.QBW'), reason: 'not-a-folder' },
        { path: join(root, 'nope'), reason: 'missing' },
      ]),
    );
    expect(outcome.found.length).toBe(2);
  });

  it('skips a folder that never answers (a dead share) instead of hanging', async () => {
    const dead = join(root, 'Sage', 'Jones');
    const readFolder: ReadFolder = (path, done) => {
      if (path !== dead) readdir(path, { withFileTypes: true }, done);
    };
    const started = Date.now();
    // The default 2 s per folder: a live folder on a busy machine can take longer than a
    // tight deadline; the dead one is given up on, where "hanging" would be the test timeout.
    const outcome = await scanFolders([join(root, 'Sage')], { ...options, readFolder });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(outcome.skipped).toEqual([{ path: dead, reason: 'timeout' }]);
    expect(outcome.found.map((f) => f.path)).toContain(join(root, 'Sage', 'Smith Ltd', 'Company.000'));
  });

  it('does not take a folder merely ending in "accdata" for ACCDATA', async () => {
    touch(join(root, 'Other', 'OLDACCDATA', 'SETUP.DTA'));
    const outcome = await scanFolders([join(root, 'Other')], options);
    expect(outcome.found).toEqual([]);
  });

  it('never has more folders in flight than the concurrency allows', async () => {
    let inFlight = 0;
    let most = 0;
    const readFolder: ReadFolder = (path, done) => {
      inFlight++;
      most = Math.max(most, inFlight);
      setTimeout(() => readdir(path, { withFileTypes: true }, (error, entries) => {
        inFlight--;
        done(error, entries);
      }), 5);
    };
    await scanFolders([root], { ...options, concurrency: 3, readFolder });
    expect(most).toBeLessThanOrEqual(3);
    expect(most).toBeGreaterThan(1);
  });
});
