import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// src-main/cli/standard-output.ts through the built command line (needs the build): the output
// written straight to a file or a pipe is the same as the stream wrote, and a reader that goes
// away is the stream's to report, as before.
const bin = fileURLToPath(new URL('../../bin/sync-doctor.js', import.meta.url));
const machine = fileURLToPath(new URL('../../test/fixtures/machines/sage-stale-after-upgrade.json', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'sd-stdout-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const env = { ...process.env, SYNC_DOCTOR_CONFIG_DIR: join(work, 'config') };
const args = [bin, 'check', '--machine', machine];
const withoutTime = (text: string) => text.replace(/"generatedAt": "[^"]+"/, '');

describe('the command line’s standard output', () => {
  it('writes the same text into a file as into a pipe, with the same exit code, and nothing on stderr', () => {
    for (const format of [['--json'], ['--summary'], []]) {
      const piped = spawnSync(process.execPath, [...args, ...format], { env, encoding: 'utf8' });
      const file = join(work, 'out.txt');
      const fd = openSync(file, 'w');
      const filed = spawnSync(process.execPath, [...args, ...format], { env, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      closeSync(fd);
      expect(piped.stdout.length).toBeGreaterThan(50);
      expect(withoutTime(readFileSync(file, 'utf8'))).toBe(withoutTime(piped.stdout));
      expect(filed.status).toBe(piped.status);
      expect([piped.stderr, filed.stderr]).toEqual(['', '']);
    }
  });

  it('ends with the check’s exit code when the reader has gone before it writes', async () => {
    const child = spawn(process.execPath, [...args, '--json'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(status).toBe(spawnSync(process.execPath, [...args, '--json'], { env }).status);
    expect(stderr).toBe('');
  });
});
