import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { PathPresence } from './app-actions.js';
import type { PathFlavour } from './open-folder-target.js';
import type { ExecutableLookup } from './sync-app-executable.js';
import type { Spawner } from './system-opener.js';

/** Looks for the Sync App's program with node:fs (the PC Sync Doctor runs on). */
export const nodeExecutableLookup: ExecutableLookup = {
  isFile: async (path) => (await stat(path).catch(() => undefined))?.isFile() ?? false,
};

/** Starts a program on its own (it outlives Sync Doctor), in its folder, without a shell. */
export function spawnDetachedWith(spawner: Spawner = spawn) {
  return (executable: string): Promise<{ ok: true } | { ok: false; message: string }> =>
    new Promise((resolve) => {
      const child = spawner(executable, [], { detached: true, stdio: 'ignore', shell: false, cwd: dirname(executable) });
      child.on('error', (error) => resolve({ ok: false, message: error.message }));
      child.unref();
      setTimeout(() => resolve({ ok: true }), 200);
    });
}

export const waitMs = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** How long "Open folder" waits for a share to say whether the path is there. */
const LOCATE_DEADLINE_MS = 5000;

/** Folder, file or nothing, asked of node:fs; a share that does not answer in time counts as nothing. */
export function nodeLocate(deadlineMs = LOCATE_DEADLINE_MS): (path: string) => Promise<PathPresence> {
  return (path) =>
    new Promise((resolve) => {
      // Stryker disable next-line ArrowFunction,StringLiteral: only a share that never answers reaches it (no such file system in unit tests)
      const timer = setTimeout(() => resolve('missing'), deadlineMs);
      stat(path).then(
        (s) => resolve(s.isDirectory() ? 'folder' : s.isFile() ? 'file' : 'missing'),
        () => resolve('missing'),
        // Stryker disable next-line ArrowFunction: equivalent — a left timer resolves a promise already settled
      ).finally(() => clearTimeout(timer));
    });
}

export function pathFlavourOf(platform: NodeJS.Platform): PathFlavour {
  return platform === 'win32' ? 'windows' : 'posix';
}
