import { close, fstat, open, read, readdir, readFile, realpath, stat, type Dirent, type Stats } from 'node:fs';

/**
 * The few file-system calls the hosts (and the snapshot and demo readers) make, as promises over Node's callback API — not
 * `fs.promises`, whose first use loads a dozen of Node's own modules (fs/promises with fs/dir,
 * the fs watchers and readline): ~2.5 ms of CPU in every one-shot `check`, measured on the
 * development VM. Each is one trip through libuv's thread pool, as with `fs.promises`, and fails
 * with the same errors (code, errno, message: both come from libuv through the same exception).
 */
const settle = <T>(resolve: (value: T) => void, reject: (error: unknown) => void) => (error: NodeJS.ErrnoException | null, value: T) => (error ? reject(error) : resolve(value));

export const statPath = (path: string): Promise<Stats> => new Promise((resolve, reject) => stat(path, settle(resolve, reject)));

/** A whole file's bytes. */
export const readWholeFile = (path: string): Promise<Buffer> => new Promise((resolve, reject) => readFile(path, settle(resolve, reject)));

export const listWithTypes = (path: string): Promise<Dirent[]> => new Promise((resolve, reject) => readdir(path, { withFileTypes: true }, settle(resolve, reject)));

/** The OS's own realpath(3), as `fs.promises.realpath` (the callback `fs.realpath` walks the path in JavaScript). */
export const realPathOf = (path: string): Promise<string> => new Promise((resolve, reject) => realpath.native(path, settle(resolve, reject)));

export const openFile = (path: string, flags: number): Promise<number> => new Promise((resolve, reject) => open(path, flags, settle(resolve, reject)));

export const statOpenFile = (fd: number): Promise<Stats> => new Promise((resolve, reject) => fstat(fd, settle(resolve, reject)));

export const readOpenFile = (fd: number, into: Buffer, offset: number, length: number, position: number): Promise<number> =>
  new Promise((resolve, reject) => read(fd, into, offset, length, position, settle(resolve, reject)));

export const closeFile = (fd: number): Promise<void> => new Promise((resolve, reject) => close(fd, (error) => (error ? reject(error) : resolve())));
