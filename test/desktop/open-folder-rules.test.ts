import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src-shared/settings/settings-schema.js';
import { checkFolderTarget, mentionedPaths } from '../../src-main/actions/open-folder-target.js';
import { makeReport } from './fakes.js';

// The rules of "Open folder", one by one, on the paths a hostile report or a typing slip would
// give it. Each refusal is checked by its reason, so a rule that stops working shows even when
// another rule would still refuse the path.
const report = makeReport('error', [
  { code: 'path.unreachable', severity: 'error', configuredPath: '\\\\FILESRV\\Accounts\\Harbour Cafe\\Company.000' },
  { code: 'quickbooks.found', severity: 'ok', evidence: ['D:\\Shared\\Books\\Harbour.QBW', 'not a path', '  E:\\Padded\\Folder\\  '] },
]);
const settings: Settings = { ...DEFAULT_SETTINGS, companies: [{ id: '1', name: 'Kestrel', software: 'sage', path: 'S:/Books/Kestrel/' }] };
const mentioned = mentionedPaths(report, settings, 'windows');
const check = (path: string) => checkFolderTarget(path, mentioned, 'windows');
const refusedFor = (reason: RegExp) => ({ ok: false, message: expect.stringMatching(reason) });

describe('the paths a report and the settings mention', () => {
  it('every absolute path anywhere in them, trimmed, with slashes turned and trailing separators dropped; nothing else', () => {
    expect(mentioned).toEqual(['\\\\FILESRV\\Accounts\\Harbour Cafe\\Company.000', 'D:\\Shared\\Books\\Harbour.QBW', 'E:\\Padded\\Folder', 'S:\\Books\\Kestrel']);
    const posix = mentionedPaths(makeReport('ok', [{ configuredPath: '/srv/books/', evidence: ['//server/share', 'relative/path', '/'] }]), DEFAULT_SETTINGS, 'posix');
    expect(posix).toEqual(['/srv/books', '/']);
    expect(mentionedPaths(undefined, DEFAULT_SETTINGS, 'windows')).toEqual([]);
  });
});

describe('what "Open folder" refuses, and why', () => {
  it('nothing at all', () => {
    expect(check('')).toEqual({ ok: false, message: 'There is no folder to open.' });
    expect(check('   ')).toEqual({ ok: false, message: 'There is no folder to open.' });
  });

  it('an address of any scheme, but not a drive letter', () => {
    for (const uri of ['http://x', 'ms-settings:', 'shell:startup', 'a1+.-:x', 'file:D:\\Shared']) expect(check(uri), uri).toEqual(refusedFor(/folders only/));
    expect(check('D:\\Shared\\Books').ok).toBe(true);
  });

  it('characters no folder name can have, one by one', () => {
    for (const c of ['<', '>', '|', '*', '?', '"', '\u0000', '\u0001', '\u001f', '\u007f', '\t']) {
      expect(check(`D:\\Shared\\Books${c}x`), JSON.stringify(c)).toEqual({ ok: false, message: 'That path cannot be opened: it holds characters no folder name can have.' });
    }
  });

  it('anything that is not a full drive or UNC path', () => {
    const relative = { ok: false, message: 'Sync Doctor opens only a full folder path, such as S:\\Accounts or \\\\SERVER\\Share\\Accounts.' };
    for (const path of ['Shared\\Books', 'D:', 'D:Shared', '\\Shared\\Books', '/srv/books']) {
      expect(check(path), path).toEqual(relative);
    }
    // A server without a share, and a device path, are refused with their own true reasons.
    const bareServer = { ok: false, message: 'That names a server but no shared folder on it: give the folder as \\\\SERVER\\Share\\Accounts.' };
    for (const path of ['\\\\FILESRV', '\\\\FILESRV\\', '\\\\\\FILESRV\\Accounts']) {
      expect(check(path), path).toEqual(bareServer);
    }
    expect(check('\\\\.\\D:\\Shared')).toEqual({ ok: false, message: 'Sync Doctor does not open \\\\?\\ or \\\\.\\ device paths: give the folder as S:\\Accounts or \\\\SERVER\\Share\\Accounts.' });
    expect(checkFolderTarget('srv/books', ['/srv/books'], 'posix')).toEqual({ ok: false, message: 'Sync Doctor opens only a full folder path.' });
    expect(checkFolderTarget('//srv/books', ['/srv/books'], 'posix')).toEqual({ ok: false, message: 'Sync Doctor opens only a full folder path.' });
  });

  it('a step up or sideways, even inside a mentioned folder', () => {
    for (const path of ['D:\\Shared\\Books\\..', 'D:\\Shared\\Books\\.\\Harbour.QBW', 'D:\\Shared\\Books\\..\\..\\Windows']) {
      expect(check(path), path).toEqual({ ok: false, message: 'That path cannot be opened: it steps up or sideways with "." or "..".' });
    }
    expect(checkFolderTarget('/srv/books/../etc', ['/srv/books'], 'posix').ok).toBe(false);
  });

  it('a program or shortcut of any kind Windows would run, in any case, even in a mentioned folder', () => {
    const kinds = ['exe', 'com', 'bat', 'cmd', 'pif', 'scr', 'cpl', 'msi', 'msp', 'msc', 'lnk', 'url', 'appref-ms', 'ps1', 'psm1', 'vbs', 'vbe', 'js', 'jse', 'wsf', 'wsh', 'hta', 'jar', 'reg', 'inf', 'application', 'settingcontent-ms', 'library-ms', 'search-ms', 'searchconnector-ms'];
    for (const kind of kinds) {
      for (const spelled of [kind, kind.toUpperCase()]) {
        expect(check(`D:\\Shared\\Books\\tool.${spelled}`), spelled).toEqual({ ok: false, message: 'Sync Doctor does not start programs: that is a program or shortcut, not a folder.' });
      }
    }
  });

  it('but a folder whose name only contains such a word is a folder', () => {
    for (const path of ['D:\\Shared\\exe', 'D:\\Shared\\old.exe files', 'D:\\Shared\\Books\\Harbour.QBW', 'D:\\Shared\\notes.jsx']) {
      expect(checkFolderTarget(path, [`${path}\\Company.000`], 'windows').ok, path).toBe(true);
    }
  });

  it('a place neither the report nor the settings mention, by its reason', () => {
    expect(check('C:\\Windows')).toEqual({ ok: false, message: 'Sync Doctor opens only folders the report or the settings mention.' });
    expect(check('\\\\OTHERSRV\\Accounts')).toEqual({ ok: false, message: 'Sync Doctor will not contact that server: the report and settings do not mention it.' });
  });
});

describe('what "Open folder" opens', () => {
  it('a mentioned path or a folder above it, in any case, with either slash, with or without a trailing separator', () => {
    expect(check('d:/shared/books/')).toEqual({ ok: true, path: 'd:\\shared\\books' });
    expect(check('D:\\')).toEqual({ ok: true, path: 'D:\\' });
    expect(check('E:\\Padded\\Folder')).toEqual({ ok: true, path: 'E:\\Padded\\Folder' });
    // Spaces around it are not trimmed away on Windows (security): it would name a different path.
    expect(check(' S:\\Books\\Kestrel ')).toEqual({ ok: false, message: 'That path cannot be opened: it begins or ends with a space, so Windows would open a different path from the one named.' });
    expect(check('S:\\Books\\Kestrel')).toEqual({ ok: true, path: 'S:\\Books\\Kestrel' });
    expect(check('\\\\filesrv\\accounts\\harbour cafe')).toEqual({ ok: true, path: '\\\\filesrv\\accounts\\harbour cafe' });
    expect(checkFolderTarget('/srv/books/', ['/srv/books/Kestrel'], 'posix')).toEqual({ ok: true, path: '/srv/books' });
    expect(checkFolderTarget('/', ['/srv/books'], 'posix')).toEqual({ ok: true, path: '/' });
  });
});
