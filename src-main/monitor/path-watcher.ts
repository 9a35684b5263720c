import { existsSync } from 'node:fs';
import { watch, type FSWatcher } from 'chokidar';
import type { WatchTarget } from './watch-targets.js';

/** Watches a changing set of paths and calls back on any change under them (depth 0). */
export interface PathWatcher {
  /** Makes the watched set exactly `targets` (adds the new, stops watching the gone). */
  update(targets: readonly WatchTarget[]): void;
  close(): Promise<void>;
}

export type PathWatcherFactory = (onChange: (path: string) => void, onError: (error: unknown) => void) => PathWatcher;

export interface ChokidarWatcherOptions {
  /** How often polled paths (network drives, shares) are looked at. */
  pollIntervalMs: number;
}

/**
 * The chokidar adapter: one watcher on native events, one polling (created only when a path
 * needs it). Never recursive — folders are watched at depth 0 — and no initial scan events.
 */
export function chokidarPathWatcher(options: ChokidarWatcherOptions): PathWatcherFactory {
  return (onChange, onError) => {
    const watched = new Map<string, boolean>();
    const watchers: { native?: FSWatcher; polling?: FSWatcher } = {};
    let closed = false;

    function watcherFor(polling: boolean): FSWatcher {
      const slot = polling ? 'polling' : 'native';
      let watcher = watchers[slot];
      if (watcher === undefined) {
        watcher = watch([], {
          persistent: true,
          ignoreInitial: true,
          depth: 0,
          ignorePermissionErrors: true,
          usePolling: polling,
          interval: options.pollIntervalMs,
          binaryInterval: options.pollIntervalMs,
        });
        watcher.on('all', (_event, path) => onChange(path));
        watcher.on('error', onError);
        watchers[slot] = watcher;
      }
      return watcher;
    }

    return {
      update(targets) {
        if (closed) return;
        const wanted = new Map(targets.map((target) => [target.path, target.polling]));
        for (const [path, polling] of watched) {
          if (wanted.get(path) !== polling) {
            watcherFor(polling).unwatch(path);
            watched.delete(path);
          }
        }
        for (const [path, polling] of wanted) {
          // A missing local path is left until it exists: chokidar would watch its nearest
          // existing ancestor instead (a busy profile folder, say) and wake on every change
          // there. Each update retries it; the periodic full check notices it appear. Network
          // paths are not tested here: a synchronous look at a dead share would block.
          if (!polling && !existsSync(path)) continue;
          if (!watched.has(path)) {
            watcherFor(polling).add(path);
            watched.set(path, polling);
          }
        }
      },
      async close() {
        closed = true;
        watched.clear();
        await Promise.all([watchers.native?.close(), watchers.polling?.close()]);
      },
    };
  };
}
