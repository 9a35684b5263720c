import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { open } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { createPosixHost } from '../../src-main/host/posix/posix-host.js';
import { withDeadlines } from '../../src-main/host/with-deadlines.js';

/**
 * A path that never answers — a FIFO with no writer, whose open() would block forever — must
 * hold neither the report nor the process: the real binary prints its report and exits.
 */
const work = mkdtempSync(join(tmpdir(), 'sd-fifo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const bin = fileURLToPath(new URL('../../bin/sync-doctor.js', import.meta.url));
const company = join(work, 'Harbour Cafe.qbw');
writeFileSync(company, Buffer.alloc(128));
execFileSync('mkfifo', [`${company}.ND`]);
execFileSync('mkfifo', [join(work, 'pipe')]);

describe('deadlines that cannot be defeated', () => {
  it('reading a FIFO with no writer answers at once instead of blocking a thread', async () => {
    const host = withDeadlines(createPosixHost(), 2000);
    const result = await host.readFile(join(work, 'pipe'), 1024);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('wrong-kind');
  });

  it('a call really stuck inside the OS (a blocking open of that FIFO) resolves as a timeout, and the event loop keeps turning', async () => {
    const stuck = createPosixHost();
    // A host whose read really blocks: open() on a FIFO with no writer never returns.
    const blocking = { ...stuck, readFile: async (path: string) => { await open(path, 'r'); return { ok: true as const, value: new Uint8Array() }; } };
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 20);
    const started = Date.now();
    const result = await withDeadlines(blocking, 500).readFile(join(work, 'pipe'), 10);
    clearInterval(ticker);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('timeout');
    // "Never" would be the test timeout; a busy machine may be slow to fire timers, but fires them.
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(ticks).toBeGreaterThan(0);
    // Unblock the stuck open() so the test worker can end: a writer appears.
    const writer = await open(join(work, 'pipe'), 'w');
    await writer.close();
  });

  it('check with a never-answering sidecar prints a complete report and the process exits', () => {
    const run = spawnSync(process.execPath, [bin, 'check', '--autoentry-path', company, '--timeout', '1000', '--json'], {
      encoding: 'utf8',
      timeout: 50_000,
      env: { ...process.env, SYNC_DOCTOR_CONFIG_DIR: join(work, 'cfg'), SYNC_DOCTOR_LOG_DIR: join(work, 'log') },
    });
    // Not killed by spawnSync's timeout: it printed its report and exited by itself.
    expect(run.signal).toBeNull();
    const report = JSON.parse(run.stdout);
    expect(report.findings.find((f: { code: string }) => f.code.startsWith('path.'))).toMatchObject({ code: 'path.match', configuredPath: company });
    expect([0, 1, 2]).toContain(run.status);
  });
});
