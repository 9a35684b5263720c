import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../src-shared/history/history-schema.js';
import type { HistoryReader } from '../../src-main/app/ipc-handlers.js';
import { createHistoryLog } from '../../src-main/history/history-log.js';

const NOW = new Date('2026-11-21T12:00:00Z');
const hoursAgo = (h: number): string => new Date(NOW.getTime() - h * 3600_000).toISOString();

describe('the history log', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sd-history-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('appends one JSON line per event and reads them back', async () => {
    const log = createHistoryLog({ dir });
    await log.append([{ at: hoursAgo(2), type: 'monitor-started', status: 'ok' }]);
    await log.append([{ at: hoursAgo(1), type: 'status-changed', status: 'error', previousStatus: 'ok' }]);
    const lines = readFileSync(join(dir, 'history.jsonl'), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1]!)).toMatchObject({ type: 'status-changed' });
    const view = await createHistoryLog({ dir }).query('24h', NOW);
    expect(view.events.map((e) => e.type)).toEqual(['monitor-started', 'status-changed']);
  });

  it('survives a crash mid-write: the torn last line is skipped and the next event still reads', async () => {
    const log = createHistoryLog({ dir });
    await log.append([{ at: hoursAgo(3), type: 'syncapp-started' }]);
    appendFileSync(join(dir, 'history.jsonl'), '{"at":"2026-11-21T10:00:00Z","type":"syncapp-st');
    const reopened = createHistoryLog({ dir });
    expect((await reopened.query('24h', NOW)).events).toHaveLength(1);
    await reopened.append([{ at: hoursAgo(1), type: 'syncapp-stopped' }]);
    const view = await createHistoryLog({ dir }).query('24h', NOW);
    expect(view.events.map((e) => e.type)).toEqual(['syncapp-started', 'syncapp-stopped']);
  });

  it('rotates at the size bound, keeps N files, and still answers across them', async () => {
    const log = createHistoryLog({ dir, maxBytes: 2000, keepFiles: 3 });
    const events: HistoryEvent[] = Array.from({ length: 200 }, (_, i) => ({
      at: new Date(NOW.getTime() - (200 - i) * 60_000).toISOString(),
      type: i % 2 === 0 ? 'syncapp-started' : 'syncapp-stopped',
      detail: `event ${i}`,
    }));
    for (const event of events) await log.append([event]);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['history.1.jsonl', 'history.2.jsonl', 'history.3.jsonl', 'history.jsonl']);
    for (const file of files) expect(statSync(join(dir, file)).size).toBeLessThanOrEqual(2000);
    const view = await log.query('24h', NOW);
    // The oldest events were rotated away; the newest survive, in order.
    expect(view.events.length).toBeLessThan(200);
    expect(view.events.length).toBeGreaterThan(40);
    expect(view.events.at(-1)?.detail).toBe('event 199');
    const times = view.events.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('answers the last 24 hours and the last 7 days with up, down and unknown stretches', async () => {
    writeFileSync(
      join(dir, 'history.jsonl'),
      [
        { at: hoursAgo(100), type: 'monitor-started', status: 'ok' },
        { at: hoursAgo(100), type: 'syncapp-started', detail: 'Already running when monitoring began' },
        { at: hoursAgo(30), type: 'syncapp-stopped' },
        { at: hoursAgo(10), type: 'monitor-started', status: 'error' },
        { at: hoursAgo(10), type: 'syncapp-stopped', detail: 'Not running when monitoring began' },
        { at: hoursAgo(4), type: 'syncapp-started' },
        { at: hoursAgo(2), type: 'path-changed', detail: '/data/Company.000: path.match → path.missing' },
      ]
        .map((e) => JSON.stringify(e))
        .join('\n') + '\nnot json at all\n',
    );
    const log = createHistoryLog({ dir });
    const day = await log.query('24h', NOW);
    expect(day.range).toBe('24h');
    expect(day.events.map((e) => e.type)).toEqual(['monitor-started', 'syncapp-stopped', 'syncapp-started', 'path-changed']);
    expect(day.uptime).toEqual([
      { from: hoursAgo(24), to: hoursAgo(4), state: 'down' },
      { from: hoursAgo(4), to: NOW.toISOString(), state: 'up' },
    ]);
    const week = await log.query('7d', NOW);
    expect(week.events).toHaveLength(7);
    expect(week.uptime).toEqual([
      { from: hoursAgo(168), to: hoursAgo(100), state: 'unknown' },
      { from: hoursAgo(100), to: hoursAgo(30), state: 'up' },
      { from: hoursAgo(30), to: hoursAgo(4), state: 'down' },
      { from: hoursAgo(4), to: NOW.toISOString(), state: 'up' },
    ]);
  });

  it('answers an empty view when there is no history yet', async () => {
    const view = await createHistoryLog({ dir: join(dir, 'none') }).query('7d', NOW);
    expect(view).toEqual({ range: '7d', events: [], uptime: [{ from: hoursAgo(168), to: NOW.toISOString(), state: 'unknown' }] });
  });

  it('serves the app\'s history-get as it is (the present is the default end of the range)', async () => {
    const reader: HistoryReader = createHistoryLog({ dir });
    await createHistoryLog({ dir }).append([{ at: new Date(Date.now() - 60_000).toISOString(), type: 'syncapp-started' }]);
    const view = await reader.query('24h');
    expect(view.events).toHaveLength(1);
    expect(view.uptime.at(-1)?.state).toBe('up');
    expect(Date.now() - Date.parse(view.uptime.at(-1)!.to)).toBeLessThan(60_000);
  });
});
