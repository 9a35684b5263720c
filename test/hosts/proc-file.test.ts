import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProcFileStart, readProcFileStartInto, readProcFileStartSync, readProcFileSync } from '../../src-main/host/posix/proc-file.js';
import { parseStatusUidBytes } from '../../src-main/host/posix/proc-parsers.js';

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

  it('reads the first bytes of a file on this thread as a view of the shared buffer, or undefined', () => {
    writeFileSync(join(dir, 'status'), 'Name:\tx\nUid:\t1000\t1000\t1000\t1000\n');
    expect(readProcFileStartSync(join(dir, 'status'))?.toString()).toBe('Name:\tx\nUid:\t1000\t1000\t1000\t1000\n');
    writeFileSync(join(dir, 'big'), 'y'.repeat(10_000));
    expect(readProcFileStartSync(join(dir, 'big'))?.length).toBe(4096); // the start only, as the thread-pool read before
    expect(readProcFileStartSync(join(dir, 'gone', 'status'))).toBeUndefined();
  });

  it('reads the start of a file into a given buffer through the thread pool: the byte count, or undefined', async () => {
    const into = Buffer.alloc(8, 0x2a);
    writeFileSync(join(dir, 'args'), 'sh\0-c\0');
    expect(await readProcFileStartInto(join(dir, 'args'), into)).toBe(6);
    expect(into.subarray(0, 6).toString()).toBe('sh\0-c\0');
    expect(await readProcFileStartInto(join(dir, 'gone', 'cmdline'), into)).toBeUndefined();
  });

  it.runIf(process.platform === 'linux')('reads this process’s own user from its real status on this thread', () => {
    expect(parseStatusUidBytes(readProcFileStartSync(`/proc/${process.pid}/status`)!)).toBe(process.getuid!());
  });
});
