import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { guidanceFor } from '../../src-shared/guidance/guidance.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src-shared/settings/settings-schema.js';
import { createAppActions, type PathPresence } from '../../src-main/actions/app-actions.js';
import { checkFolderTarget, mentionedPaths } from '../../src-main/actions/open-folder-target.js';
import { isAllowedExternalUrl } from '../../src-main/app/window-policy.js';
import { createPreviewDesktop } from '../../src-main/preview/preview-desktop.js';
import { makeReport, recordingDesktop } from './fakes.js';

const QBW = 'D:\\Shared\\Harbour Cafe\\Harbour Cafe.QBW';
const report = makeReport('error', [
  { code: 'path.unreachable', severity: 'error', title: 'Unreachable', configuredPath: '\\\\FILESRV\\Accounts\\Sage\\Company.000' },
  { code: 'quickbooks.found', severity: 'ok', title: 'Found', evidence: [QBW] },
]);
const settings: Settings = { ...DEFAULT_SETTINGS, companies: [{ id: '1', name: 'Harbour', software: 'quickbooks', path: 'S:\\Books\\Harbour.QBW' }] };
const mentioned = mentionedPaths(report, settings, 'windows');

describe('what "Open folder" may open', () => {
  it('refuses addresses of every scheme, with a clear message', () => {
    for (const uri of ['file:///C:/Windows/System32/calc.exe', 'https://evil.example/', 'ms-settings:privacy', 'search-ms:query=x&crumb=location:\\\\evil\\s', 'shell:startup']) {
      const answer = checkFolderTarget(uri, mentioned, 'windows');
      expect(answer, uri).toEqual({ ok: false, message: expect.stringMatching(/folders only/) });
    }
  });

  it('refuses programs and shortcuts even inside a folder the report names', () => {
    for (const program of ['D:\\Shared\\Harbour Cafe\\setup.exe', 'D:\\Shared\\Harbour Cafe\\run.BAT', 'D:\\Shared\\Harbour Cafe\\Books.lnk', 'D:\\Shared\\Harbour Cafe\\x.ps1']) {
      expect(checkFolderTarget(program, mentioned, 'windows'), program).toEqual({ ok: false, message: expect.stringMatching(/does not start programs/) });
    }
  });

  it('refuses a server the report does not mention, relative paths, device paths and steps up', () => {
    expect(checkFolderTarget('\\\\attacker\\share', mentioned, 'windows')).toEqual({ ok: false, message: expect.stringMatching(/will not contact that server/) });
    expect(checkFolderTarget('\\\\FILESRV\\Accounts\\..\\..\\attacker\\x', mentioned, 'windows').ok).toBe(false);
    // A network or device spelling is refused for what it is, never as "not a full folder path".
    const reasons: Array<[string, RegExp]> = [
      ['\\\\?\\C:\\Windows', /does not open \\\\\?\\ or \\\\\.\\ device paths/],
      ['\\\\.\\pipe\\x', /does not open \\\\\?\\ or \\\\\.\\ device paths/],
      ['\\\\FILESRV', /names a server but no shared folder/],
    ];
    for (const [device, reason] of reasons) {
      const answer = checkFolderTarget(device, mentioned, 'windows');
      expect(answer, device).toEqual({ ok: false, message: expect.stringMatching(reason) });
      expect(answer.ok || answer.message, device).not.toMatch(/full folder path/);
    }
    expect(checkFolderTarget('Shared\\Harbour Cafe', mentioned, 'windows').ok).toBe(false);
    expect(checkFolderTarget('C:\\Windows\\System32', mentioned, 'windows')).toEqual({ ok: false, message: expect.stringMatching(/report or the settings mention/) });
    expect(checkFolderTarget('D:\\Shared\\Harbour Cafe"\\x', mentioned, 'windows').ok).toBe(false);
  });

  it('refuses any path Windows would read differently from its spelling: trailing dots and spaces, streams, commas, empty names, devices', () => {
    const refusals: Array<[string, RegExp]> = [
      // A folder anyone can make with a \\?\ path: the file system calls it a folder, Explorer runs evil.exe.
      ['C:\\Users\\Public\\Apps\\evil.exe.', /ends in a dot or a space/],
      ['C:\\Users\\Public\\Apps\\evil.exe. .', /ends in a dot or a space/],
      ['C:\\Users\\Public\\Apps\\evil.exe ', /begins or ends with a space/],
      ['C:\\Users\\Public\\Apps.\\x', /ends in a dot or a space/],
      ['C:\\Users\\Public\\Apps \\x', /ends in a dot or a space/],
      ['C:\\Users\\Public\\Apps\\x:evil.exe', /alternate data stream/],
      ['C:\\Users\\Public\\Apps\\x::$DATA', /alternate data stream/],
      ['C:\\Users\\Public\\Apps\\x,C:\\Windows\\notepad.exe', /","/],
      ['C:\\Users\\Public\\Apps\\a,b', /","/],
      ['C:\\Users\\Public\\\\Apps', /empty name/],
      ['C:\\Users\\Public\\Apps\\CON', /device name/],
      ['C:\\Users\\Public\\Apps\\nul.txt', /device name/],
      ['C:\\Users\\Public\\Apps\\COM\u00b9', /device name/],
    ];
    // Each named by the report itself (a dataset found in it), so only its spelling can refuse it.
    for (const [path, reason] of refusals) {
      const named = mentionedPaths(makeReport('ok', [{ evidence: [path, `${path}\\Company.000`] }]), settings, 'windows');
      expect(checkFolderTarget(path, named, 'windows'), JSON.stringify(path)).toEqual({ ok: false, message: expect.stringMatching(reason) });
    }
    expect(checkFolderTarget('\\\\FILESRV\\Accounts.\\Sage', mentioned, 'windows')).toEqual({ ok: false, message: expect.stringMatching(/ends in a dot or a space/) });
    expect(checkFolderTarget('C:\\Users\\Public\\Apps', ['C:\\Users\\Public\\Apps\\evil.exe.\\Company.000'], 'windows')).toEqual({ ok: true, path: 'C:\\Users\\Public\\Apps' });
  });

  it('gives the true reason for a UNC path it refuses, never "opens only a full folder path"', () => {
    for (const [path, reason] of [['\\\\?\\C:\\Windows', /device paths/], ['\\\\.\\pipe\\x', /device paths/], ['\\\\FILESRV', /server but no shared folder/], ['\\\\FILESRV\\', /server but no shared folder/]] as const) {
      const answer = checkFolderTarget(path, mentioned, 'windows');
      expect(answer, path).toEqual({ ok: false, message: expect.stringMatching(reason) });
      expect(answer.ok ? '' : answer.message).not.toMatch(/opens only a full folder path/);
    }
    expect(checkFolderTarget('Shared\\Harbour Cafe', mentioned, 'windows')).toEqual({ ok: false, message: expect.stringMatching(/opens only a full folder path/) });
  });

  it('accepts a path the report or settings name, a folder above it, any case or slash', () => {
    expect(checkFolderTarget('\\\\FILESRV\\Accounts\\Sage\\Company.000', mentioned, 'windows')).toEqual({ ok: true, path: '\\\\FILESRV\\Accounts\\Sage\\Company.000' });
    expect(checkFolderTarget('//filesrv/accounts/', mentioned, 'windows')).toEqual({ ok: true, path: '\\\\filesrv\\accounts' });
    expect(checkFolderTarget('d:\\shared\\harbour cafe', mentioned, 'windows').ok).toBe(true);
    expect(checkFolderTarget('S:\\Books', mentioned, 'windows').ok).toBe(true);
    expect(checkFolderTarget(QBW, mentioned, 'windows').ok).toBe(true);
  });
});

const fakeDesktop = (presence: PathPresence) => recordingDesktop(presence);

describe('the open-folder action', () => {
  it('opens a folder, shows a company file selected without opening it, and says when nothing is there', async () => {
    const folder = fakeDesktop('folder');
    expect(await createAppActions(folder, isAllowedExternalUrl).openFolder({ path: 'D:\\Shared\\Harbour Cafe', report, settings })).toEqual({ ok: true });
    expect(folder.openFolder).toHaveBeenCalledWith('D:\\Shared\\Harbour Cafe');

    const file = fakeDesktop('file');
    expect((await createAppActions(file, isAllowedExternalUrl).openFolder({ path: QBW, report, settings })).ok).toBe(true);
    expect(file.showFile).toHaveBeenCalledWith(QBW);
    expect(file.openFolder).not.toHaveBeenCalled();

    const missing = fakeDesktop('missing');
    expect(await createAppActions(missing, isAllowedExternalUrl).openFolder({ path: 'S:\\Books', report, settings })).toEqual({ ok: false, message: expect.stringMatching(/not there/) });
    const elsewhere = fakeDesktop('elsewhere');
    expect(await createAppActions(elsewhere, isAllowedExternalUrl).openFolder({ path: 'S:\\Books', report, settings })).toEqual({ ok: false, message: expect.stringMatching(/not on this computer/) });
    expect(missing.openFolder).not.toHaveBeenCalled();
    expect(elsewhere.openFolder).not.toHaveBeenCalled();
  });

  it('never asks the desktop about a refused path', async () => {
    const desktop = fakeDesktop('folder');
    const actions = createAppActions(desktop, isAllowedExternalUrl);
    expect((await actions.openFolder({ path: '\\\\attacker\\share', report, settings })).ok).toBe(false);
    expect((await actions.openFolder({ path: 'ms-settings:', report, settings })).ok).toBe(false);
    expect((await actions.openFolder({ path: 'D:\\Shared\\Harbour Cafe\\evil.exe.', report, settings })).ok).toBe(false);
    expect((await actions.openFolder({ path: 'D:\\Shared\\Harbour Cafe\\x:y', report, settings })).ok).toBe(false);
    expect(desktop.locate).not.toHaveBeenCalled();
  });

  it('points the QuickBooks "cannot be reached" step at the folder, never the .QBW', () => {
    const steps = guidanceFor({ code: 'path.unreachable', severity: 'error', title: 'x', detail: 'x', configuredPath: '\\\\FILESRV\\QB\\Harbour Cafe.QBW' } as Parameters<typeof guidanceFor>[0]);
    const paths = steps.flatMap((s) => (s.action?.kind === 'open-folder' ? [s.action.path] : []));
    expect(paths).toEqual(['\\\\FILESRV\\QB']);
    const sage = guidanceFor({ code: 'path.unreachable', severity: 'error', title: 'x', detail: 'x', configuredPath: 'S:\\Sage\\Company.000' } as Parameters<typeof guidanceFor>[0]);
    expect(sage.flatMap((s) => (s.action?.kind === 'open-folder' ? [s.action.path] : []))).toEqual(['S:\\Sage\\Company.000']);
  });
});

describe('the preview desktop', () => {
  const root = mkdtempSync(join(tmpdir(), 'sd-open-'));
  mkdirSync(join(root, 'Books'));
  writeFileSync(join(root, 'Books', 'Harbour.QBW'), 'not really');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('on Linux, opens a real folder and shows a real file by opening its folder', async () => {
    const spawn = vi.fn(() => ({ on: () => undefined, unref: () => undefined }));
    const desktop = createPreviewDesktop({ thisPc: () => true, platform: 'linux', env: { DISPLAY: ':0' }, spawn });
    const actions = createAppActions(desktop, isAllowedExternalUrl);
    const posixReport = makeReport('ok', [{ evidence: [join(root, 'Books', 'Harbour.QBW')] }]);
    expect((await actions.openFolder({ path: join(root, 'Books'), report: posixReport, settings: DEFAULT_SETTINGS })).ok).toBe(true);
    expect((await actions.openFolder({ path: join(root, 'Books', 'Harbour.QBW'), report: posixReport, settings: DEFAULT_SETTINGS })).ok).toBe(true);
    expect((await actions.openFolder({ path: join(root, 'Books', 'Gone'), report: posixReport, settings: DEFAULT_SETTINGS })).ok).toBe(false);
    expect(spawn.mock.calls.map((c) => (c as unknown[])[1])).toEqual([[join(root, 'Books')], [join(root, 'Books')]]);
  });

  it('on Windows, shows a company file with explorer /select, and opens nothing else', async () => {
    const spawn = vi.fn(() => ({ on: () => undefined, unref: () => undefined }));
    const desktop = createPreviewDesktop({ thisPc: () => true, platform: 'win32', env: {}, spawn, locate: async () => 'file' });
    expect((await createAppActions(desktop, isAllowedExternalUrl).openFolder({ path: QBW, report, settings })).ok).toBe(true);
    expect(spawn).toHaveBeenCalledOnce();
    expect(spawn).toHaveBeenCalledWith('explorer.exe', [`/select,"${QBW}"`], expect.objectContaining({ shell: false, windowsVerbatimArguments: true }));
  });
});

describe('the Electron desktop', () => {
  it('shows a file with showItemInFolder and never openPath', async () => {
    const electron = await import('../support/electron-stub.js');
    const { createElectronDesktop } = await import('../../src-main/electron/electron-desktop.js');
    electron.shell.openPath.mockClear();
    const desktop = createElectronDesktop(() => true);
    expect(await desktop.showFile(QBW)).toEqual({ ok: true });
    expect(electron.shell.showItemInFolder).toHaveBeenCalledWith(QBW);
    expect(electron.shell.openPath).not.toHaveBeenCalled();
  });
});
