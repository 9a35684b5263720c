/**
 * Pure parsers for the Linux `/proc` files the POSIX host reads. Each takes the file's text and
 * answers a value or `undefined`; none throws.
 */

/** The fields of `/proc/<pid>/stat` after the command name: state and start time (clock ticks after boot). */
export function parseProcStat(text: string): { state: string; startTicks: number } | undefined {
  const close = text.lastIndexOf(')');
  if (close < 0) return undefined;
  const rest = text.slice(close + 1).trim().split(/\s+/);
  // rest[0] is field 3 (state); starttime is field 22, i.e. rest[19].
  const state = rest[0];
  const startTicks = Number(rest[19]);
  if (state === undefined || !Number.isFinite(startTicks)) return undefined;
  return { state, startTicks };
}

/** The boot time (`btime`, seconds since 1970) from `/proc/stat`. */
export function parseBootTime(text: string): number | undefined {
  const match = /^btime\s+(\d+)\s*$/m.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** The real user id from `/proc/<pid>/status` (`Uid:` line, first field). */
export function parseStatusUid(text: string): number | undefined {
  const match = /^Uid:\s+(\d+)/m.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** User id → user name from `/etc/passwd`. */
export function parsePasswd(text: string): Map<number, string> {
  const names = new Map<number, string>();
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const fields = line.split(':');
    const uid = Number(fields[2]);
    if (fields.length >= 3 && fields[0] && Number.isInteger(uid) && !names.has(uid)) names.set(uid, fields[0]);
  }
  return names;
}

function baseName(path: string): string {
  const trimmed = path.replace(/ \(deleted\)$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/**
 * A process's name. `comm` is cut to 15 characters by the kernel, so the longer name is taken
 * from the executable (or else argv[0]) when it starts with `comm`.
 */
export function processName(comm: string, exe: string | undefined, argv0: string | undefined): string {
  const short = comm.replace(/\n$/, '');
  for (const candidate of [exe, argv0]) {
    if (candidate === undefined || candidate === '') continue;
    const name = baseName(candidate);
    if (name.startsWith(short) && name.length >= short.length) return name;
  }
  return short;
}

/** The executable path from the `/proc/<pid>/exe` link text (drops the kernel's ` (deleted)` mark). */
export function exePath(linkText: string): string {
  return linkText.replace(/ \(deleted\)$/, '');
}
