import os from 'node:os';
import type { DriveInfo, HostIdentity, RegistryKey } from '../../../src-shared/model/system.js';
import { coverageOf, fail, succeed, type Host, type HostFailure, type HostResult } from '../host.js';
import { runCommand, type CommandRunner } from '../node/command-runner.js';
import { createNodeFiles } from '../node/node-files.js';
import { guardStalledShares, windowsShareOf } from '../node/stall-guard.js';
import { signalProcessAlive } from '../node/signal-process-alive.js';
import { createFallbackCommands } from './fallback-commands.js';
import { systemPrograms } from './system-programs.js';
import { fromLongPath, toLongPath } from './long-path.js';
import { DRIVE_LETTERS, driveFromResolvedRoot } from './drive-letter-resolution.js';
import { keepMappedDrive } from './mapped-drive-spelling.js';
import { isAtOrBelow, normaliseRoot } from '../../../src-shared/model/registry-key-path.js';
import { NETWORK_DRIVE_ROOT } from '../../../src-shared/model/registry-roots.js';
import { persistentDriveMappings } from '../../../src-shared/model/registry-values.js';
import { createSystemReader, fromReportOr, listFromReportOr, type SystemRead } from './windows-system-reader.js';
import { registryFailures } from './registry-errors.js';

export interface WindowsHostOptions {
  runner?: CommandRunner;
  env?: Record<string, string | undefined>;
  /** Signal-0 liveness (`process.kill`), replaceable in tests. */
  kill?: (pid: number, signal: number) => unknown;
  clock?: () => number;
  powerShellTimeoutMs?: number;
  commandTimeoutMs?: number;
  /**
   * All console-tool commands of one refresh share this budget (default 4000, inside the check's
   * 5 s deadline); a function is asked each refresh (live-host.ts: 80% of the look-up deadline).
   */
  consoleBudgetMs?: number | (() => number);
  cacheMs?: number;
  /** Process owners are looked up only for names holding one of these (each look-up is a slow CIM call). */
  ownerNamePatterns?: readonly string[];
  /** A file look-up running this long marks its share or drive as stalled (default 5000). */
  stallAfterMs?: number;
  /** Where refreshes come from (default: one PowerShell run each; session/ keeps one session instead). */
  systemReader?: (roots?: readonly string[]) => Promise<SystemRead>;
  /** This process's id, whose own `tasklist` row gives the Windows session the check runs in (default: process.pid). */
  selfPid?: number;
  /** How a drive root resolves (default: the file system's own resolution, `fs.realpath`); replaceable in tests. */
  resolveDriveRoot?: (root: string) => Promise<HostResult<string>>;
}

function coverageErrors(answer: HostResult<unknown>): HostFailure[] {
  const coverage = coverageOf(answer);
  return coverage?.kind === 'partial' ? coverage.errors : [];
}

/** How long the console drive table waits for a drive root to resolve (a dead mapped drive may never answer). */
const DRIVE_RESOLVE_MS = 2000;

export const DEFAULT_OWNER_PATTERNS = ['AutoEntry', 'Sage', 'QBW', 'QuickBooks', 'QBDBMgr'];

/**
 * The Host port on a real Windows PC, without native add-ons, WMIC or VBScript: one batched
 * PowerShell run per refresh, the console tools when PowerShell cannot answer, Node's fs with
 * long-path support for files.
 */
export function createWindowsHost(options: WindowsHostOptions = {}): Host {
  const runner = options.runner ?? runCommand;
  const env = options.env ?? process.env;
  const clock = options.clock ?? Date.now;
  const programs = systemPrograms(env.SystemRoot ?? env.SYSTEMROOT ?? env.windir ?? 'C:\\Windows');
  const read = options.systemReader ?? createSystemReader({
    runner,
    powershell: programs.powershell,
    powerShellTimeoutMs: options.powerShellTimeoutMs ?? 20_000,
    cacheMs: options.cacheMs ?? 1000,
    retryAfterFailureMs: 5 * 60_000,
    ownerNamePatterns: options.ownerNamePatterns ?? DEFAULT_OWNER_PATTERNS,
    clock,
  });
  const fallback = createFallbackCommands(runner, {
    ...(options.commandTimeoutMs !== undefined && { commandTimeoutMs: options.commandTimeoutMs }),
    ...(options.consoleBudgetMs !== undefined && { budgetMs: options.consoleBudgetMs }),
    clock,
  }, programs);
  const files = guardStalledShares(createNodeFiles({ toOsPath: toLongPath, fromOsPath: fromLongPath }), {
    shareOf: windowsShareOf,
    stallAfterMs: options.stallAfterMs ?? 5000,
  });

  const registryByConsole = (roots: readonly string[]): Promise<HostResult<RegistryKey[]>> => fallback.registry(roots.map(normaliseRoot));

  const resolveDriveRoot = options.resolveDriveRoot ?? ((root: string) => files.realPath(root));
  let consoleDrives: { at: number; table: Promise<HostResult<DriveInfo[]>> } | undefined;

  /** A drive letter resolved by the file system, or nothing when it is not there or did not answer in time. */
  async function resolvedDrive(letter: string): Promise<DriveInfo | undefined> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), DRIVE_RESOLVE_MS);
    });
    const answer = await Promise.race([resolveDriveRoot(`${letter}\\`), late]);
    clearTimeout(timer);
    return answer?.ok ? driveFromResolvedRoot(letter, answer.value) : undefined;
  }

  /**
   * The drive table without PowerShell: each letter as the file system resolves it (a drive
   * mapped by a logon script or Group Policy included), the system drive as fixed, and the
   * persistent mappings of `HKCU\Network` for what resolution did not show (an elevated check
   * does not see the user's mapped drives; Wine keeps the letter).
   */
  function drivesWithoutPowerShell(): Promise<HostResult<DriveInfo[]>> {
    if (consoleDrives !== undefined && clock() - consoleDrives.at < (options.cacheMs ?? 1000)) return consoleDrives.table;
    const table = (async (): Promise<HostResult<DriveInfo[]>> => {
      const systemDrive = (env.SystemDrive ?? 'C:').toUpperCase();
      const [resolved, mapped] = await Promise.all([Promise.all(DRIVE_LETTERS.map(resolvedDrive)), fallback.registry([NETWORK_DRIVE_ROOT])]);
      const drives = new Map<string, DriveInfo>([[systemDrive, { letter: systemDrive, kind: 'fixed' }]]);
      for (const drive of resolved) if (drive !== undefined && (drive.kind === 'network' || !drives.has(drive.letter))) drives.set(drive.letter, drive);
      if (mapped.ok) {
        for (const { letter, remote } of persistentDriveMappings(mapped.value)) {
          if (drives.get(letter)?.kind !== 'network') drives.set(letter, { letter, kind: 'network', remote });
        }
      }
      return succeed([...drives.values()].sort((a, b) => a.letter.localeCompare(b.letter)));
    })();
    consoleDrives = { at: clock(), table };
    return table;
  }

  /** The identity without PowerShell: names from the environment, the session from this process's own `tasklist` row. */
  async function identityWithoutPowerShell(): Promise<HostResult<HostIdentity>> {
    const selfPid = options.selfPid ?? process.pid;
    const processes = await fallback.processes();
    if (!processes.ok) return fail(processes.error.kind, `Could not tell which Windows session this check runs in: ${processes.error.message}`);
    const own = processes.value.find((p) => p.pid === selfPid);
    if (own?.sessionId === undefined) return fail('error', `Could not tell which Windows session this check runs in: tasklist has no session for this process (${selfPid})`);
    const identity: HostIdentity = { computerName: env.COMPUTERNAME ?? os.hostname(), userName: env.USERNAME ?? os.userInfo().username, sessionId: own.sessionId };
    if (env.USERDOMAIN) identity.userDomain = env.USERDOMAIN;
    return succeed(identity);
  }

  return {
    flavour: 'windows',
    description: 'this PC',
    now: () => new Date(clock()),

    async identity() {
      return fromReportOr(await read(), (r) => r.identity, identityWithoutPowerShell);
    },

    async environment() {
      const copy: Record<string, string> = {};
      for (const [name, value] of Object.entries(env)) if (value !== undefined) copy[name] = value;
      return succeed(copy);
    },

    async drives() {
      return fromReportOr(await read(), (r) => r.drives, drivesWithoutPowerShell);
    },

    stat: (path) => files.stat(path),
    list: (path) => files.list(path),
    readFile: (path, maxBytes) => files.readFile(path, maxBytes),
    async realPath(path) {
      const answer = await files.realPath(path);
      // Only a mapped drive's spelling can change between drive letter and UNC (either way round).
      if (!answer.ok || /^[A-Za-z]:/.test(path) === /^[A-Za-z]:/.test(answer.value)) return answer;
      const drives = await fromReportOr(await read(), (r) => r.drives, drivesWithoutPowerShell);
      return succeed(keepMappedDrive(path, answer.value, drives.ok ? drives.value : []));
    },

    async processes() {
      // Win32_Process always lists at least the PowerShell asking: an empty full list is no answer, so tasklist is asked;
      // an empty narrowed list is an answer (none of the relevant processes runs), and nothing is started.
      return listFromReportOr(await read(), (r) => r.processes, () => fallback.processes(), true);
    },

    async processAlive(pid) {
      return succeed(signalProcessAlive(pid, options.kill));
    },

    async services() {
      return listFromReportOr(await read(), (r) => r.services, () => fallback.services(), false);
    },

    async registry(roots) {
      const refresh = await read(roots);
      const fromPowerShell = refresh.ok && refresh.report.registry !== undefined;
      const answer = await fromReportOr(refresh, (r) => r.registry, () => registryByConsole(roots));
      if (!answer.ok) return answer;
      const keys = answer.value.filter((key) => roots.some((root) => isAtOrBelow(key.key, root)));
      // What the script could not read is a failed look-up of its root (partial coverage), as a denied `reg query` is.
      const errors = fromPowerShell ? registryFailures(refresh.report.errors, roots.map(normaliseRoot)) : coverageErrors(answer);
      return succeed(keys, errors.length > 0 ? { kind: 'partial', errors } : undefined);
    },
  };
}
