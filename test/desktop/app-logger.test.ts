import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppLogger, oneLine } from '../../src-main/logging/app-logger.js';
import { readRecentLogLines } from '../../src-main/logging/recent-log-lines.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sd-logs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('app logger', () => {
  it('writes dated log files at the chosen level and reads the last lines back', async () => {
    const logger = createAppLogger({ directory: dir, level: 'info' });
    logger.log('info', 'monitor started');
    logger.log('debug', 'too chatty to keep');
    logger.log('error', 'Sync App stopped');
    await logger.close();
    expect(readdirSync(dir).filter((n) => n.endsWith('.log'))).toEqual([`sync-doctor-${new Date().toISOString().slice(0, 10)}.log`]);
    const lines = await readRecentLogLines(dir, 10);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z INFO monitor started$/);
    expect(lines[1]).toMatch(/ERROR Sync App stopped$/);
  });

  it('keeps a multi-line message on one line, so it cannot forge entries', async () => {
    const logger = createAppLogger({ directory: dir, level: 'debug' });
    logger.log('warn', 'renderer: boom\n2026-01-01T00:00:00Z ERROR fake');
    await logger.close();
    expect(await readRecentLogLines(dir, 10)).toHaveLength(1);
    expect(oneLine('a\r\nb\nc')).toBe('a ⏎ b ⏎ c');
  });

  it('changes level at run time', async () => {
    const logger = createAppLogger({ directory: dir, level: 'warn' });
    logger.log('info', 'hidden');
    logger.setLevel('debug');
    logger.log('debug', 'shown');
    await logger.close();
    expect((await readRecentLogLines(dir, 10)).map((l) => l.split(' ').slice(1).join(' '))).toEqual(['DEBUG shown']);
  });

  it('bounds the folder: a day past maxSize rolls over, and old files beyond maxFiles go', async () => {
    const logger = createAppLogger({ directory: dir, level: 'info', maxSize: '1k', maxFiles: 3 });
    // Spaced out as a running app writes: the rotator sizes files per write, not per burst.
    for (let i = 0; i < 30; i++) {
      logger.log('info', `line ${i} ${'x'.repeat(300)}`);
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    await logger.close();
    const logs = readdirSync(dir).filter((n) => n.includes('.log') && !n.endsWith('.json'));
    expect(logs.length).toBeLessThanOrEqual(3);
    const last = await readRecentLogLines(dir, 3);
    expect(last.map((l) => l.match(/line (\d+)/)?.[1])).toEqual(['27', '28', '29']);
  });

  it('reads across files, newest last, and ignores other files', async () => {
    writeFileSync(join(dir, 'sync-doctor-2026-11-19.log'), 'day 19\n');
    writeFileSync(join(dir, 'sync-doctor-2026-11-20.log'), 'day 20 a\n');
    writeFileSync(join(dir, 'sync-doctor-2026-11-20.2.log'), 'day 20 c\n');
    writeFileSync(join(dir, 'sync-doctor-2026-11-20.10.log'), 'day 20 d1\nday 20 d2\n');
    writeFileSync(join(dir, 'sync-doctor-2026-11-20.1.log'), 'day 20 b\n');
    writeFileSync(join(dir, '.log-audit.json'), '{}');
    writeFileSync(join(dir, 'notes.log'), 'not ours\n');
    expect(await readRecentLogLines(dir, 6)).toEqual(['day 19', 'day 20 a', 'day 20 b', 'day 20 c', 'day 20 d1', 'day 20 d2']);
    expect(await readRecentLogLines(dir, 2)).toEqual(['day 20 d1', 'day 20 d2']);
    expect(await readRecentLogLines(join(dir, 'absent'), 3)).toEqual([]);
  });
});
