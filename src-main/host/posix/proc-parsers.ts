/**
 * Pure parsers for the Linux `/proc` files the POSIX host reads. Each takes the file's text and
 * answers a value or `undefined`; none throws.
 */

/** `task->flags` bit of a kernel thread (include/linux/sched.h, PF_KTHREAD, unchanged since 2.6.27). */
const PF_KTHREAD = 0x00200000;

/** What a listing needs from `/proc/<pid>/stat`. */
export interface ProcStat {
  /** The command name between the parentheses (what `comm` holds, without its newline); `undefined` when the line has no `(`. */
  name: string | undefined;
  /** Field 3: R, S, D, Z (zombie), … */
  state: string;
  /** Field 22: start time in clock ticks after boot. */
  startTicks: number;
  /** Field 9 has PF_KTHREAD: a kernel thread, which has no memory of its own (no `exe`, an empty `cmdline`). */
  kernelThread: boolean;
}

/**
 * Fields 3 (state), 9 (flags) and 22 (starttime): the 1st, 7th and 20th whitespace-separated words
 * after the last `)` — the words `text.slice(close + 1).trim().split(/\s+/)` gave, matched by one
 * sticky pattern (`\S+` between `\s+` takes whole words) instead of that split's ~50 strings per
 * line. A pattern, not a loop over the characters: a one-shot listing runs this code cold, where
 * V8's compiled regular expression beats an interpreted loop over ~300 characters per process.
 */
const STAT_FIELDS = /\s*(\S+)(?:\s+\S+){5}\s+(\S+)(?:\s+\S+){12}\s+(\S+)/y;

/**
 * The fields of `/proc/<pid>/stat` a listing uses. The fields after the command name are the
 * whitespace-separated words after the LAST `)` (the name itself may hold spaces and brackets).
 */
export function parseProcStat(text: string): ProcStat | undefined {
  const close = text.lastIndexOf(')');
  if (close < 0) return undefined;
  STAT_FIELDS.lastIndex = close + 1;
  const fields = STAT_FIELDS.exec(text);
  if (fields === null) return undefined;
  const startTicks = Number(fields[3]);
  if (!Number.isFinite(startTicks)) return undefined;
  const open = text.indexOf('(');
  return {
    name: open >= 0 && open < close ? text.slice(open + 1, close) : undefined,
    state: fields[1]!,
    startTicks,
    kernelThread: (Number(fields[2]) & PF_KTHREAD) !== 0,
  };
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

const NEWLINE = 0x0a;
const UID_LINE = Buffer.from('Uid:', 'latin1');

/**
 * `parseStatusUid` of the bytes of `/proc/<pid>/status`, decoding only the text up to the end of
 * the first line that starts with `Uid:` (the 9th line, ~200 bytes of ~1,400) instead of the
 * whole file. Same answer: the first match of the pattern cannot start after that line, and
 * cannot end past it (its digits stop at the newline); where that line does not match, the whole
 * text is parsed as before.
 */
export function parseStatusUidBytes(bytes: Uint8Array): number | undefined {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = buffer.indexOf(UID_LINE);
  while (at > 0 && buffer[at - 1] !== NEWLINE) at = buffer.indexOf(UID_LINE, at + 1);
  if (at >= 0) {
    const lineEnd = buffer.indexOf(NEWLINE, at);
    const uid = parseStatusUid(buffer.toString('utf8', 0, lineEnd < 0 ? buffer.length : lineEnd));
    if (uid !== undefined) return uid;
  }
  return parseStatusUid(buffer.toString('utf8'));
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

const DELETED = ' (deleted)';

/** The executable path from the `/proc/<pid>/exe` link text (drops the kernel's ` (deleted)` mark). */
export function exePath(linkText: string): string {
  return linkText.endsWith(DELETED) ? linkText.slice(0, -DELETED.length) : linkText;
}

/**
 * The longer name a path gives for a process whose short name (`comm`, cut to 15 characters by
 * the kernel) is `short`: the path's last segment when it starts with `short`; otherwise (or for
 * no path) `undefined`.
 */
export function nameFromPath(short: string, path: string | undefined): string | undefined {
  if (path === undefined || path === '') return undefined;
  const trimmed = exePath(path);
  const name = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  return name.startsWith(short) ? name : undefined;
}

/**
 * A process's name from its short name (`comm` without the kernel's newline): the longer name
 * from the executable when it starts with the short name, else from argv[0], else the short name.
 */
export function processName(short: string, exe: string | undefined, argv0: string | undefined): string {
  return nameFromPath(short, exe) ?? nameFromPath(short, argv0) ?? short;
}

/** The short name from the text of `/proc/<pid>/comm` (the kernel ends it with one newline). */
export function commName(commText: string): string {
  return commText.endsWith('\n') ? commText.slice(0, -1) : commText;
}
