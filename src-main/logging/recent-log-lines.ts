import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LOG_FILE_EXTENSION, LOG_FILE_PREFIX } from './app-logger.js';
import { safeLogText } from './log-text.js';

const LOG_FILE_NAME = new RegExp(`^${LOG_FILE_PREFIX}(\\d{4}-\\d\\d-\\d\\d)(?:\\.(\\d+))?${LOG_FILE_EXTENSION.replace('.', '\\.')}$`);

/** Orders `sync-doctor-2026-11-21.log`, `…-21.1.log`, `…-21.2.log`, `…-22.log` oldest first. */
function logFileOrder(name: string): [string, number] | undefined {
  const m = LOG_FILE_NAME.exec(name);
  return m ? [m[1]!, Number(m[2] ?? 0)] : undefined;
}

/** The last `count` lines of the app's logs, oldest first, reading the newest files only as far as needed. */
export async function readRecentLogLines(directory: string, count: number): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(directory);
  } catch {
    return [];
  }
  const files = names
    .map((name) => ({ name, order: logFileOrder(name) }))
    .filter((f): f is { name: string; order: [string, number] } => f.order !== undefined)
    .sort((a, b) => b.order[0].localeCompare(a.order[0]) || b.order[1] - a.order[1]);
  const lines: string[] = [];
  for (const file of files) {
    const text = await readFile(join(directory, file.name), 'utf8').catch(() => '');
    // A file written before lines were cleaned (or by hand) is cleaned on the way out too.
    const fileLines = text.split(/\r?\n/).filter((line) => line !== '').map(safeLogText);
    lines.unshift(...fileLines.slice(-(count - lines.length)));
    if (lines.length >= count) break;
  }
  return lines;
}
