import { createLiveHost } from '../host/live-host.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS } from '../../src-shared/settings/settings-schema.js';
import { defaultConfigDirectory } from '../settings/app-paths.js';
import { openSettingsStore, SETTINGS_FILE_NAME } from '../settings/settings-store.js';
import type { CheckContextDeps } from './check-args.js';
import type { CliIo } from './cli-io.js';

/**
 * What the commands need from the world: this computer as a Host, and the desktop app's saved
 * settings (the same file; a corrupt one is set aside and the user told on stderr).
 */
export function cliDeps(io: CliIo): CheckContextDeps {
  return {
    createLiveHost: () => createLiveHost(),
    loadSettings: async () => {
      // No settings file yet: the defaults, and nothing written (a check only reads).
      if (!existsSync(join(defaultConfigDirectory(io.env), SETTINGS_FILE_NAME))) return DEFAULT_SETTINGS;
      const store = openSettingsStore({ env: io.env });
      if (store.notice) io.stderr(`sync-doctor: ${store.notice}\n`);
      return store.get();
    },
  };
}
