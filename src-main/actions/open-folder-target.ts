import type { Report } from '../../src-shared/model/report-schema.js';
import type { Settings } from '../../src-shared/settings/settings-schema.js';
import { winUpcase } from '../../src-shared/winpath/win-case.js';
import { win32SpellingProblem } from './win32-literal-path.js';

/** Which absolute paths this machine has: drive and UNC paths (Windows) or `/…` (Linux, macOS). */
export type PathFlavour = 'windows' | 'posix';

export type FolderTarget = { ok: true; path: string } | { ok: false; message: string };

/** Programs and things Windows would run rather than show: never a target of "Open folder". */
const RUNNABLE = /\.(exe|com|bat|cmd|pif|scr|cpl|msi|msp|msc|lnk|url|appref-ms|ps1|psm1|vbs|vbe|js|jse|wsf|wsh|hta|jar|reg|inf|application|settingcontent-ms|library-ms|search-ms|searchconnector-ms)$/i;
const URI_SCHEME = /^[a-z][a-z0-9+.-]+:/i;
const WINDOWS_ABSOLUTE = /^(?:[A-Za-z]:\\|\\\\[^\\?.][^\\]*\\[^\\]+)/;
/** `\\?\…`, `\\.\…` (or with forward slashes): device paths, which skip or change Windows' path rules. */
const DEVICE_PATH = /^[\\/]{2}[?.](?:[\\/]|$)/;
const DEVICE_PATH_REFUSAL = 'Sync Doctor does not open \\\\?\\ or \\\\.\\ device paths: give the folder as S:\\Accounts or \\\\SERVER\\Share\\Accounts.';
const FORBIDDEN_CHARACTERS = /[\u0000-\u001f\u007f"<>|*?]/;

const message = (text: string): FolderTarget => ({ ok: false, message: text });

function normalise(path: string, flavour: PathFlavour): string {
  const slashed = flavour === 'windows' ? path.replace(/\//g, '\\') : path;
  return slashed.length > 3 ? slashed.replace(/[\\/]+$/, '') : slashed;
}

function sameOrInside(folder: string, known: string, flavour: PathFlavour): boolean {
  const sep = flavour === 'windows' ? '\\' : '/';
  const [a, b] = flavour === 'windows' ? [winUpcase(folder), winUpcase(known)] : [folder, known];
  return a === b || b.startsWith(a.endsWith(sep) ? a : `${a}${sep}`);
}

function isAbsolute(path: string, flavour: PathFlavour): boolean {
  return flavour === 'windows' ? WINDOWS_ABSOLUTE.test(path) : path.startsWith('/') && !path.startsWith('//');
}

/** Every absolute path the report or the settings mention, anywhere in them. */
export function mentionedPaths(report: Report | undefined, settings: Settings, flavour: PathFlavour): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      const path = normalise(value.trim(), flavour);
      if (isAbsolute(path, flavour)) found.push(path);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(report);
  visit(settings.companies.map((company) => company.path));
  return found;
}

/** The true reason a path is not a full folder path: a bare server says so (device paths are refused before). */
function notAbsoluteReason(path: string, flavour: PathFlavour): string {
  if (flavour === 'posix') return 'Sync Doctor opens only a full folder path.';
  if (path.startsWith('\\\\')) return 'That names a server but no shared folder on it: give the folder as \\\\SERVER\\Share\\Accounts.';
  return 'Sync Doctor opens only a full folder path, such as S:\\Accounts or \\\\SERVER\\Share\\Accounts.';
}

/**
 * Whether "Open folder" may go to this path: a full drive or UNC path (on Windows), no address
 * or program, no `.`/`..` step, and the path, or a folder it is in, named by the report or the
 * settings — so a server the report does not mention is never contacted.
 */
export function checkFolderTarget(requested: string, mentioned: readonly string[], flavour: PathFlavour): FolderTarget {
  const trimmed = requested.trim();
  if (trimmed === '') return message('There is no folder to open.');
  if (flavour === 'windows' && trimmed !== requested) return message('That path cannot be opened: it begins or ends with a space, so Windows would open a different path from the one named.');
  if (URI_SCHEME.test(trimmed)) return message('Sync Doctor opens folders only, not web or system addresses.');
  if (flavour === 'windows' && DEVICE_PATH.test(trimmed)) return message(DEVICE_PATH_REFUSAL);
  if (FORBIDDEN_CHARACTERS.test(trimmed)) return message('That path cannot be opened: it holds characters no folder name can have.');
  const path = normalise(trimmed, flavour);
  if (!isAbsolute(path, flavour)) return message(notAbsoluteReason(path, flavour));
  if (path.split(/[\\/]/).some((step) => step === '.' || step === '..')) return message('That path cannot be opened: it steps up or sideways with "." or "..".');
  // Opened only as Windows itself would spell it: what is checked here, what the file system
  // says is a folder, and what Explorer opens must all be one and the same thing.
  const spelling = flavour === 'windows' ? win32SpellingProblem(path) : undefined;
  if (spelling !== undefined) return message(spelling);
  if (RUNNABLE.test(path)) return message('Sync Doctor does not start programs: that is a program or shortcut, not a folder.');
  if (!mentioned.some((known) => sameOrInside(path, normalise(known, flavour), flavour))) {
    return message(
      path.startsWith('\\\\')
        ? 'Sync Doctor will not contact that server: the report and settings do not mention it.'
        : 'Sync Doctor opens only folders the report or the settings mention.',
    );
  }
  return { ok: true, path };
}
