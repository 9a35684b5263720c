import { describe, expect, it } from 'vitest';
import { succeed } from '../../src-main/host/host.js';
import type { NodeFiles } from '../../src-main/host/node/node-files.js';
import { guardStalledShares, posixShareOf, windowsShareOf } from '../../src-main/host/node/stall-guard.js';
import { keepMappedDrive } from '../../src-main/host/windows/mapped-drive-spelling.js';

describe('a dead share cannot starve other look-ups', () => {
  it('answers timeout at once for a share whose look-up has hung, and frees it when it returns', async () => {
    let now = 0;
    let release: () => void = () => undefined;
    const calls: string[] = [];
    const files: NodeFiles = {
      stat: async (path) => {
        calls.push(path);
        if (calls.length === 1) await new Promise<void>((r) => (release = r)); // the first look-up hangs
        return succeed({ kind: 'file', size: 1, mtime: '2026-11-20T09:00:00Z' });
      },
      list: async () => succeed([]),
      readFile: async () => succeed(new Uint8Array()),
      realPath: async (path) => succeed(path),
    };
    const guarded = guardStalledShares(files, { shareOf: windowsShareOf, stallAfterMs: 5000, clock: () => now });
    const hung = guarded.stat('\\\\DEADNAS\\sage\\Company.000');
    now = 6000;
    expect(await guarded.stat('\\\\deadnas\\SAGE\\Other')).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    expect(await guarded.stat('C:\\ProgramData\\Sage')).toMatchObject({ ok: true });
    expect(calls).toEqual(['\\\\DEADNAS\\sage\\Company.000', 'C:\\ProgramData\\Sage']);
    release();
    await hung;
    expect(await guarded.stat('\\\\DEADNAS\\sage\\Company.000')).toMatchObject({ ok: true });
  });

  it('names the share of a path', () => {
    expect(windowsShareOf('\\\\FileSrv\\Accounts\\Sage')).toBe('\\\\filesrv\\accounts');
    expect(windowsShareOf('\\\\?\\UNC\\FileSrv\\Accounts\\Sage')).toBe('\\\\filesrv\\accounts');
    expect(windowsShareOf('s:\\Sage')).toBe('S:');
    expect(windowsShareOf('\\\\?\\C:\\long')).toBe('C:');
    expect(posixShareOf('/mnt/nas/sage/Company.000')).toBe('/mnt/nas');
  });
});

describe('mapped drives stay as spelled after resolving links', () => {
  const drives = [{ letter: 'S:', kind: 'network' as const, remote: '\\\\FILESRV\\Accounts' }];
  it('puts the drive letter back where Windows resolved it to the UNC path', () => {
    expect(keepMappedDrive('S:\\Sage\\COMPAN~1.000', '\\\\FILESRV\\Accounts\\Sage\\Company.000', drives)).toBe('S:\\Sage\\Company.000');
    expect(keepMappedDrive('s:\\', '\\\\filesrv\\accounts', drives)).toBe('S:\\');
  });
  it('puts the UNC head back where Wine resolved a share to its mapped drive', () => {
    expect(keepMappedDrive('\\\\FILESRV\\Accounts\\SAGEDA~1', 'S:\\Sage Data', drives)).toBe('\\\\FILESRV\\Accounts\\Sage Data');
    expect(keepMappedDrive('\\\\filesrv\\accounts', 'S:\\', drives)).toBe('\\\\filesrv\\accounts');
    expect(keepMappedDrive('\\\\OTHER\\share\\x', 'S:\\x', drives)).toBe('S:\\x');
    expect(keepMappedDrive('\\\\FILESRV\\Accounts\\x', 'T:\\x', drives)).toBe('T:\\x');
  });
  it('leaves other resolutions alone', () => {
    expect(keepMappedDrive('S:\\Link', '\\\\OTHER\\share\\x', drives)).toBe('\\\\OTHER\\share\\x');
    expect(keepMappedDrive('C:\\PROGRA~3', 'C:\\ProgramData', drives)).toBe('C:\\ProgramData');
    expect(keepMappedDrive('S:\\AccountsOld', '\\\\FILESRV\\AccountsOld', drives)).toBe('\\\\FILESRV\\AccountsOld');
  });
});
