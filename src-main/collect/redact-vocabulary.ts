/**
 * The closed list of words a redacted bundle may keep: product names, Windows' own folders and
 * accounts, the file names the spec reads, registry structure, operating-system words, the words
 * of Sync Doctor's own messages and the stand-ins it writes — nothing that can name a person or a
 * client. Every other word in a bundle becomes a pseudonym (`redact-path.ts`, `redact-text.ts`).
 * Case-insensitive, as Windows is. Ordinary words that are also people's names (May, Will, Bill…)
 * stay off the list: a folder `C:\Users\May` must not keep its name.
 */
const WORDS = `
  sage accounts line sdata autoentry syncapp sync app desktop intuit quickbooks qbw qbw32 qbw64 qbdbmgrn qbcfmonitorservice
  enterprise solutions premier pro accountant edition editions online database manager service services server data update updater
  monitor connect netconnect mrufiles accdata company setup dta nd tlg qbb qbm dsn lgb adr sav bak zip ini exe dll msi lnk txt json log
  qbwuser qbw32 sdo sbd archive archives
  users user public default all programdata program programs files file windows system32 syswow64 appdata local roaming locallow
  documents document my desktop downloads shared settings application temp tmp microsoft common start menu startup packages
  backup backups music pictures videos favorites links contacts searches onedrive
  home srv var opt mnt media usr etc run net volumes lib share shares
  hklm hkcu hku hkcr hkey software wow6432node currentversion uninstall network classes policies
  nt authority system localsystem localservice networkservice local network
  microsoft home education datacenter standard professional build ltsc iot ubuntu debian linux macos darwin gnu lts x64 x86 arm64 bit
  explorer svchost spooler spoolsv print node electron doctor idle registry smss csrss wininit lsass winlogon dwm
  the a an of for and or not no is was were did does do in on at to from with within by as be been could cannot can
  it its this that there here every any none unknown invalid access denied answer answered error errors failed failure timeout timed
  out list process processes drive drives folder folders path paths read unavailable found exit code command ms seconds powershell
  wmi cim rpc tasklist sc reg query wmic get item property child instance parameter operation completed successfully find specified
  name names longer available level elevated deadline look lookup up after before than more less version versions started
  exited session ended while answering restarted start lost ok yes true false
  pc client domain e mail phone removed
`;

const KNOWN = new Set(WORDS.split(/\s+/).filter((word) => word !== '').map((word) => word.toLowerCase()));

/**
 * Words with a number in them that name a product or a version: `QuickBooksDB34`,
 * `QBDataServiceUser34`, `24H2`, `v31`, plain numbers; and the stand-ins redaction writes.
 */
const KNOWN_SHAPES: readonly RegExp[] = [
  /^\d+$/, /^[a-z]$/i, /^v\d+$/i, /^\d\dh\d$/i, /^quickbooksdb\d+$/i, /^qbdataserviceuser\d+$/i, /^win\d+$/i, /^fil\d+$/i, /^file\d+$/i, /^mrufiles\d*$/i,
];

/** A Sage data file (`SETUP.DTA`, `ACCSTAT.DTA`…): the program's own 8.3 names. */
const SAGE_DATA_FILE = /^[A-Za-z0-9_]{1,8}\.dta$/i;
/** An 8.3 short name (`PROGRA~1`), known when it shortens a known word. */
const SHORT_NAME = /^([A-Za-z0-9]{1,6})~\d+$/;
/** A registry GUID key (`{8B7A1C2D-…}`): a product code, not a name. */
const GUID = /^\{[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}\}$/;

/** Whether one word (letters and digits only) is on the list. */
export function isKnownWord(word: string): boolean {
  const lower = word.toLowerCase();
  return KNOWN.has(lower) || KNOWN_SHAPES.some((shape) => shape.test(word));
}

function isKnownShortName(token: string): boolean {
  const prefix = SHORT_NAME.exec(token)?.[1]?.toLowerCase();
  return prefix !== undefined && [...KNOWN].some((word) => word.length > prefix.length && word.startsWith(prefix));
}

/** The words of a name or a text: runs of letters and digits. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Whether a whole name (a folder, a file, a process, a registry key) is made only of known words:
 * `QuickBooks 2024`, `Program Files (x86)`, `AutoEntry.SyncApp.exe`, `SETUP.DTA`, `PROGRA~1`,
 * `{GUID}`. A name with any other word in it (`QuickBooks Harbour Cafe`) is not.
 */
export function isKnownName(name: string): boolean {
  if (SAGE_DATA_FILE.test(name) || GUID.test(name)) return true;
  if (name.split('.').some((part) => SHORT_NAME.test(part) && isKnownShortName(part))) {
    return name.split('.').every((part) => (SHORT_NAME.test(part) ? isKnownShortName(part) : wordsOf(part).every(isKnownWord)));
  }
  const words = wordsOf(name);
  return words.length > 0 && words.every(isKnownWord);
}
