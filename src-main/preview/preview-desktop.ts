import { spawn } from 'node:child_process';
import { NOT_HERE, type DesktopIntegration } from '../actions/app-actions.js';
import { nodeExecutableLookup, nodeLocate, pathFlavourOf, spawnDetachedWith, waitMs } from '../actions/node-desktop.js';
import { startSyncApp } from '../actions/start-sync-app.js';
import { installRoots } from '../actions/sync-app-executable.js';
import { openWithSystem, showFileWithSystem, type Spawner } from '../actions/system-opener.js';

export interface PreviewDesktopOptions {
  /** The report is of this PC (not a snapshot or the demo), so its folders and programs are here. */
  thisPc: () => boolean;
  platform?: NodeJS.Platform;
  env?: Record<string, string | undefined>;
  spawn?: Spawner;
  /** Overrides node:fs for tests. */
  locate?: DesktopIntegration['locate'];
}

/** The preview's desktop: the system's own opener, and nothing for a machine that is not this one. */
export function createPreviewDesktop(options: PreviewDesktopOptions): DesktopIntegration {
  const system = { platform: options.platform ?? process.platform, env: options.env ?? process.env, spawn: options.spawn ?? spawn };
  const locate = options.locate ?? nodeLocate();
  return {
    pathFlavour: pathFlavourOf(system.platform),
    locate: async (path) => (options.thisPc() ? locate(path) : 'elsewhere'),
    openFolder: async (path) => (options.thisPc() ? openWithSystem(path, system) : { ok: false, message: NOT_HERE }),
    showFile: async (path) => (options.thisPc() ? showFileWithSystem(path, system) : { ok: false, message: NOT_HERE }),
    openUrl: (url) => openWithSystem(url, system),
    // The browser copies to its own clipboard; the server cannot reach it.
    copyText: async () => ({ ok: false, message: 'In the browser preview, copy with the browser (Ctrl+C).' }),
    // A web page cannot learn a file's full path; the window says to paste it instead.
    choosePath: async () => ({ supported: false }),
    startSyncApp: async (request) =>
      options.thisPc()
        ? startSyncApp(request, { lookup: nodeExecutableLookup, roots: installRoots(system.env), spawnDetached: spawnDetachedWith(system.spawn), wait: waitMs })
        : { ok: false, message: NOT_HERE },
  };
}
