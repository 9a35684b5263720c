import { stat } from 'node:fs/promises';
import type { Host } from '../host/host.js';

/**
 * A Host read from a file (a machine snapshot), re-read only when the file's size or
 * modification time changed. Handed to the monitor as `refreshHost`, so editing the snapshot
 * (say, removing the Sync App's process) gives a new report. A file that cannot be read or
 * parsed keeps the last good Host and says why through the rejection. `initial` is the Host
 * already made from the file: it is kept until the file changes.
 */
export function reloadingFileHost(path: string, load: (path: string) => Promise<Host>, initial?: Host): () => Promise<Host> {
  let loaded: { host: Host; stamp: string } | undefined;
  return async () => {
    const info = await stat(path);
    const stamp = `${info.size}:${info.mtimeMs}`;
    if (loaded === undefined && initial !== undefined) loaded = { host: initial, stamp };
    if (loaded !== undefined && loaded.stamp === stamp) return loaded.host;
    const host = await load(path);
    loaded = { host, stamp };
    return host;
  };
}
