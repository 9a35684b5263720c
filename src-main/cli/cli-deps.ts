import { createLiveHost } from '../host/live-host.js';
import { openSettingsStore } from '../settings/settings-store.js';
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
      const store = openSettingsStore({ env: io.env });
      if (store.notice) io.stderr(`sync-doctor: ${store.notice}\n`);
      return store.get();
    },
  };
}
