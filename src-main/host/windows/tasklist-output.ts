import { parse } from 'csv-parse/sync';
import type { ProcessInfo } from '../../../src-shared/model/system.js';

export type TasklistParse = { ok: true; processes: ProcessInfo[] } | { ok: false; message: string };

/**
 * Parses `tasklist /FO CSV /NH`: "Image Name","PID","Session Name","Session#","Mem Usage".
 * A line that is not CSV (`INFO: No tasks are running…`, `INFORMATION: Es werden keine
 * Aufgaben…`, `INFO : Aucune tâche…`) means no process, whatever the language.
 */
export function parseTasklistCsv(text: string): TasklistParse {
  // Trimmed, so an indented row still parses; no row at all parses to no process.
  const csvLines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.startsWith('"'));
  let rows: string[][];
  try {
    rows = parse(csvLines.join('\n'), { relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    return { ok: false, message: `tasklist output is not CSV: ${error instanceof Error ? error.message : String(error)}` };
  }
  const processes: ProcessInfo[] = [];
  for (const row of rows) {
    const [name, pidText, , sessionText] = row;
    const pid = Number(pidText);
    if (!name || !Number.isInteger(pid)) continue;
    const info: ProcessInfo = { pid, name };
    const session = Number(sessionText);
    if (sessionText !== '' && Number.isInteger(session)) info.sessionId = session;
    processes.push(info);
  }
  return { ok: true, processes };
}
