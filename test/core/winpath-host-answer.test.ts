import { describe, expect, it } from 'vitest';
import { succeed, type Host } from '../../src-main/host/host.js';
import { observePath, type ProbeContext } from '../../src-main/probes/probe-context.js';
import { parentPath } from '../../src-shared/paths/path-flavour.js';
import { fileSystemSpelling } from '../../src-shared/winpath/file-system-spelling.js';

/** A probe context over a host that only resolves paths, as `realPath` answers on Windows. */
function contextResolving(answers: Record<string, string>): ProbeContext {
  const host = { realPath: async (path: string) => succeed(answers[path] ?? path) } as unknown as Host;
  return {
    host, flavour: 'windows', identity: { computerName: 'PC' } as ProbeContext['identity'], env: {}, drives: [],
    problems: [], accessMemo: new Map(), resolutionMemo: new Map(),
  };
}

describe('paths the file system reports', () => {
  it('are read literally: a real folder name ending in a space keeps it', async () => {
    // An 8.3 name resolving to a folder whose name really ends in a space (creatable with a
    // trailing separator, "File path formats on Windows systems", Trim characters).
    const observed = await observePath(contextResolving({ 'C:\\SAGE~1': 'C:\\Sage ' }), 'C:\\SAGE~1');
    expect(observed.canonical?.canonical).toBe('C:\\Sage \\');
  });

  it('a real name ending in a period can only be spelled with \\\\?\\', async () => {
    const observed = await observePath(contextResolving({ 'C:\\DATA~1': 'C:\\Data.' }), 'C:\\DATA~1');
    expect(observed.canonical?.canonical).toBe('\\\\?\\C:\\Data.');
  });

  it('plain drive and UNC answers become literal spellings; anything else is left as it is', () => {
    expect(fileSystemSpelling('C:\\Sage ')).toBe('\\\\?\\C:\\Sage ');
    expect(fileSystemSpelling('\\\\srv\\share\\x.')).toBe('\\\\?\\UNC\\srv\\share\\x.');
    expect(fileSystemSpelling('\\\\?\\C:\\x')).toBe('\\\\?\\C:\\x');
    expect(fileSystemSpelling('\\\\.\\C:\\x')).toBe('\\\\.\\C:\\x');
  });

  // Walking up to the nearest existing folder must not rename a folder on the way: Windows would
  // trim `C:\Sage ` (no final separator) to `C:\Sage`.
  it('the folder above keeps a trailing space or period in its name', () => {
    expect(parentPath('windows', 'C:\\Sage \\Company.000')).toBe('C:\\Sage \\');
    expect(parentPath('windows', 'C:\\a.\\b')).toBe('C:\\a.\\');
    expect(parentPath('windows', 'C:\\Sage\\Company.000')).toBe('C:\\Sage');
    expect(parentPath('windows', 'C:\\x')).toBe('C:\\');
    expect(parentPath('windows', '\\\\?\\C:\\x')).toBe('\\\\?\\C:\\');
    expect(parentPath('posix', '/srv/a /b')).toBe('/srv/a ');
  });

  it('a missing path below a folder whose name ends in a space is looked up under that folder', async () => {
    const asked: string[] = [];
    const host = {
      realPath: async (path: string) => {
        asked.push(path);
        return path === 'C:\\Sage \\' ? succeed('C:\\Sage ') : { ok: false as const, error: { kind: 'missing' as const, message: 'missing' } };
      },
    } as unknown as Host;
    const ctx = { ...contextResolving({}), host };
    const observed = await observePath(ctx, 'C:\\Sage \\Company.000');
    expect(asked).toContain('C:\\Sage \\');
    expect(asked).not.toContain('C:\\Sage ');
    expect(observed.canonical?.canonical).toBe('C:\\Sage \\Company.000');
  });
});
