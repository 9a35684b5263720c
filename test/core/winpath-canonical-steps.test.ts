import { describe, expect, it } from 'vitest';
import type { DriveInfo } from '../../src-shared/model/system.js';
import { canonicaliseWinPath, sameFileExplained, type CanonicalPath, type PathContext } from '../../src-shared/winpath/canonical-path.js';
import { applyOneLink, describeLink, parseLinks } from '../../src-shared/winpath/links.js';
import { formatWinPath, parseWinPath, type WinPath } from '../../src-shared/winpath/parse-win-path.js';

/**
 * What canonicalising says about a path: its single spelling, and the reasons (steps) a user
 * is shown for why two spellings are one folder — each reason once, and only reasons that
 * apply.
 */
function canon(input: string, context: PathContext = {}, sageDataset = false): CanonicalPath {
  const c = canonicaliseWinPath(input, context, { sageDataset });
  if (!c.ok) throw new Error(c.reason);
  return c.value;
}

function path(text: string): WinPath {
  const parsed = parseWinPath(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.path;
}

const S: DriveInfo = { letter: 'S:', kind: 'network', remote: '\\\\FILESRV\\Accounts' };
const CASE = { kind: 'case', text: 'Windows ignores upper and lower case in file names' };

describe('the reasons given for one spelling', () => {
  it('a plain path needs none', () => {
    expect(canon('C:\\ProgramData\\Sage').steps).toEqual([]);
  });

  it('quotes pasted around a path are not a reason', () => {
    const c = canon('"C:\\ProgramData\\Sage"');
    expect(c.canonical).toBe('C:\\ProgramData\\Sage');
    expect(c.steps).toEqual([]);
  });

  it.each([
    ['\\\\?\\C:\\Sage', { kind: 'long-prefix', text: 'A leading \\\\?\\ is only the long-path form of the same path' }],
    ['\\\\.\\C:\\Sage', { kind: 'long-prefix', text: 'A leading \\\\.\\ reaches the same path through the device namespace' }],
    ['C:/Sage', { kind: 'separator', text: '/ and \\ both separate folders on Windows' }],
    ['C:\\Sage\\', { kind: 'trailing', text: 'A trailing \\, or a period or space Windows drops from a name, makes no difference' }],
    ['C:\\x\\..\\Sage', { kind: 'dots', text: '. and .. in the path were worked out' }],
  ])('%s is C:\\Sage, and says why', (input, step) => {
    const c = canon(input);
    expect(c.canonical).toBe('C:\\Sage');
    expect(c.steps).toEqual([step]);
  });

  it('the input is kept as given', () => {
    expect(canon('c:/sage/').input).toBe('c:/sage/');
  });

  it('a path that is not a full path is refused with the parser\'s reason', () => {
    const c = canonicaliseWinPath('Company.000');
    expect(c.ok).toBe(false);
    expect(!c.ok && c.reason).toContain('not a full Windows path');
  });
});

describe('a Sage dataset given as its ACCDATA folder', () => {
  it('names the dataset and explains it', () => {
    const c = canon('C:\\Sage\\Company.000\\ACCDATA', {}, true);
    expect(c.canonical).toBe('C:\\Sage\\Company.000');
    expect(c.steps).toEqual([{ kind: 'accdata', text: 'ACCDATA is the data folder inside the dataset; the dataset is the folder that holds it' }]);
  });

  it('only the last name counts', () => {
    expect(canon('C:\\ACCDATA\\Company.000', {}, true).canonical).toBe('C:\\ACCDATA\\Company.000');
  });

  it('a drive root as a dataset stays the drive root', () => {
    const c = canon('C:\\', {}, true);
    expect(c.canonical).toBe('C:\\');
    expect(c.steps).toEqual([]);
  });

  it('on a mapped drive, the dataset is on the share', () => {
    expect(canon('S:\\Sage\\Company.000\\accdata', { drives: [S] }, true).canonical).toBe('\\\\FILESRV\\Accounts\\Sage\\Company.000');
  });
});

describe('links and mapped drives together', () => {
  it('a link found only once the drive is mapped still applies', () => {
    const c = canon('S:\\PROGRA~1\\Company.000', { drives: [S], links: { '\\\\FILESRV\\Accounts\\PROGRA~1': '\\\\FILESRV\\Accounts\\Programs' } });
    expect(c.canonical).toBe('\\\\FILESRV\\Accounts\\Programs\\Company.000');
    expect(c.steps.map((s) => s.kind)).toEqual(['mapped-drive', 'link']);
  });

  it('a link onto a mapped drive ends on the share', () => {
    const c = canon('C:\\Books\\Company.000', { drives: [S], links: { 'C:\\Books': 'S:\\Sage' } });
    expect(c.canonical).toBe('\\\\FILESRV\\Accounts\\Sage\\Company.000');
    expect(c.steps).toEqual([
      { kind: 'link', text: 'C:\\Books is another name for S:\\Sage' },
      { kind: 'mapped-drive', text: 'S: is \\\\FILESRV\\Accounts' },
    ]);
  });

  it('a chain of links is followed to its end', () => {
    expect(canon('C:\\A\\x', { links: { 'C:\\A': 'C:\\B', 'C:\\B': 'C:\\C' } }).canonical).toBe('C:\\C\\x');
  });

  it('a link loop ends with a spelling and a bounded list of reasons', () => {
    const c = canon('C:\\A\\x', { links: { 'C:\\A': 'C:\\B', 'C:\\B': 'C:\\A' } });
    expect(['C:\\A\\x', 'C:\\B\\x']).toContain(c.canonical);
    expect(c.steps.length).toBeGreaterThan(1);
    expect(c.steps.length).toBeLessThanOrEqual(32);
  });
});

describe('the links table', () => {
  it('skips an entry whose name or target is not a full path', () => {
    const links = parseLinks({ 'relative\\x': 'C:\\x', 'C:\\y': 'nowhere', 'C:\\z': 'D:\\z' });
    expect(links.map(describeLink)).toEqual(['C:\\z is another name for D:\\z']);
  });

  it('no table is no links', () => {
    expect(parseLinks(undefined)).toEqual([]);
  });

  it('a link keeps the names below its prefix, and takes the target\'s root', () => {
    const linked = applyOneLink(path('C:\\Short\\a\\b'), parseLinks({ 'C:\\Short': '\\\\srv\\share\\Long Name' }));
    expect(linked && formatWinPath(linked.path)).toBe('\\\\srv\\share\\Long Name\\a\\b');
  });

  it('the link itself is the path\'s whole prefix: the path becomes the target', () => {
    const linked = applyOneLink(path('c:\\short'), parseLinks({ 'C:\\Short': 'D:\\Long' }));
    expect(linked && formatWinPath(linked.path)).toBe('D:\\Long');
  });

  it('no link applies to a path outside every prefix', () => {
    expect(applyOneLink(path('C:\\Other'), parseLinks({ 'C:\\Short': 'D:\\Long' }))).toBeUndefined();
  });
});

describe('the reasons given for two spellings being one folder', () => {
  it('different folders are not the same and give no reasons', () => {
    expect(sameFileExplained(canon('C:/a'), canon('C:/b'))).toEqual({ same: false, steps: [] });
  });

  it('a reason both spellings share is given once', () => {
    const same = sameFileExplained(canon('C:/Sage'), canon('C:/Sage/'));
    expect(same.steps.map((s) => s.kind)).toEqual(['separator', 'trailing']);
  });

  it('the same variable spelled in two cases is one reason', () => {
    const env = { ProgramData: 'C:\\ProgramData' };
    const same = sameFileExplained(canon('%programdata%\\Sage', { env }), canon('%ProgramData%\\Sage', { env }));
    expect(same).toEqual({ same: true, steps: [{ kind: 'environment', text: '%programdata% stands for a folder on this PC' }] });
  });

  it('case is a reason only when the spellings differ in case', () => {
    expect(sameFileExplained(canon('C:\\Sage'), canon('C:\\Sage'))).toEqual({ same: true, steps: [] });
    expect(sameFileExplained(canon('C:\\Sage'), canon('c:\\SAGE'))).toEqual({ same: true, steps: [CASE] });
  });
});
