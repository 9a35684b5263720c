import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProcFileStart, readProcFileSync } from '../../src-main/host/posix/proc-file.js';

describe('reading a small /proc file on the calling thread', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sd-procfile-'));

  it('answers the whole text, each time (the buffer is reused, never left over from the last read)', () => {
    writeFileSync(join(dir, 'long'), '4242 (AutoEntry.SyncApp) S 1 2 3\n');
    writeFileSync(join(dir, 'short'), 'sh\n');
    expect(readProcFileSync(join(dir, 'long'))).toBe('4242 (AutoEntry.SyncApp) S 1 2 3\n');
    expect(readProcFileSync(join(dir, 'short'))).toBe('sh\n');
    writeFileSync(join(dir, 'empty'), '');
    expect(readProcFileSync(join(dir, 'empty'))).toBe('');
  });

  it('reads a file larger than its buffer whole', () => {
    const big = `${'x'.repeat(10_000)}\nend\n`;
    writeFileSync(join(dir, 'big'), big);
    expect(readProcFileSync(join(dir, 'big'))).toBe(big);
  });

  it('answers undefined for a process that has gone (no such file) or a folder', () => {
    expect(readProcFileSync(join(dir, 'gone', 'stat'))).toBeUndefined();
    expect(readProcFileSync(dir)).toBeUndefined();
  });

  it.runIf(process.platform === 'linux')('reads this process’s own stat line from the real /proc', () => {
    expect(readProcFileSync(`/proc/${process.pid}/stat`)).toMatch(new RegExp(`^${process.pid} \\(`));
  });

  it('reads the start of a file that may wait on its process through one thread-pool read: the first bytes, or undefined', async () => {
    writeFileSync(join(dir, 'cmdline'), 'C:\\AutoEntry\\SyncApp.exe\0--tray\0');
    expect(await readProcFileStart(join(dir, 'cmdline'))).toBe('C:\\AutoEntry\\SyncApp.exe\0--tray\0');
    expect(await readProcFileStart(join(dir, 'cmdline'), 8)).toBe('C:\\AutoE');
    expect(await readProcFileStart(join(dir, 'gone', 'cmdline'))).toBeUndefined();
    expect(await readProcFileStart(dir)).toBeUndefined(); // a folder: the read fails
  });

  it.runIf(process.platform === 'linux')('reads this process’s own first argument and user from the real /proc', async () => {
    expect((await readProcFileStart(`/proc/${process.pid}/cmdline`))?.split('\0')[0]).toBe(process.argv0);
    expect(await readProcFileStart(`/proc/${process.pid}/status`)).toMatch(/^Uid:\s+\d+/m);
  });
});
