import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliDeps } from '../../src-main/cli/cli-deps.js';
import { BLOCKING_SNAPSHOT_READER } from '../../src-main/host/snapshot/blocking-snapshot-reader.js';
import { loadSnapshotFile } from '../../src-main/host/snapshot/load-snapshot.js';

const MACHINES = new URL('../fixtures/machines/', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'sd-blocking-reader-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
writeFileSync(join(scratch, 'not-json.json'), 'Sync Doctor report, printed');
writeFileSync(join(scratch, 'bom.json'), `\uFEFF${JSON.stringify({ format: 'sync-doctor/machine@1', capturedAt: '2026-11-20T09:30:00Z', host: { computerName: 'PC', userName: 'jane' } })}`);

const cases = [
  ...readdirSync(MACHINES).filter((f) => f.endsWith('.json')).map((f) => join(MACHINES, f)),
  join(scratch, 'no-such-file.json'),
  scratch, // a folder
  join(scratch, 'not-json.json'),
  join(scratch, 'bom.json'),
];

describe('a one-shot command reads its snapshot with blocking calls', () => {
  it.each(cases)('gives the same load as the non-blocking reader for %s', async (path) => {
    expect(await loadSnapshotFile(path, BLOCKING_SNAPSHOT_READER)).toEqual(await loadSnapshotFile(path));
  });

  it('is the reader the command line gives the check', () => {
    const deps = cliDeps({ env: {}, stdout: () => undefined, stderr: () => undefined, isTTY: false, stderrIsTTY: false } as never);
    expect(deps.snapshotReader).toBe(BLOCKING_SNAPSHOT_READER);
  });
});
