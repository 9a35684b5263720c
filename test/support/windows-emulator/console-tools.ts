import type { RegistryValue } from '../../../src-shared/model/machine-snapshot-schema.js';
import { callerMayQuery } from './cim-instances.js';
import type { EmulatedPc, EmulatedProcess } from './emulated-pc.js';
import { registryTree } from './registry-tree.js';

/** A console program's answer, as text (the runner encodes it in the console's code page). */
export interface ConsoleAnswer {
  stdout: string;
  stderr: string;
  exitCode: number;
}

const ok = (stdout: string): ConsoleAnswer => ({ stdout, stderr: '', exitCode: 0 });

/** `cmd /d /c chcp`: the console's code page, in the display language (chcp.stdout.txt from Wine 8 for English). */
export function cmd(pc: EmulatedPc, args: readonly string[]): ConsoleAnswer {
  const command = args.filter((a) => !/^\/[dcsqk]$/i.test(a)).join(' ').trim();
  if (/^chcp$/i.test(command)) return ok(`${pc.texts.chcp(pc.texts.oemCodePage)}\n`);
  if (/^ver$/i.test(command)) return ok('\nMicrosoft Windows [Version 10.0.22631.4460]\n');
  return { stdout: '', stderr: `'${command.split(' ')[0]}' is not recognized as an internal or external command,\noperable program or batch file.\n`, exitCode: 1 };
}

/** Session names as `query session` and tasklist print them: 0 is Services, 1 the console, the others remote desktop sessions. */
function sessionName(id: number): string {
  if (id === 0) return 'Services';
  return id === 1 ? 'Console' : `RDP-Tcp#${id + 10}`;
}

function tasklistFilter(text: string): (p: EmulatedProcess & { user: string }) => boolean {
  const match = /^\s*(\w+)\s+(eq|ne|gt|lt|ge|le)\s+(.+?)\s*$/i.exec(text);
  if (!match) throw new Error(`ERROR: The search filter cannot be recognized.`);
  const [, field, op, raw] = match as unknown as [string, string, string, string];
  const value = raw.replace(/^"|"$/g, '');
  const test = (actual: string | number) => {
    const want = typeof actual === 'number' ? Number(value) : value.toLowerCase();
    const have = typeof actual === 'number' ? actual : actual.toLowerCase();
    const wild = typeof want === 'string' && want.endsWith('*');
    const eq = wild ? String(have).startsWith(want.slice(0, -1)) : have === want;
    switch (op.toLowerCase()) {
      case 'eq': return eq;
      case 'ne': return !eq;
      case 'gt': return have > want;
      case 'lt': return have < want;
      case 'ge': return have >= want;
      default: return have <= want;
    }
  };
  switch (field.toUpperCase()) {
    case 'PID': return (p) => test(p.pid);
    case 'IMAGENAME': return (p) => test(p.name);
    case 'SESSION': return (p) => test(p.sessionId);
    case 'SESSIONNAME': return (p) => test(sessionName(p.sessionId));
    case 'USERNAME': return (p) => test(p.user);
    case 'STATUS': return () => test('RUNNING');
    default: return () => true;
  }
}

const csv = (fields: readonly string[]) => fields.map((f) => `"${f.replace(/"/g, '""')}"`).join(',');

/**
 * `tasklist [/V] [/FI "…"]… /FO CSV [/NH]`: every process with its real session number
 * (Microsoft's tasklist documentation: Image Name, PID, Session Name, Session#, Mem Usage;
 * /V adds Status, User Name, CPU Time, Window Title, the user "N/A" where it may not be read).
 * tasklist lists itself; a filter that matches nothing prints the "no tasks" line.
 */
export function tasklist(pc: EmulatedPc, args: readonly string[], ownPid: number): ConsoleAnswer {
  const upper = args.map((a) => a.toUpperCase());
  const verbose = upper.includes('/V');
  const header = !upper.includes('/NH');
  const filters: Array<ReturnType<typeof tasklistFilter>> = [];
  try {
    args.forEach((a, i) => {
      if (a.toUpperCase() === '/FI' && args[i + 1] !== undefined) filters.push(tasklistFilter(args[i + 1]!));
    });
  } catch (error) {
    return { stdout: '', stderr: `${(error as Error).message}\n`, exitCode: 1 };
  }
  const all = [...pc.processes(), { pid: ownPid, name: 'tasklist.exe', user: pc.currentUser, sessionId: pc.userSessionId, elevated: false }];
  const rows = all
    .map((p) => ({ ...p, user: callerMayQuery(pc, p) ? (p.user ?? 'N/A') : 'N/A' }))
    .filter((p) => filters.every((f) => f(p)));
  if (rows.length === 0) return ok(`${pc.texts.noTasks}\n`);
  const lines = rows.map((p) => {
    const base = [p.name, String(p.pid), sessionName(p.sessionId), String(p.sessionId), `${(((p.pid * 37) % 90_000) + 4_000).toLocaleString('en-US')} K`];
    return csv(verbose ? [...base, p.sessionId === 0 ? 'Unknown' : 'Running', p.user, '0:00:01', 'N/A'] : base);
  });
  const titles = ['Image Name', 'PID', 'Session Name', 'Session#', 'Mem Usage', ...(verbose ? ['Status', 'User Name', 'CPU Time', 'Window Title'] : [])];
  return ok(`${header ? `${csv(titles)}\n` : ''}${lines.join('\n')}\n`);
}

const SC_STATE: Record<string, [number, string, string]> = {
  running: [4, 'RUNNING', '(STOPPABLE, NOT_PAUSABLE, ACCEPTS_SHUTDOWN)'],
  stopped: [1, 'STOPPED', '(NOT_STOPPABLE, NOT_PAUSABLE, IGNORES_SHUTDOWN)'],
  'start-pending': [2, 'START_PENDING', '(NOT_STOPPABLE, NOT_PAUSABLE, IGNORES_SHUTDOWN)'],
  'stop-pending': [3, 'STOP_PENDING', '(STOPPABLE, NOT_PAUSABLE, ACCEPTS_SHUTDOWN)'],
  paused: [7, 'PAUSED', '(STOPPABLE, PAUSABLE, ACCEPTS_SHUTDOWN)'],
};

/**
 * `sc queryex type= service state= all` (or `sc queryex <name>`): one block per service in the
 * layout of test/fixtures/windows/published/sc-query-*.txt, with the DISPLAY_NAME, PID and FLAGS
 * lines `queryex` adds (Microsoft's sc.exe queryex documentation). A name that is no service:
 * exit code 1060 and the FAILED 1060 message.
 */
export function sc(pc: EmulatedPc, args: readonly string[]): ConsoleAnswer {
  const rest = args.slice(1);
  const named = rest.find((a, i) => !a.endsWith('=') && !(rest[i - 1] ?? '').endsWith('='));
  const stateAll = rest.some((a, i) => a.toLowerCase() === 'state=' && (rest[i + 1] ?? '').toLowerCase() === 'all');
  let services = pc.services();
  if (named !== undefined) {
    services = services.filter((s) => s.name.toLowerCase() === named.toLowerCase());
    if (services.length === 0) return { stdout: '[SC] EnumQueryServicesStatus:OpenService FAILED 1060:\n\nThe specified service does not exist as an installed service.\n\n', stderr: '', exitCode: 1060 };
  } else if (!stateAll) services = services.filter((s) => s.state !== 'stopped');
  const blocks = services.map((s) => {
    const [code, word, hints] = SC_STATE[s.state] ?? SC_STATE.stopped!;
    const pid = s.state === 'running' || s.state === 'paused' ? (s.pid ?? 0) : 0;
    return [
      `SERVICE_NAME: ${s.name}`,
      `DISPLAY_NAME: ${s.displayName ?? s.name}`,
      '        TYPE               : 10  WIN32_OWN_PROCESS',
      `        STATE              : ${code}  ${word}`,
      `                                ${hints}`,
      '        WIN32_EXIT_CODE    : 0  (0x0)',
      '        SERVICE_EXIT_CODE  : 0  (0x0)',
      '        CHECKPOINT         : 0x0',
      '        WAIT_HINT          : 0x0',
      `        PID                : ${pid}`,
      '        FLAGS              :',
    ].join('\n');
  });
  return ok(`\n${blocks.join('\n\n')}\n`);
}

function regValue(name: string, value: RegistryValue, defaultName: string): string {
  const shown = name === '' ? defaultName : name;
  if (typeof value === 'string') return `    ${shown}    REG_SZ    ${value}`;
  if (typeof value === 'number') return `    ${shown}    ${value > 0xffffffff ? 'REG_QWORD' : 'REG_DWORD'}    0x${value.toString(16)}`;
  return `    ${shown}    REG_MULTI_SZ    ${value.join('\\0')}`;
}

const FULL_HIVES: Record<string, string> = { HKLM: 'HKEY_LOCAL_MACHINE', HKCU: 'HKEY_CURRENT_USER', HKU: 'HKEY_USERS', HKCR: 'HKEY_CLASSES_ROOT' };
const longName = (key: string) => key.replace(/^(HKLM|HKCU|HKU|HKCR)(?=\\|$)/i, (h) => FULL_HIVES[h.toUpperCase()]!);
const shortName = (key: string) => key.replace(/^HKEY_LOCAL_MACHINE|^HKEY_CURRENT_USER|^HKEY_USERS|^HKEY_CLASSES_ROOT/i, (h) => Object.entries(FULL_HIVES).find(([, l]) => l === h.toUpperCase())![0]).replace(/\\+$/, '');

/**
 * `reg query <key> [/s] [/ve | /v name] [/reg:64]` in the layout captured from Wine 8 and
 * published from a German Windows (test/fixtures/windows/wine8/reg-query-*.stdout.txt,
 * published/reg-query-ve-de-textext.txt): a blank line, the key at the margin, values indented
 * by four spaces and separated by four, a blank line after each key. Without /s the direct
 * subkeys follow by name. A key that does not exist or may not be read: exit code 1 and
 * reg.exe's message on stderr, in the display language. A subkey it may not read during /s
 * stops the walk there: what was printed stays, then the message, exit code 1.
 */
export function reg(pc: EmulatedPc, args: readonly string[]): ConsoleAnswer {
  if ((args[0] ?? '').toLowerCase() !== 'query' || args[1] === undefined) return { stdout: '', stderr: 'ERROR: Invalid syntax.\nType "REG /?" for usage.\n', exitCode: 1 };
  const key = shortName(args[1]);
  const flags = args.slice(2).map((a) => a.toLowerCase());
  const recursive = flags.includes('/s');
  const onlyValue = flags.includes('/ve') ? '' : flags.includes('/v') ? args[2 + flags.indexOf('/v') + 1] : undefined;
  const tree = registryTree(pc);
  if (pc.deniedAt(key) !== undefined) return { stdout: '', stderr: `${pc.texts.accessDenied}\n`, exitCode: 1 };
  if (!tree.exists(key)) return { stdout: '', stderr: `${pc.texts.keyNotFound}\n`, exitCode: 1 };
  const out: string[] = [''];
  const printKey = (k: string) => {
    const values = Object.entries(tree.values(k)).filter(([name]) => onlyValue === undefined || name.toLowerCase() === onlyValue.toLowerCase());
    out.push(longName(tree.spelling(k)), ...values.map(([n, v]) => regValue(n, v, pc.texts.defaultValueName)), '');
  };
  if (!recursive) {
    printKey(key);
    out.push(...tree.subkeys(key).map(longName));
    return ok(`${out.join('\n')}\n`);
  }
  let deniedBelow = false;
  const walk = (k: string) => {
    if (deniedBelow) return;
    if (pc.deniedAt(k) !== undefined) {
      deniedBelow = true;
      return;
    }
    printKey(k);
    for (const sub of tree.subkeys(k)) walk(sub);
  };
  walk(key);
  return deniedBelow ? { stdout: `${out.join('\n')}\n`, stderr: `${pc.texts.accessDenied}\n`, exitCode: 1 } : ok(`${out.join('\n')}\n`);
}
