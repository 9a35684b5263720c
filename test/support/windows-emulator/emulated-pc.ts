import type { MachineSnapshot } from '../../../src-shared/model/machine-snapshot-schema.js';
import { BASELINE_PROCESSES, BASELINE_REGISTRY, BASELINE_SERVICES, sessionProcesses } from './windows-baseline.js';
import { WINDOWS_LANGUAGES, type LanguageTexts, type WindowsLanguage } from './windows-languages.js';

/** How a started PowerShell session misbehaves. */
export type SessionFault = 'none' | 'hang-at-start' | 'hang-mid-answer' | 'crash-at-start' | 'crash-mid-answer';
/** The programs Sync Doctor starts, by what they are. */
export type WindowsProgram = 'powershell' | 'tasklist' | 'reg' | 'sc' | 'cmd' | 'other';

export interface EmulatorFaults {
  /** The Windows display language: the console tools' words and OEM code page. */
  language?: WindowsLanguage;
  /** Registry keys (and everything below them) this user may not read. */
  deniedRegistry?: readonly string[];
  /** Processes running elevated: a non-elevated caller may not open them for PROCESS_ALL_ACCESS, and is not told their path. */
  elevatedPids?: readonly number[];
  /** Windows PowerShell runs in Constrained Language Mode (AppLocker / WDAC policy). */
  constrainedLanguage?: boolean;
  session?: SessionFault;
  /** `child_process` throws synchronously when these programs are started (libuv's EPERM for ERROR_ACCESS_DENIED, or UNKNOWN). */
  spawnThrows?: { code: 'EPERM' | 'UNKNOWN'; programs: readonly WindowsProgram[] };
  /** Programs that cannot be started at all (AppLocker blocks them: the start fails with access denied). */
  blocked?: readonly WindowsProgram[];
  /** WMI does not answer within this many ms (a busy WMI, a Win32_LogicalDisk held up by a dead mapped drive). */
  wmiStallMs?: number;
  /** Each console tool takes this long before it answers. */
  consoleStallMs?: number;
}

export interface EmulatedProcess {
  pid: number;
  name: string;
  path?: string;
  user?: string;
  sessionId: number;
  startedAt?: string;
  elevated: boolean;
}

export interface SpawnRecord {
  program: WindowsProgram;
  command: string;
  args: readonly string[];
  port: 'session' | 'runner';
}

const PROGRAM_BY_FILE: Record<string, WindowsProgram> = { 'powershell.exe': 'powershell', 'pwsh.exe': 'powershell', 'tasklist.exe': 'tasklist', 'reg.exe': 'reg', 'sc.exe': 'sc', 'cmd.exe': 'cmd' };

/** Which program a command line starts, by its file name (any folder, any case, `.exe` optional). */
export function programOf(command: string): WindowsProgram {
  let file = command.slice(Math.max(command.lastIndexOf('\\'), command.lastIndexOf('/')) + 1).toLowerCase();
  if (!file.endsWith('.exe')) file += '.exe';
  return PROGRAM_BY_FILE[file] ?? 'other';
}

/**
 * One Windows PC as the emulator's ports see it: the snapshot's processes, services and
 * registry plus what every Windows has (windows-baseline.ts), the program asking (Sync Doctor's
 * own `node.exe`), the faults to play, and a process table that can change (a process stops:
 * every session watching it is told).
 */
export interface EmulatedPc {
  readonly snapshot: MachineSnapshot;
  faults: EmulatorFaults;
  readonly texts: LanguageTexts;
  /** The Windows session the user (and Sync Doctor) runs in. */
  readonly userSessionId: number;
  /** `DOMAIN\user` of the desktop's user. */
  readonly currentUser: string;
  readonly callerPid: number;
  /** Processes running now. */
  processes(): EmulatedProcess[];
  services(): MachineSnapshot['services'];
  registry(): MachineSnapshot['registry'];
  /** The denied key at or above `key`, if any. */
  deniedAt(key: string): string | undefined;
  stopProcess(pid: number): void;
  startProcess(process: Omit<EmulatedProcess, 'elevated'> & { elevated?: boolean }): void;
  onProcessExit(listener: (pid: number) => void): () => void;
  /** Every program started through the emulator's ports, in order. */
  readonly spawns: SpawnRecord[];
  /** The environment Sync Doctor sees on this PC. */
  readonly env: Record<string, string>;
  /** Next free process id (for programs the ports start). */
  nextPid(): number;
}

export function createEmulatedPc(snapshot: MachineSnapshot, faults: EmulatorFaults = {}, options: { callerPid?: number } = {}): EmulatedPc {
  const userSessionId = snapshot.host.sessionId ?? 1;
  const currentUser = snapshot.host.userDomain ? `${snapshot.host.userDomain}\\${snapshot.host.userName}` : snapshot.host.userName;
  const usedPids = new Set(snapshot.processes.map((p) => p.pid));
  let pidCounter = 20_000;
  const nextPid = () => {
    while (usedPids.has(pidCounter)) pidCounter += 4;
    usedPids.add(pidCounter);
    return pidCounter;
  };
  // Sync Doctor itself: by default this very process's pid, as `tasklist /FI "PID eq <process.pid>"` would find it.
  const callerPid = options.callerPid ?? (usedPids.has(process.pid) ? nextPid() : process.pid);
  usedPids.add(callerPid);
  const has = (p: { pid: number }) => snapshot.processes.some((q) => q.pid === p.pid);
  const extra = [...BASELINE_PROCESSES, ...sessionProcesses(userSessionId, 7000 + userSessionId * 100)].filter((p) => !has(p));
  const table = new Map<number, EmulatedProcess>();
  const elevated = () => new Set(faults.elevatedPids ?? []);
  for (const p of [...extra, ...snapshot.processes]) table.set(p.pid, { ...p, sessionId: p.sessionId ?? userSessionId, elevated: false });
  table.set(callerPid, {
    pid: callerPid,
    name: 'node.exe',
    path: 'C:\\Program Files\\Sync Doctor\\node.exe',
    user: currentUser,
    sessionId: userSessionId,
    elevated: snapshot.host.elevated === true,
  });
  const exitListeners = new Set<(pid: number) => void>();
  const env: Record<string, string> = {
    SystemRoot: 'C:\\Windows',
    windir: 'C:\\Windows',
    SystemDrive: 'C:',
    COMPUTERNAME: snapshot.host.computerName,
    USERNAME: snapshot.host.userName,
    PATH: 'C:\\Windows\\system32;C:\\Windows',
    ...(snapshot.host.userDomain !== undefined && { USERDOMAIN: snapshot.host.userDomain }),
    ...snapshot.env,
  };

  const pc: EmulatedPc = {
    snapshot,
    faults,
    get texts() {
      return WINDOWS_LANGUAGES[pc.faults.language ?? 'en-US'];
    },
    userSessionId,
    currentUser,
    callerPid,
    processes: () => [...table.values()].map((p) => ({ ...p, elevated: p.elevated || elevated().has(p.pid) })),
    services: () => [...BASELINE_SERVICES.filter((b) => !snapshot.services.some((s) => s.name.toLowerCase() === b.name.toLowerCase())), ...snapshot.services],
    registry: () => ({ ...BASELINE_REGISTRY, ...snapshot.registry }),
    deniedAt(key) {
      const k = key.toLowerCase();
      return pc.faults.deniedRegistry?.find((d) => k === d.toLowerCase() || k.startsWith(`${d.toLowerCase()}\\`));
    },
    stopProcess(pid) {
      if (!table.delete(pid)) return;
      for (const listener of [...exitListeners]) listener(pid);
    },
    startProcess(process) {
      usedPids.add(process.pid);
      table.set(process.pid, { ...process, elevated: process.elevated ?? false });
    },
    onProcessExit(listener) {
      exitListeners.add(listener);
      return () => exitListeners.delete(listener);
    },
    spawns: [],
    env,
    nextPid,
  };
  return pc;
}
