import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { sightingOf } from '../../src-main/check/observe-office-snapshot.js';
import { listOfficeFiles, readOfficeSources } from '../../src-main/check/office-sources.js';
import { MAX_OFFICE_WORKERS, officeWorkerCount } from '../../src-main/check/office-worker-count.js';
import { runOfficeCheck } from '../../src-main/check/run-office-check.js';
import { formatOfficeSummaryLine } from '../../src-shared/report/office-text.js';

// The workers run from the built bundle (a worker cannot start from TypeScript): needs `npm run build`.
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/sync-doctor.js');
const work = mkdtempSync(join(tmpdir(), 'sd-office-workers-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * An office of 130 PCs the size of real bundles (bench/office/generate-office.mjs; enough for the
 * command to start two workers on two cores), plus files that are not readable snapshots: damaged
 * JSON, another format, an empty file, a folder named like a snapshot, and one larger than a
 * snapshot may be (sparse: 65 MB of nothing).
 */
const office = join(work, 'office');
execFileSync(process.execPath, [join(root, 'bench/office/generate-office.mjs'), '130', office], { stdio: 'ignore' });
const whole = readFileSync(join(office, 'OFFICE-PC0007.json'), 'utf8');
writeFileSync(join(office, 'OFFICE-PC0007-damaged.json'), whole.slice(0, whole.length / 2));
writeFileSync(join(office, 'OFFICE-PC0008-other.json'), '{"format":"sync-doctor/machine@9"}');
writeFileSync(join(office, 'OFFICE-PC0009-empty.json'), '');
mkdirSync(join(office, 'OFFICE-PC0010-folder.json'));
writeFileSync(join(office, 'OFFICE-PC0011-huge.json'), '');
truncateSync(join(office, 'OFFICE-PC0011-huge.json'), 65 * 1024 * 1024);

/** A preload that counts the worker threads a process makes and writes the count at exit. */
const countWorkers = join(work, 'count-workers.cjs');
writeFileSync(
  countWorkers,
  `const threads = require('node:worker_threads');
const Made = threads.Worker;
let made = 0;
threads.Worker = class extends Made { constructor(...args) { super(...args); made += 1; } };
process.on('exit', () => require('node:fs').writeFileSync(process.env.SD_TEST_WORKERS_MADE, String(made)));
`,
);

const withoutTime = (text: string, generatedAt: string) => text.replaceAll(generatedAt, '<generated-at>');

describe('the office read on worker threads', () => {
  it('starts at most one worker per core (and never more than MAX_OFFICE_WORKERS), none for a small office or a single core', () => {
    for (const cores of [1, 2, 3, 8, 64]) {
      for (const files of [0, 1, 10, 31, 32, 100, 1000, 100_000]) {
        const workers = officeWorkerCount(files, cores);
        expect(workers).toBeLessThanOrEqual(Math.min(cores, MAX_OFFICE_WORKERS));
        expect(workers === 0 || workers >= 2).toBe(true);
      }
    }
    expect(officeWorkerCount(1000, 1)).toBe(0);
    expect(officeWorkerCount(10, 2)).toBe(0);
    expect(officeWorkerCount(100, 2)).toBe(0);
    expect(officeWorkerCount(135, 2)).toBe(2); // the office below
    expect(officeWorkerCount(1000, 2)).toBe(2);
  });

  it('the built pool is a file of its own beside the command (dist/cli/office-worker.cjs), and its workers load nothing of the command line', () => {
    const meta = JSON.parse(readFileSync(join(root, 'dist/cli/office-worker.meta.json'), 'utf8')) as { inputs: Record<string, unknown> };
    const inputs = Object.keys(meta.inputs);
    expect(inputs).toContain('src-main/check/office-observer-pool.ts');
    expect(inputs.filter((i) => i.startsWith('src-main/cli/') || i.startsWith('src-main/electron/'))).toEqual([]);
    // The command's own build names that file for its workers.
    expect(readFileSync(join(root, 'dist/cli/cli-office.cjs'), 'utf8')).toContain('./office-worker.cjs');
  });

  it('two workers answer every file, in the order given, exactly as this thread does (the built pool against the sources)', async () => {
    const pool = createRequire(import.meta.url)(join(root, 'dist/cli/office-worker.cjs')) as typeof import('../../src-main/check/office-observer-pool.js');
    expect(pool.workersAvailable()).toBe(true);

    // The folder's files and one that is not there (workers read blocking, this thread with promises).
    const files = await listOfficeFiles([office, join(work, 'not-there.json')]);
    for (const given of [[], ['T:\\Elsewhere\\Company.000']]) {
      const fromWorkers = await pool.observeOnWorkers(files.map((f) => f.file), given, 5000, 2);
      // Every file answered by a worker: none left to this thread.
      expect(fromWorkers.every((o) => o !== undefined)).toBe(true);
      const here = await Promise.all(files.map(async (f) => sightingOf(f.file, await f.read(), given, 5000)));
      expect(JSON.stringify(fromWorkers)).toBe(JSON.stringify(here));
    }
    const messages = (await pool.observeOnWorkers(files.map((f) => f.file), [], 5000, 2)).flatMap((o) => (o && 'message' in o ? [o.message] : []));
    expect(messages).toHaveLength(6);
    expect(messages.join('\n')).toMatch(/OFFICE-PC0011-huge\.json is too large to be a machine snapshot/);
    expect(messages.join('\n')).toMatch(/OFFICE-PC0010-folder\.json is not a file/);
    expect(messages.join('\n')).toMatch(/There is no file at .*not-there\.json/);
  });

  it('the command prints, byte for byte, the report and the summary of the office read on one thread, every snapshot first', async () => {
    const eager = await runOfficeCheck(await readOfficeSources([office]), { autoentryPaths: [] });
    const json = spawnSync(process.execPath, [bin, 'office', office, '--json'], { encoding: 'utf8', timeout: 120_000 });
    expect(json.stderr).toBe('');
    const printed = JSON.parse(json.stdout) as { generatedAt: string };
    expect(withoutTime(json.stdout, printed.generatedAt)).toBe(withoutTime(`${JSON.stringify(eager, null, 2)}\n`, eager.generatedAt));
    expect(json.status).toBe(1); // the unreadable files: office.unreadable-bundle (warn)

    // …read by worker threads, counted as the built command makes them (a preload wraps Worker).
    const counted = join(work, 'workers-made.txt');
    const summary = spawnSync(process.execPath, ['--require', countWorkers, bin, 'office', office, '--summary'], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, SD_TEST_WORKERS_MADE: counted } });
    expect(summary.stdout).toBe(`${formatOfficeSummaryLine(eager)}\n`);
    expect(readFileSync(counted, 'utf8')).toBe(String(officeWorkerCount(135)));
  });
});
