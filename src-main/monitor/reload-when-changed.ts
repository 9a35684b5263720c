import { stat } from 'node:fs/promises';

/** The file's size and modification time; `undefined` while it is not there. */
async function stampOf(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    return `${info.size}:${info.mtimeMs}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Something made from a file — a snapshot host, the check inputs from the settings file — made
 * again only when the file's size or modification time changed (or it appeared or went).
 * `initial` is what was already made from the file; it is kept until the file changes. A load
 * that fails rejects with its reason, and the caller keeps what it had.
 */
export function reloadWhenChanged<T>(path: string, load: (path: string) => Promise<T>, initial?: T): () => Promise<T> {
  let loaded: { value: T; stamp: string | undefined } | undefined;
  return async () => {
    const stamp = await stampOf(path);
    if (loaded === undefined && initial !== undefined) loaded = { value: initial, stamp };
    if (loaded !== undefined && loaded.stamp === stamp) return loaded.value;
    const value = await load(path);
    loaded = { value, stamp };
    return value;
  };
}
