import { appendFile, mkdir, open as openFile, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { HistoryEvent, HistoryRange, HistoryView } from '../../src-shared/history/history-schema.js';
import type { HistoryWriter } from './history-writer.js';
import { historyLine, parseHistoryLines } from './history-lines.js';
import { uptimeSegments } from './uptime-segments.js';

export interface HistoryLogOptions {
  /** The folder that holds `history.jsonl` and its rotated predecessors. */
  dir: string;
  /** The current file is rotated before it would grow past this (default 1 MB). */
  maxBytes?: number;
  /** How many rotated files are kept besides the current one (default 4). */
  keepFiles?: number;
}

export interface HistoryLog extends HistoryWriter {
  /** The events and up/down stretches of the last 24 hours or 7 days before `now` (default: the present). */
  query(range: HistoryRange, now?: Date): Promise<HistoryView>;
}

const RANGE_MS: Record<HistoryRange, number> = { '24h': 24 * 3600_000, '7d': 7 * 24 * 3600_000 };
const CURRENT = 'history.jsonl';
const rotated = (index: number): string => `history.${index}.jsonl`;

async function sizeOf(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}

async function endsWithNewline(path: string, size: number): Promise<boolean> {
  if (size === 0) return true;
  const handle = await openFile(path, 'r');
  try {
    const last = Buffer.alloc(1);
    await handle.read(last, 0, 1, size - 1);
    return last[0] === 0x0a;
  } finally {
    await handle.close();
  }
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return '';
  }
}

/**
 * The monitor's append-only history: JSON Lines, one write per line, rotated at a bounded size.
 * A crash mid-write tears at most the line being written; reading skips it, and the next
 * append starts on a fresh line so it does not glue itself to the torn one.
 */
export function createHistoryLog(options: HistoryLogOptions): HistoryLog {
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keepFiles = Math.max(1, options.keepFiles ?? 4);
  const currentPath = join(options.dir, CURRENT);
  let size: number | undefined;
  let needsNewline = false;
  let queue: Promise<void> = Promise.resolve();

  async function open(): Promise<number> {
    if (size === undefined) {
      await mkdir(options.dir, { recursive: true });
      size = await sizeOf(currentPath);
      needsNewline = !(await endsWithNewline(currentPath, size));
    }
    return size;
  }

  async function rotate(): Promise<void> {
    await rm(join(options.dir, rotated(keepFiles)), { force: true });
    for (let index = keepFiles - 1; index >= 1; index -= 1) {
      await rename(join(options.dir, rotated(index)), join(options.dir, rotated(index + 1))).catch(() => undefined);
    }
    await rename(currentPath, join(options.dir, rotated(1)));
    size = 0;
    needsNewline = false;
  }

  async function appendOne(event: HistoryEvent): Promise<void> {
    const line = historyLine(event);
    const bytes = Buffer.byteLength(line);
    const current = await open();
    if (current > 0 && current + bytes > maxBytes) await rotate();
    const text = needsNewline ? `\n${line}` : line;
    await appendFile(currentPath, text, 'utf8');
    size = (size ?? 0) + Buffer.byteLength(text);
    needsNewline = false;
  }

  async function readAll(): Promise<HistoryEvent[]> {
    const names = [...Array.from({ length: keepFiles }, (_, i) => rotated(keepFiles - i)), CURRENT];
    const texts = await Promise.all(names.map((name) => readText(join(options.dir, name))));
    return texts.flatMap(parseHistoryLines);
  }

  return {
    append(events) {
      const write = queue.then(async () => {
        for (const event of events) await appendOne(event);
      });
      queue = write.catch(() => undefined);
      return write;
    },
    async query(range, now = new Date()) {
      await queue;
      const from = new Date(now.getTime() - RANGE_MS[range]);
      const all = (await readAll())
        .map((event, order) => ({ event, order, at: Date.parse(event.at) }))
        .filter((entry) => !Number.isNaN(entry.at))
        .sort((a, b) => a.at - b.at || a.order - b.order)
        .map((entry) => entry.event);
      const inRange = all.filter((event) => {
        const at = Date.parse(event.at);
        return at >= from.getTime() && at <= now.getTime();
      });
      return { range, events: inRange, uptime: uptimeSegments(all, from, now) };
    },
  };
}
