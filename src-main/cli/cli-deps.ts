import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BLOCKING_SNAPSHOT_READER } from '../host/snapshot/blocking-snapshot-reader.js';
import { defaultConfigDirectory } from '../settings/app-paths.js';
import { SETTINGS_FILE_NAME } from '../settings/settings-file-name.js';
import type { CheckContextDeps } from '../check/check-context.js';
import type { CliIo } from './cli-io.js';

/**
 * What the commands need from the world: this computer as a Host, and the desktop app's saved
 * settings (the same file; a corrupt one is set aside and the user told on stderr).
 */
export function cliDeps(io: CliIo): CheckContextDeps {
  return {
    // The host adapters (and their parsers' libraries) load only when this PC is checked.
    createLiveHost: async (options) => (await import('../host/live-host.js')).createLiveHost(options),
    // A one-shot command waits for its snapshot anyway: read without the thread pool.
    snapshotReader: BLOCKING_SNAPSHOT_READER,
    loadSettings: async () => {
      const file = join(defaultConfigDirectory(io.env), SETTINGS_FILE_NAME);
      // No settings file yet: the defaults (no schema built), and nothing written (a check only reads).
      if (!existsSync(file)) return (await import('../../src-shared/settings/default-settings.js')).DEFAULT_SETTINGS;
      // A file in today's format is read and validated as it is (zod, no conf).
      const current = (await import('../settings/current-settings-file.js')).readCurrentSettingsFile(file);
      if (current !== undefined) return current;
      // An older or damaged file: the settings store (conf, ajv) migrates it or sets it aside.
      const { openSettingsStore } = await import('../settings/settings-store.js');
      const store = openSettingsStore({ env: io.env });
      if (store.notice) io.stderr(`sync-doctor: ${store.notice}\n`);
      return store.get();
    },
  };
}
