import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIpcHandlers } from '../../src-main/app/ipc-handlers.js';
import { createAppLogger } from '../../src-main/logging/app-logger.js';
import { safeLogText } from '../../src-main/logging/log-text.js';
import { readRecentLogLines } from '../../src-main/logging/recent-log-lines.js';
import { fakeDeps } from './fakes.js';

/** Every character a log line must never hold. */
const FORBIDDEN = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

const HOSTILE = [
  'colour \u001b[31mRED\u001b[0m and clear \u001b[2J\u001b[H',
  'title \u001b]0;pwned\u0007 link \u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\',
  'c1 csi \u009b31m and dcs \u001bPqpayload\u001b\\ end',
  'nul\u0000byte bell\u0007 backspace\b\b\bover',
  'bidi \u202eexe.fdp\u202c isolate \u2066x\u2069 marks \u200e\u200f\u061c',
  'line\u2028sep para\u2029sep nel\u0085x',
  'crlf\r\n2026-01-01T00:00:00.000Z ERROR forged',
];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sd-log-inject-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('what reaches the log', () => {
  it('strips escapes, control, bidi and separator characters but keeps the words', () => {
    expect(safeLogText(HOSTILE[0]!)).toBe('colour RED and clear ');
    expect(safeLogText(HOSTILE[1]!)).toBe('title  link click');
    expect(safeLogText(HOSTILE[3]!)).toBe('nulbyte bell backspaceover');
    expect(safeLogText(HOSTILE[4]!)).toBe('bidi exe.fdp isolate x marks ');
    expect(safeLogText(HOSTILE[5]!)).toBe('line ⏎ sep para ⏎ sep nel ⏎ x');
    expect(safeLogText('plain £ text — with accents é and tabs\tok')).toBe('plain £ text — with accents é and tabs ok');
    for (const text of HOSTILE) expect(safeLogText(text), JSON.stringify(text)).not.toMatch(FORBIDDEN);
  });

  it('through log-write, the file holds one clean line per message and nothing forbidden', async () => {
    const logger = createAppLogger({ directory: dir, level: 'debug' });
    const handlers = createIpcHandlers(fakeDeps({ logs: { recent: async () => [], write: (level, message) => logger.log(level, message) } }).deps);
    for (const message of HOSTILE) await handlers['log-write']({ level: 'warn', message });
    logger.log('error', `check failed: ${HOSTILE[2]}`);
    await logger.close();
    const file = readdirSync(dir).find((n) => n.endsWith('.log'))!;
    const lines = readFileSync(join(dir, file), 'utf8').split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(HOSTILE.length + 1);
    for (const line of lines) expect(line, JSON.stringify(line)).not.toMatch(FORBIDDEN);
    expect(lines.map((l) => l.split(' ')[1])).toEqual([...HOSTILE.map(() => 'WARN'), 'ERROR']);
    expect(lines[6]).toMatch(/WARN renderer: crlf ⏎ 2026-01-01T00:00:00.000Z ERROR forged$/);
  });

  it('cleans lines of an older file on the way out to the Support screen', async () => {
    writeFileSync(join(dir, 'sync-doctor-2026-11-19.log'), `2026-11-19T10:00:00Z INFO ${HOSTILE[1]}\n`);
    const [line] = await readRecentLogLines(dir, 5);
    expect(line).toBe('2026-11-19T10:00:00Z INFO title  link click');
  });
});
