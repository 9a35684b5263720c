import type { ProcessInfo } from '../../../src-shared/model/system.js';

/**
 * Parses `ps -A -o pid=,user=,comm=` (macOS and other systems without `/proc`): one process a
 * line, pid and user first, the command (a path on macOS) last. Lines that do not fit are skipped.
 */
export function parsePsOutput(text: string): ProcessInfo[] {
  const processes: ProcessInfo[] = [];
  for (const line of text.split('\n')) {
    const match = /^\s*(\d+)\s+(\S+)\s+(.+?)\s*$/.exec(line);
    if (!match) continue;
    const command = match[3]!;
    const name = command.slice(command.lastIndexOf('/') + 1);
    const info: ProcessInfo = { pid: Number(match[1]), name, user: match[2]! };
    if (command.startsWith('/')) info.path = command;
    processes.push(info);
  }
  return processes;
}
