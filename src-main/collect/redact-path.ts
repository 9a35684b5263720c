import type { Pseudonyms } from './pseudonyms.js';

/**
 * Folder and file names that say where software keeps things, not whose things they are.
 * Every other name in a path is treated as a client's (or a person's) and replaced.
 */
const STRUCTURAL_NAMES: readonly RegExp[] = [
  /^[a-z]:$/i, /^\.{0,2}$/, /^\d{4}$/, /^v\d+$/i, /^company\.\d{3}$/i, /^accdata$/i, /^company$/i, /^%[a-z0-9_()]+%$/i,
  // 8.3 short names of Windows' own folders only; a short name of anything else still names it.
  /^(progra|docume|micros|common|applic|locals|window|intuit|quickb|sage|sageda|autoen)~\d+$/i, /^\{[0-9a-f-]+\}$/i, /^[a-z0-9_]+\.dta$/i, /\.(exe|dll|ini)$/i,
  /^(users|public|default|all users|programdata|program files|program files \(x86\)|windows|system32|syswow64)$/i,
  /^(appdata|local|roaming|locallow|documents|my documents|desktop|shared documents|documents and settings|application data|temp|tmp)$/i,
  /^(sage|accounts|sage accounts|sage 50 accounts|line 50|sage 50|sage line 50|sage data|data|shared|shares?|backups?|company files|company data)$/i,
  /^(intuit|quickbooks.*|qbdataserviceuser\d+)$/i, /^(autoentry.*|microsoft|software|wow6432node)$/i,
  /^(home|srv|var|opt|mnt|media|usr|etc|run|net|volumes)$/i,
];

/** Extensions kept on a replaced name (`Smith Ltd.QBW.ND` → `Client-1.QBW.ND`). */
const KEPT_EXTENSIONS = /((\.(qbw|nd|tlg|qbb|qbm|dsn|lgb|adr|sav|000|001|bak|zip))+)$/i;

function isStructural(name: string): boolean {
  return STRUCTURAL_NAMES.some((pattern) => pattern.test(name));
}

export function redactName(name: string, pseudonyms: Pseudonyms): string {
  const known = pseudonyms.known(name);
  if (known !== undefined) return known;
  if (isStructural(name)) return name;
  const extension = KEPT_EXTENSIONS.exec(name)?.[1] ?? '';
  const stem = name.slice(0, name.length - extension.length);
  if (stem === '' || isStructural(stem)) return name;
  return `${pseudonyms.known(stem) ?? pseudonyms.of(stem, 'folder')}${extension}`;
}

/** A path is a drive path, a UNC path, a rooted path (`\Users\…`, as HOMEPATH), `%VAR%\…` or a POSIX absolute path. */
export function looksLikePath(text: string): boolean {
  return /^[A-Za-z]:[\\/]/.test(text) || /^\\\\[^\\]/.test(text) || /^\\[^\\]/.test(text) || /^%[A-Za-z0-9_()]+%[\\/]/.test(text) || /^\/[^/]/.test(text);
}

/** `C:\A;D:\B`: a list of paths joined by `;`, each redacted on its own. */
export function redactPathList(text: string, pseudonyms: Pseudonyms): string {
  return text
    .split(/(;)/)
    .map((part) => (part === ';' || part.trim() === '' ? part : looksLikePath(part.trim()) ? redactPaddedPath(part, pseudonyms) : `${pseudonyms.of(part.trim(), 'folder')}`))
    .join('');
}

/** A path with spaces around it (a padded value, `A; B`): the spaces stay outside its first and last names. */
export function redactPaddedPath(text: string, pseudonyms: Pseudonyms): string {
  const trimmed = text.trim();
  const start = text.indexOf(trimmed);
  return `${text.slice(0, start)}${redactPath(trimmed, pseudonyms)}${text.slice(start + trimmed.length)}`;
}

/**
 * Replaces every identifying name in a path, keeping its separators and shape: UNC server
 * names become `SERVER-n` (or the computer's pseudonym), user and client folders their pseudonyms.
 */
export function redactPath(path: string, pseudonyms: Pseudonyms): string {
  // Win32 long-path forms keep their prefix: `\\?\C:\…`, `\\?\UNC\SERVER\share\…`.
  const long = /^(\\\\[?.]\\(?:UNC\\)?)(.*)$/i.exec(path);
  if (long) {
    const rest = long[2]!;
    if (/UNC\\$/i.test(long[1]!)) {
      const [server = '', ...tail] = rest.split('\\');
      const pseudonym = server === '' ? '' : (pseudonyms.known(server) ?? pseudonyms.of(server, 'server'));
      return `${long[1]}${pseudonym}${tail.length > 0 ? redactSegments(`\\${tail.join('\\')}`, pseudonyms) : ''}`;
    }
    return `${long[1]}${redactSegments(rest, pseudonyms)}`;
  }
  const unc = /^(\\\\|\/\/)([^\\/]+)(.*)$/.exec(path);
  if (unc) {
    const server = pseudonyms.known(unc[2]!) ?? pseudonyms.of(unc[2]!, 'server');
    return `${unc[1]}${server}${redactSegments(unc[3]!, pseudonyms)}`;
  }
  return redactSegments(path, pseudonyms);
}

/** Below these folders everything is software, not a client's: kept as it is. */
const SOFTWARE_FOLDER = /^(program files|program files \(x86\)|progra~\d|windows)$/i;

function redactSegments(path: string, pseudonyms: Pseudonyms): string {
  let inSoftware = false;
  return path
    .split(/([\\/])/)
    .map((part) => {
      if (part === '\\' || part === '/' || inSoftware) return part;
      if (SOFTWARE_FOLDER.test(part)) inSoftware = true;
      return redactName(part, pseudonyms);
    })
    .join('');
}
