import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src-shared/settings/settings-schema.js';
import { createAppActions } from '../../src-main/actions/app-actions.js';
import { startSyncApp } from '../../src-main/actions/start-sync-app.js';
import { findSyncAppExecutable, isOnLocalDrive, type ExecutableLookup } from '../../src-main/actions/sync-app-executable.js';
import { createIpcHandlers } from '../../src-main/app/ipc-handlers.js';
import { isAllowedExternalUrl } from '../../src-main/app/window-policy.js';
import { createPreviewDesktop } from '../../src-main/preview/preview-desktop.js';
import { fakeDeps, makeReport, SYNC_APP_STOPPED } from './fakes.js';

const PATTERNS = DEFAULT_SETTINGS.syncAppPatterns;
const LOCAL = 'C:\\Program Files\\AutoEntry Sync';

function reportWith(installs: Array<{ displayName: string; installLocation?: string }>, drives: Array<{ letter: string; kind: string; remote?: string }> = []) {
  return makeReport('error', [SYNC_APP_STOPPED], { inventory: { drives, syncApp: { running: [], stoppedServices: [], installed: installs } } });
}

/** Every folder holds these programs, so only the rules decide. */
function everywhere(names: string[]): ExecutableLookup & { listed: string[] } {
  const listed: string[] = [];
  return {
    listed,
    list: async (folder) => (listed.push(folder), names),
    isFile: async () => true,
  };
}

describe('which program "Start the Sync App" may run', () => {
  it('runs the matching program in a local install folder the probes found', async () => {
    const report = reportWith([{ displayName: 'AutoEntry Desktop Sync', installLocation: LOCAL }], [{ letter: 'C:', kind: 'fixed' }]);
    expect(await findSyncAppExecutable(report, PATTERNS, everywhere(['AutoEntry.Sync.exe', 'unins000.exe']))).toBe(`${LOCAL}\\AutoEntry.Sync.exe`);
  });

  it('never runs anything from a UNC path, a mapped network drive, or a path with steps up', async () => {
    const lookup = everywhere(['AutoEntry.exe']);
    for (const installLocation of ['\\\\FILESRV\\Apps\\AutoEntry', 'S:\\Apps\\AutoEntry', 'C:\\Program Files\\AutoEntry\\..\\..\\Users\\Public', '\\\\?\\C:\\AutoEntry']) {
      const report = reportWith([{ displayName: 'AutoEntry Sync', installLocation }], [{ letter: 'S:', kind: 'network', remote: '\\\\FILESRV\\Apps' }]);
      expect(await findSyncAppExecutable(report, PATTERNS, lookup), installLocation).toBeUndefined();
    }
    expect(lookup.listed).toEqual([]);
    expect(isOnLocalDrive('D:\\Apps', makeReport('ok', [], { inventory: { drives: [{ letter: 'D:', kind: 'removable' }] } }))).toBe(false);
    expect(isOnLocalDrive('D:\\Apps', undefined)).toBe(true);
  });

  it('never runs an install that does not match the Sync App patterns, or a program that does not when there are several', async () => {
    const other = reportWith([{ displayName: 'Calculator Deluxe', installLocation: 'C:\\Program Files\\Calc' }]);
    expect(await findSyncAppExecutable(other, PATTERNS, everywhere(['calc.exe']))).toBeUndefined();
    const several = reportWith([{ displayName: 'AutoEntry Sync', installLocation: LOCAL }]);
    expect(await findSyncAppExecutable(several, PATTERNS, everywhere(['helper.exe', 'tool.exe']))).toBeUndefined();
    expect(await findSyncAppExecutable(other, ['e', 'c'], everywhere(['calc.exe']))).toBeUndefined();
  });

  it('ignores an executable in the settings, even when one is set', async () => {
    const spawnDetached = vi.fn(async () => ({ ok: true as const }));
    const settings = { ...DEFAULT_SETTINGS, syncAppExecutable: 'C:\\Windows\\System32\\calc.exe' };
    const outcome = await startSyncApp({ report: makeReport('error', [SYNC_APP_STOPPED]), settings, recheck: async () => makeReport('error') }, { lookup: everywhere(['calc.exe']), spawnDetached, wait: async () => {} });
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(/Start menu/);
    expect(spawnDetached).not.toHaveBeenCalled();
  });

  it('through the preview: saving a program in settings and pressing Start runs nothing', async () => {
    const spawn = vi.fn(() => ({ on: () => undefined, unref: () => undefined }));
    const desktop = createPreviewDesktop({ thisPc: () => true, platform: 'win32', env: {}, spawn });
    const fakes = fakeDeps({ actions: createAppActions(desktop, isAllowedExternalUrl) });
    fakes.reports.publish(makeReport('error', [SYNC_APP_STOPPED]));
    const handlers = createIpcHandlers(fakes.deps);
    // A key the settings no longer have (an older app's, or a hostile page's): dropped on save.
    const saved = { ...DEFAULT_SETTINGS, syncAppExecutable: '\\\\attacker\\share\\payload.exe' };
    await handlers['settings-save'](saved);
    const outcome = await handlers['syncapp-start']({});
    expect(outcome.ok).toBe(false);
    expect(spawn).not.toHaveBeenCalled();
  });
});
