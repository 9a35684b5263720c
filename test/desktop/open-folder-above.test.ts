import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src-shared/settings/settings-schema.js';
import { createAppActions } from '../../src-main/actions/app-actions.js';
import { checkFolderTarget, mentionedPaths } from '../../src-main/actions/open-folder-target.js';
import { isAllowedExternalUrl } from '../../src-main/app/window-policy.js';
import { makeReport, recordingDesktop } from './fakes.js';

// "Open folder" goes to a folder the report or the settings name, or to a folder above one —
// a whole folder above, name by name, never a folder whose name merely starts the same.
const report = makeReport('error', [
  { code: 'path.mismatch', severity: 'error', title: 'Mismatch', configuredPath: 'D:\\Shared\\Harbour', suggestedPath: '\\\\FILESRV\\Accounts\\Harbour Cafe\\Company.000' },
]);
const settings: Settings = { ...DEFAULT_SETTINGS, companies: [{ id: '1', name: 'Kestrel', software: 'sage', path: 'S:\\Books\\Kestrel' }] };

describe('"Open folder" on a folder above one the report names', () => {
  it('opens the named folder and each folder above it, but never a sibling whose name starts the same', async () => {
    const desktop = recordingDesktop();
    const actions = createAppActions(desktop, isAllowedExternalUrl);
    const open = async (path: string) => (await actions.openFolder({ path, report, settings })).ok;
    for (const allowed of ['D:\\Shared\\Harbour', 'D:\\Shared', 'D:\\', '\\\\FILESRV\\Accounts\\Harbour Cafe', '\\\\FILESRV\\Accounts', 'S:\\Books\\Kestrel', 'S:\\Books']) {
      expect(await open(allowed), allowed).toBe(true);
    }
    for (const refused of ['D:\\Shared\\Harb', 'D:\\Shared\\Harbo', 'D:\\Sha', '\\\\FILESRV\\Accounts\\Harbour Caf', '\\\\FILESRV\\Acc', 'S:\\Books\\Kes', 'S:\\Boo']) {
      expect(await open(refused), refused).toBe(false);
    }
    expect(vi.mocked(desktop.openFolder).mock.calls.map(([path]) => path)).toEqual(['D:\\Shared\\Harbour', 'D:\\Shared', 'D:\\', '\\\\FILESRV\\Accounts\\Harbour Cafe', '\\\\FILESRV\\Accounts', 'S:\\Books\\Kestrel', 'S:\\Books']);
  });

  it('a refused sibling gets the reason, and is not looked up on the disk or the server', async () => {
    const desktop = recordingDesktop();
    const outcome = await createAppActions(desktop, isAllowedExternalUrl).openFolder({ path: 'D:\\Shared\\Harb', report, settings });
    expect(outcome).toEqual({ ok: false, message: 'Sync Doctor opens only folders the report or the settings mention.' });
    const server = await createAppActions(desktop, isAllowedExternalUrl).openFolder({ path: '\\\\FILESRV\\Acc', report, settings });
    expect(server).toEqual({ ok: false, message: 'Sync Doctor will not contact that server: the report and settings do not mention it.' });
    expect(desktop.locate).not.toHaveBeenCalled();
  });

  it('holds on Linux and macOS paths too', () => {
    const posix = makeReport('ok', [{ configuredPath: '/srv/shared/harbour' }]);
    const mentioned = mentionedPaths(posix, DEFAULT_SETTINGS, 'posix');
    expect(checkFolderTarget('/srv/shared/harbour', mentioned, 'posix').ok).toBe(true);
    expect(checkFolderTarget('/srv/shared', mentioned, 'posix').ok).toBe(true);
    expect(checkFolderTarget('/srv/shared/harb', mentioned, 'posix').ok).toBe(false);
    expect(checkFolderTarget('/srv/sha', mentioned, 'posix').ok).toBe(false);
    // Names on Linux are case-sensitive: another case is another folder.
    expect(checkFolderTarget('/srv/Shared', mentioned, 'posix').ok).toBe(false);
  });
});
