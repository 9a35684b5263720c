import { constants as fsConstants, type Dirent, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { DirEntry, FileStat } from '../../../src-shared/model/system.js';
import { fail, succeed, type HostResult } from '../host.js';
import { closeFile, listWithTypes, openFile, readOpenFile, realPathOf, statOpenFile, statPath } from './callback-fs.js';
import { fsFailure } from './fs-failure.js';

/** Read-only, and non-blocking where the OS has it (POSIX), so opening a FIFO returns at once. */
const OPEN_FOR_READING = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0);

/**
 * The file questions of the Host port answered by Node's fs (its callback API: callback-fs.ts), read-only. `toOsPath` turns the
 * caller's path into the one handed to the OS (the Windows host adds the `\\?\` long-path
 * prefix there); answers and failures always name the caller's path.
 */
export interface NodeFiles {
  stat(path: string): Promise<HostResult<FileStat>>;
  list(path: string): Promise<HostResult<DirEntry[]>>;
  readFile(path: string, maxBytes: number): Promise<HostResult<Uint8Array>>;
  realPath(path: string): Promise<HostResult<string>>;
}

function fileStatOf(stats: Stats): FileStat {
  return { kind: stats.isDirectory() ? 'dir' : 'file', size: stats.isDirectory() ? 0 : stats.size, mtime: stats.mtime.toISOString() };
}

export function createNodeFiles(options: { toOsPath?: (path: string) => string; fromOsPath?: (path: string) => string } = {}): NodeFiles {
  const toOs = options.toOsPath ?? ((path: string) => path);
  const fromOs = options.fromOsPath ?? ((path: string) => path);

  async function kindOfEntry(dir: string, entry: Dirent): Promise<DirEntry['kind'] | undefined> {
    if (entry.isDirectory()) return 'dir';
    if (entry.isFile()) return 'file';
    const special = entry.isBlockDevice() || entry.isCharacterDevice() || entry.isFIFO() || entry.isSocket();
    if (special) return 'file';
    // A link, or a type the file system did not say (DT_UNKNOWN on some network shares).
    try {
      return (await statPath(join(dir, entry.name))).isDirectory() ? 'dir' : 'file';
    } catch {
      return undefined; // a dangling link names nothing
    }
  }

  return {
    async stat(path) {
      try {
        return succeed(fileStatOf(await statPath(toOs(path))));
      } catch (error) {
        return fsFailure(error, 'Cannot look at', path);
      }
    },

    async list(path) {
      const osPath = toOs(path);
      try {
        const entries = await listWithTypes(osPath);
        const listed: DirEntry[] = [];
        for (const entry of entries) {
          const kind = await kindOfEntry(osPath, entry);
          if (kind !== undefined) listed.push({ name: entry.name, kind });
        }
        return succeed(listed);
      } catch (error) {
        return fsFailure(error, 'Cannot list', path);
      }
    },

    async readFile(path, maxBytes) {
      let fd: number | undefined;
      try {
        // Non-blocking open: a FIFO with no writer (or a device) must not hold a thread forever;
        // anything but a regular file is then refused.
        fd = await openFile(toOs(path), OPEN_FOR_READING);
        const stats = await statOpenFile(fd);
        if (stats.isDirectory()) return fail('wrong-kind', `${path} is a folder, not a file`, path);
        if (!stats.isFile()) return fail('wrong-kind', `${path} is not an ordinary file`, path);
        if (stats.size > maxBytes) return fail('too-large', `${path} holds ${stats.size} bytes, more than ${maxBytes}`, path);
        // Read one byte past the limit: some files (under /proc, say) report a size of 0.
        const buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(stats.size, 64 * 1024)));
        let filled = 0;
        for (;;) {
          if (filled === buffer.length) break;
          const bytesRead = await readOpenFile(fd, buffer, filled, buffer.length - filled, filled);
          if (bytesRead === 0) break;
          filled += bytesRead;
        }
        if (filled > maxBytes) return fail('too-large', `${path} holds more than ${maxBytes} bytes`, path);
        return succeed(new Uint8Array(buffer.subarray(0, filled)));
      } catch (error) {
        return fsFailure(error, 'Cannot read', path);
      } finally {
        if (fd !== undefined) await closeFile(fd).catch(() => undefined);
      }
    },

    async realPath(path) {
      try {
        return succeed(fromOs(await realPathOf(toOs(path))));
      } catch (error) {
        return fsFailure(error, 'Cannot resolve', path);
      }
    },
  };
}
