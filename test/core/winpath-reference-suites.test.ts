import { describe, expect, it } from 'vitest';
import { canonicaliseWinPath, sameFileExplained } from '../../src-shared/winpath/canonical-path.js';
import { formatWinPath, parseWinPath } from '../../src-shared/winpath/parse-win-path.js';

/**
 * Acceptance cases taken from other projects' Windows path test suites, each named by its
 * source. They are kept apart from our own rule tests (winpath-rules.test.ts): these say what
 * other careful implementations — and, where the suite calls GetFullPathNameW, Windows itself —
 * answer, and the path algebra must agree.
 *
 * Where a suite tests a lexical normaliser (CPython's `normpath`, Node's `path.win32`) rather
 * than Windows, only cases on which Windows agrees are taken. Where a suite's answer differs
 * from what Windows does when opening the file, the case is kept with Windows' answer and a note.
 *
 * Sources:
 * - CPython Lib/test/test_ntpath.py (normpath, splitroot, abspath — abspath calls GetFullPathNameW)
 * - Node test/parallel/test-path-normalize.js and test-path-resolve.js (path.win32), and Node's
 *   path.win32.normalize documentation
 * - .NET src/libraries/System.Runtime/tests/.../System/IO/PathTests_Windows.cs and PathTestsBase.cs
 *   (Path.GetFullPath, which follows GetFullPathNameW)
 */

type Case = [source: string, input: string, expected: string];

function canonical(input: string): string {
  const parsed = parseWinPath(input);
  if (!parsed.ok) throw new Error(`${JSON.stringify(input)} refused: ${parsed.reason}`);
  return formatWinPath(parsed.path);
}

function sameFile(a: string, b: string): boolean {
  const x = canonicaliseWinPath(a);
  const y = canonicaliseWinPath(b);
  if (!x.ok || !y.ok) throw new Error(`not a path: ${x.ok ? b : a}`);
  return sameFileExplained(x.value, y.value).same;
}

/** The input names the same path as `expected` (itself read by the same rules). */
const sameAs: Case[] = [
  // CPython test_ntpath.test_normpath
  ['cpython normpath', 'C:///A//B', 'C:\\A\\B'],
  ['cpython normpath', 'D:///A/./B', 'D:\\A\\B'],
  ['cpython normpath', 'e:///A/foo/../B', 'e:\\A\\B'],
  ['cpython normpath', 'c:/', 'c:\\'],
  ['cpython normpath', 'c:/../../..', 'c:\\'],
  ['cpython normpath', 'C:////a/b', 'C:\\a\\b'],
  ['cpython normpath', '//machine/share//a/b', '\\\\machine\\share\\a\\b'],
  ['cpython normpath', '//server/share/..', '\\\\server\\share\\'],
  ['cpython normpath', '//server/share/../', '\\\\server\\share\\'],
  ['cpython normpath', '//server/share/../..', '\\\\server\\share\\'],
  ['cpython normpath', '//server/share/../../', '\\\\server\\share\\'],
  // CPython test_ntpath.test_splitroot (the drive and root it finds are ours too)
  ['cpython splitroot', '\\\\conky\\mountpoint\\foo\\bar', '\\\\conky\\mountpoint\\foo\\bar'],
  ['cpython splitroot', '//?/UNC/server/share/dir', '\\\\server\\share\\dir'],
  ['cpython splitroot', '\\\\?\\UNC\\server\\share\\dir', '\\\\server\\share\\dir'],
  ['cpython splitroot', '\\\\?\\c:\\dir', 'C:\\dir'],
  ['cpython splitroot', '//?/c:/dir', 'C:\\dir'],
  // CPython test_ntpath.test_abspath (GetFullPathNameW)
  ['cpython abspath', 'C:\\', 'C:\\'],
  ['cpython abspath', '\\\\.\\C:////spam////eggs. . .', 'C:\\spam\\eggs'],
  ['cpython abspath', '//spam//eggs. . .', '\\\\spam\\eggs'],
  ['cpython abspath', '\\\\spam\\\\eggs. . .', '\\\\spam\\eggs'],
  ['cpython abspath', 'C:/spam. . .', 'C:\\spam'],
  ['cpython abspath', 'C:\\spam. . .', 'C:\\spam'],
  ['cpython abspath', '//server/share', '\\\\server\\share'],
  ['cpython abspath', '//server/share/', '\\\\server\\share\\'],
  ['cpython abspath', '//server/share/../../', '\\\\server\\share\\'],
  // Node test-path-normalize.js (path.win32) and the path.win32.normalize documentation
  ['node normalize', '//server/share/dir/file.ext', '\\\\server\\share\\dir\\file.ext'],
  ['node normalize', 'C:\\.', 'C:\\'],
  ['node normalize (docs)', 'C:\\temp\\\\foo\\bar\\..\\', 'C:\\temp\\foo\\'],
  ['node normalize (docs)', 'C:////temp\\\\/\\/\\/foo/bar', 'C:\\temp\\foo\\bar'],
  ['node normalize', 'C:\\bar\\foo..\\..\\baz', 'C:\\bar\\baz'],
  // Node test-path-resolve.js (path.win32), single absolute paths
  ['node resolve', 'c:/some/file', 'c:\\some\\file'],
  ['node resolve', 'd:\\a/b\\c/d', 'd:\\a\\b\\c\\d'],
  ['node resolve', '//server/share/../relative\\', '\\\\server\\share\\relative'],
  ['node resolve', '//server//share', '\\\\server\\share\\'],
  ['node resolve', 'C:\\foo\\tmp.3\\..\\tmp.3\\cycles\\root.js', 'C:\\foo\\tmp.3\\cycles\\root.js'],
  // .NET PathTests_Windows.GetFullPath_RelativeRoot
  ['dotnet GetFullPath_RelativeRoot', 'C:\\.', 'C:\\'],
  ['dotnet GetFullPath_RelativeRoot', 'C:\\..', 'C:\\'],
  ['dotnet GetFullPath_RelativeRoot', 'C:\\..\\..', 'C:\\'],
  ['dotnet GetFullPath_RelativeRoot', 'C:\\A\\..', 'C:\\'],
  ['dotnet GetFullPath_RelativeRoot', 'C:\\..\\..\\A\\..', 'C:\\'],
  // .NET PathTests_Windows.GetFullPath_Windows_FullyQualified
  ['dotnet GetFullPath_BasicExpansions', 'C:\\git\\runtime.\\.\\.\\.\\.\\.', 'C:\\git\\runtime'],
  ['dotnet GetFullPath_BasicExpansions', 'C:\\git\\runtime\\\\\\.', 'C:\\git\\runtime'],
  ['dotnet GetFullPath_BasicExpansions', 'C:\\git\\runtime\\..\\runtime\\.\\..\\runtime', 'C:\\git\\runtime'],
  ['dotnet GetFullPath_BasicExpansions', 'C:\\somedir\\..', 'C:\\'],
  ['dotnet GetFullPath_BasicExpansions', 'C:\\\\\\\\', 'C:\\'],
  ['dotnet GetFullPath_BasicExpansions', 'C:\\..\\..\\', 'C:\\'],
  ['dotnet GetFullPath_BasicExpansions', 'C:\\..\\git\\..\\.\\', 'C:\\'],
  ['dotnet GetFullPath_BasicExpansions', 'C:\\.\\runtime\\', 'C:\\runtime\\'],
  // .NET PathTests_Windows.GetFullPath_Windows_PathIsDevicePath (\\.\ is normalised)
  ['dotnet GetFullPath_PathIsDevicePath', '\\\\.\\C:\\git\\runtime.\\.\\.\\.\\.\\.', 'C:\\git\\runtime'],
  ['dotnet GetFullPath_PathIsDevicePath', '\\\\.\\C:\\git\\runtime\\\\\\.', 'C:\\git\\runtime'],
  ['dotnet GetFullPath_PathIsDevicePath', '\\\\.\\C:\\git\\runtime\\..\\runtime\\.\\..\\runtime', 'C:\\git\\runtime'],
  ['dotnet GetFullPath_PathIsDevicePath', '\\\\.\\C:\\Foo.', 'C:\\Foo'],
  ['dotnet GetFullPath_PathIsDevicePath', '\\\\.\\C:\\Foo ', 'C:\\Foo'],
  // .NET PathTests_Windows.GetFullPath_UNC_Valid
  ['dotnet GetFullPath_UNC_Valid', '\\\\LOCALHOST\\share\\test.txt.~SS', '\\\\LOCALHOST\\share\\test.txt.~SS'],
  ['dotnet GetFullPath_UNC_Valid', '\\\\LOCALHOST\\share4\\.', '\\\\LOCALHOST\\share4'],
  ['dotnet GetFullPath_UNC_Valid', '\\\\LOCALHOST\\share5\\..', '\\\\LOCALHOST\\share5'],
  ['dotnet GetFullPath_UNC_Valid', '\\\\LOCALHOST\\share6\\    ', '\\\\LOCALHOST\\share6\\'],
  ['dotnet GetFullPath_UNC_Valid', '\\\\LOCALHOST\\  share7\\', '\\\\LOCALHOST\\  share7\\'],
  ['dotnet GetFullPath_UNC_Valid', '\\\\?\\UNC\\LOCALHOST\\share9', '\\\\LOCALHOST\\share9'],
  ['dotnet GetFullPath_UNC_Valid', '\\\\.\\UNC\\LOCALHOST\\shareH\\dir', '\\\\LOCALHOST\\shareH\\dir'],
  ['dotnet GetFullPath_UNC_Valid', '\\\\.\\UNC\\LOCALHOST\\shareI\\. ', '\\\\LOCALHOST\\shareI\\'],
  ['dotnet GetFullPath_UNC_Valid', '\\\\.\\UNC\\LOCALHOST\\shareJ\\.. ', '\\\\LOCALHOST\\shareJ\\'],
  ['dotnet GetFullPath_UNC_Valid', '\\\\.\\UNC\\LOCALHOST\\shareK\\    ', '\\\\LOCALHOST\\shareK\\'],
  ['dotnet GetFullPath_UNC_Valid', '\\\\.\\UNC\\LOCALHOST\\  shareL\\', '\\\\LOCALHOST\\  shareL\\'],
  // .NET PathTests_Windows.GetFullPath_TrailingSpacesCut / GetFullPath_TrailingPeriodsCut (TestData_Spaces, TestData_Periods)
  ['dotnet GetFullPath_TrailingSpacesCut', 'C:\\Test ', 'C:\\Test'],
  ['dotnet GetFullPath_TrailingSpacesCut', 'C:\\Test   ', 'C:\\Test'],
  ['dotnet GetFullPath_TrailingPeriodsCut', 'C:\\Test...', 'C:\\Test'],
  ['dotnet GetFullPath_TrailingPeriodsCut', 'C:\\Test....', 'C:\\Test'],
];

/** The input's own canonical spelling: names kept exactly, or only expressible literally. */
const spelledAs: Case[] = [
  // .NET GetFullPath_UNC_Valid: the names of a \\?\ path come back untouched (in the plain
  // spelling when that reads back the same, with a final \ guarding a trailing space).
  ['dotnet GetFullPath_UNC_Valid', '\\\\?\\UNC\\LOCALHOST\\shareB\\. ', '\\\\LOCALHOST\\shareB\\. \\'],
  ['dotnet GetFullPath_UNC_Valid', '\\\\?\\UNC\\LOCALHOST\\shareD\\    ', '\\\\LOCALHOST\\shareD\\    \\'],
  // .NET GetFullPath_Windows_PathIsDevicePath: \\?\ is not normalised.
  ['dotnet GetFullPath_PathIsDevicePath', '\\\\?\\C:\\Foo.', '\\\\?\\C:\\Foo.'],
  ['dotnet GetFullPath_PathIsDevicePath', '\\\\?\\C:\\Foo ', 'C:\\Foo \\'],
  ['dotnet GetFullPath_PathIsDevicePath', '\\\\?\\C:\\git\\runtime\\..\\runtime\\.\\..\\runtime', '\\\\?\\C:\\git\\runtime\\..\\runtime\\.\\..\\runtime'],
  ['dotnet GetFullPath_PathIsDevicePath', '\\\\?\\C:\\git\\runtime.\\.\\.\\.\\.\\.', '\\\\?\\C:\\git\\runtime.\\.\\.\\.\\.\\.'],
  // .NET GetFullPath_UnicodeWhiteSpaceStays (TestData_UnicodeWhiteSpace)
  ['dotnet GetFullPath_UnicodeWhiteSpaceStays', 'C:\\Test\u00a0', 'C:\\Test\u00a0'],
  ['dotnet GetFullPath_UnicodeWhiteSpaceStays', 'C:\\Test\u2028', 'C:\\Test\u2028'],
  ['dotnet GetFullPath_UnicodeWhiteSpaceStays', 'C:\\Test\u2029', 'C:\\Test\u2029'],
  // .NET GetFullPath_Windows_CommonDevicePaths: interior names keep their spaces and periods.
  ['dotnet GetFullPath_CommonDevice', 'C:\\foo \\git', 'C:\\foo \\git'],
  ['dotnet GetFullPath_CommonDevice', 'C:\\foo. \\git', 'C:\\foo. \\git'],
  ['dotnet GetFullPath_CommonDevice', 'C:\\ foo \\git', 'C:\\ foo \\git'],
  ['dotnet GetFullPath_CommonDevice', 'C:\\ \\ \\foo', 'C:\\ \\ \\foo'],
  ['dotnet GetFullPath_CommonDevice', 'C:\\ .\\foo', 'C:\\ \\foo'],
  ['dotnet GetFullPath_CommonDevice', 'C:\\ ..\\foo', 'C:\\ ..\\foo'],
  ['dotnet GetFullPath_CommonDevice', 'C:\\...\\foo', 'C:\\...\\foo'],
  // .NET GetFullPath_CommonUnc_Windows
  ['dotnet GetFullPath_CommonUnc', '\\\\server\\share\\...\\\\foo', '\\\\server\\share\\...\\foo'],
  ['dotnet GetFullPath_CommonUnc', '\\\\server\\share\\...\\..\\.\\foo', '\\\\server\\share\\foo'],
  // Node test-path-normalize.js: a name ending in two periods is a name (bar\foo..\ stays).
  ['node normalize', 'C:\\bar\\foo..\\', 'C:\\bar\\foo..\\'],
];

/** Two spellings that must NOT be the same file. */
const different: Array<[source: string, a: string, b: string]> = [
  // .NET GetFullPath_StrangeButLegalPaths: creatable with a trailing separator, distinct from the folder above.
  ['dotnet GetFullPath_StrangeButLegalPaths', 'C:\\cur\\. \\', 'C:\\cur\\'],
  ['dotnet GetFullPath_StrangeButLegalPaths', 'C:\\cur\\...\\', 'C:\\'],
  ['dotnet GetFullPath_StrangeButLegalPaths', 'C:\\cur\\.. \\', 'C:\\'],
  // CPython test_realpath_symlink_prefix: "\\?\…3." and "…3" are two files.
  ['cpython realpath_symlink_prefix', '\\\\?\\C:\\tmp\\TESTFN3.', 'C:\\tmp\\TESTFN3'],
  // .NET GetFullPath_Windows_PathIsDevicePath: \\?\ keeps `..` literally.
  ['dotnet GetFullPath_PathIsDevicePath', '\\\\?\\C:\\git\\runtime\\..\\runtime', 'C:\\git\\runtime'],
];

/** Not a full path to a file or folder. */
const refused: Array<[source: string, input: string]> = [
  // Drive-relative: CPython splitroot('c:foo\\bar') has no root; Node normalize('C:') is 'C:.'; .NET resolves C: against the current folder.
  ['cpython splitroot', 'c:foo\\bar'],
  ['node normalize', 'C:'],
  ['dotnet GetFullPath_CommonRooted', 'C:tmp\\foo\\..'],
  // The volume itself, not a folder: CPython splitroot('\\\\?\\c:') has no root separator.
  ['cpython splitroot', '\\\\?\\c:'],
  ['cpython splitroot', '\\\\.\\c:'],
  // No share: .NET TestData_InvalidUnc, CPython abspath('//server').
  ['dotnet TestData_InvalidUnc', '\\\\'],
  ['dotnet TestData_InvalidUnc', '\\\\LOCALHOST'],
  ['dotnet TestData_InvalidUnc', '\\\\LOCALHOST\\'],
  ['dotnet TestData_InvalidUnc', '\\\\LOCALHOST\\\\'],
  ['cpython abspath', '//server'],
  // Devices other than a drive or UNC: CPython splitroot('\\\\.\\PhysicalDrive0'), ('//./nul').
  ['cpython splitroot', '\\\\.\\PhysicalDrive0'],
  ['cpython splitroot', '//./nul'],
  ['cpython splitroot', '\\\\?\\VOLUME{00000000-0000-0000-0000-000000000000}\\spam'],
  // Where a suite keeps a \\?\ path untouched that Windows cannot open: CPython normpath keeps
  // '\\\\?\\D:/XY\\Z' and .NET keeps '\\\\?\\C:\\git\\runtime\\\\\\.' — but with normalisation skipped,
  // `/` is part of a name and an empty name is invalid, so no file has that path.
  ['cpython normpath', '\\\\?\\D:/XY\\Z'],
  ['dotnet GetFullPath_PathIsDevicePath', '\\\\?\\C:\\git\\runtime\\\\\\.'],
  // GetFullPathNameW normalises even a \\?\ path when called directly (CPython abspath gives
  // '\\\\?\\C:\\spam\\eggs'), but opening it does not: with the separators taken literally the names are empty.
  ['cpython abspath (opened, not GetFullPathNameW)', '\\\\?\\C:////spam////eggs. . .'],
];

describe('reference suites: same path', () => {
  it.each(sameAs)('%s: %j names %j', (_source, input, expected) => {
    expect(sameFile(input, expected)).toBe(true);
  });
});

describe('reference suites: canonical spelling', () => {
  it.each(spelledAs)('%s: %j is spelled %j', (_source, input, expected) => {
    expect(canonical(input)).toBe(expected);
  });
});

describe('reference suites: different files', () => {
  it.each(different)('%s: %j is not %j', (_source, a, b) => {
    expect(sameFile(a, b)).toBe(false);
  });
});

describe('reference suites: not a full path', () => {
  it.each(refused)('%s: %j is refused', (_source, input) => {
    expect(parseWinPath(input).ok).toBe(false);
  });
});
