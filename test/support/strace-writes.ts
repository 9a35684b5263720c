/**
 * Reads an `strace -f` log and lists every system call that could change anything under a
 * folder: opening for writing, creating, truncating, renaming, deleting, making folders or
 * links, changing modes or times, and writing to or locking a file descriptor opened there.
 */
const PATH_CHANGING = /^(creat|mkdir|mkdirat|rmdir|unlink|unlinkat|rename|renameat|renameat2|link|linkat|symlink|symlinkat|truncate|chmod|fchmodat|chown|fchownat|lchown|utime|utimes|utimensat|futimesat|setxattr|lsetxattr|removexattr|lremovexattr|mknod|mknodat)$/;
const FD_CHANGING = /^(write|pwrite64|writev|pwritev|pwritev2|ftruncate|flock|fallocate|fchmod|fchown|fsetxattr|fremovexattr|futimens)$/;
const WRITE_FLAGS = /O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND/;

export interface TracedWrite {
  line: string;
}

export function writesUnder(log: string, folder: string): TracedWrite[] {
  const found: TracedWrite[] = [];
  const fdPaths = new Map<string, string>(); // "pid:fd" → path
  const under = (p: string | undefined) => p !== undefined && (p === folder || p.startsWith(`${folder}/`));
  for (const raw of log.split('\n')) {
    const m = /^(\d+)\s+(\w+)\((.*)\)\s+=\s+(-?\d+|\?)/.exec(raw.trim());
    if (!m) continue;
    const [, pid, call, args, result] = m as unknown as [string, string, string, string, string];
    const paths = [...args.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((x) => x[1]!);
    if ((call === 'open' || call === 'openat' || call === 'openat2') && paths[0] !== undefined) {
      if (Number(result) >= 0) fdPaths.set(`${pid}:${result}`, paths[0]);
      if (under(paths[0]) && WRITE_FLAGS.test(args)) found.push({ line: raw });
      continue;
    }
    if (PATH_CHANGING.test(call) && paths.some(under)) {
      found.push({ line: raw });
      continue;
    }
    const fd = /^(\d+)/.exec(args)?.[1];
    if (fd !== undefined && FD_CHANGING.test(call) && under(fdPaths.get(`${pid}:${fd}`))) found.push({ line: raw });
    if (call === 'fcntl' && /F_SETLK|F_SETLKW|F_OFD_SETLK/.test(args) && fd !== undefined && under(fdPaths.get(`${pid}:${fd}`))) found.push({ line: raw });
    if (call === 'close' && fd !== undefined) fdPaths.delete(`${pid}:${fd}`);
  }
  return found;
}
