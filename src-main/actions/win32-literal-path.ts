import { formatWinPath, parseWinPath } from '../../src-shared/winpath/parse-win-path.js';

/** DOS device names, which Windows reads as the device wherever they stand in a path (`C:\x\CON.txt`, `COM¹`). */
const DEVICE_NAME = /^(?:CON|PRN|AUX|NUL|COM[0-9\u00b9\u00b2\u00b3]|LPT[0-9\u00b9\u00b2\u00b3]|CONIN\$|CONOUT\$)(?:[ .].*)?$/i;

/**
 * Why a full drive or UNC path (back slashes, no trailing separator) would not be read by Windows
 * exactly as it is spelled, or undefined when it would. Explorer and `ShellExecute` read a path
 * the Win32 way (GetFullPathNameW: a last name loses trailing dots and spaces, runs of separators
 * collapse, a device name becomes the device), while a `\\?\` path or `fs.stat` may see the
 * literal names — so `C:\Apps\evil.exe.` is a folder to one and the program `evil.exe` to the
 * other. A path is opened only when there is nothing to read differently: no name ending in a dot
 * or space, no empty name, no `:` after the drive letter (an alternate data stream), no `,`
 * (Explorer's argument separator), no device name, and a Win32 normalisation equal to the path.
 */
/** `path` is a full drive (`C:\\…`) or UNC (`\\\\server\\share…`) path, as `open-folder-target` has checked. */
export function win32SpellingProblem(path: string): string | undefined {
  const unc = path.startsWith('\\\\');
  const rest = unc ? path.slice(2) : path.slice(3);
  // A drive's root (`D:\`) has no names after its separator, not an empty one.
  const names = rest === '' && !unc ? [] : rest.split('\\');
  if (path.includes(',')) return 'That path cannot be opened: it has a ",", which Explorer reads as the end of the path.';
  if (names.some((name) => name === '')) return 'That path cannot be opened: it has an empty name between two \\.';
  if (names.some((name) => /[. ]$/.test(name))) return 'That path cannot be opened: a name in it ends in a dot or a space, which Windows drops, so it would open a different path.';
  if (names.some((name) => name.includes(':'))) return 'That path cannot be opened: it has a ":" after the drive letter (an alternate data stream), not a folder.';
  if (names.some((name) => DEVICE_NAME.test(name))) return 'That path cannot be opened: a name in it is a Windows device name (such as CON or NUL), not a folder.';
  const parsed = parseWinPath(path);
  if (!parsed.ok) return `That path cannot be opened: ${parsed.reason}`;
  const normalised = formatWinPath(parsed.path);
  const literal = unc ? path : `${path[0]!.toUpperCase()}${path.slice(1)}`;
  if (parsed.notes.length > 0 || normalised !== literal) return 'That path cannot be opened: Windows would read it as a different path from the one named.';
  return undefined;
}
