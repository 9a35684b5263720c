import { existsSync } from 'node:fs';
import os from 'node:os';
import type { HostIdentity, ProcessInfo } from '../../../src-shared/model/system.js';
import { fail, succeed, type Host, type HostResult } from '../host.js';
import type { CommandRunner } from '../node/command-runner.js';
import { createNodeFiles } from '../node/node-files.js';
import { guardStalledShares, posixShareOf } from '../node/stall-guard.js';
import { signalProcessAlive } from '../node/signal-process-alive.js';
import { procLiveness } from './proc-liveness.js';
import { readProcProcesses, type ProcessReadCache } from './proc-processes.js';
import { parsePsOutput } from './ps-output.js';

export interface PosixHostOptions {
  /** Where the process file system is mounted (default `/proc`; absent on macOS, then `ps` is used). */
  procRoot?: string;
  passwdPath?: string;
  runner?: CommandRunner;
  commandTimeoutMs?: number;
  /** A file look-up running this long marks its mount as stalled (default 5000). */
  stallAfterMs?: number;
}

/**
 * The Host port on Linux or macOS: processes from `/proc` (or `ps`), the real file system with
 * native paths, no registry, no drive letters. It lets the monitor run against real processes
 * here and checks a Linux file server that holds Sage or QuickBooks data.
 */
export function createPosixHost(options: PosixHostOptions = {}): Host {
  const procRoot = options.procRoot ?? '/proc';
  // `ps` only where /proc is missing: node:child_process (with net and dgram) is loaded then, not at every check.
  const runner: CommandRunner = options.runner ?? (async (request) => (await import('../node/command-runner.js')).runCommand(request));
  const files = guardStalledShares(createNodeFiles(), { shareOf: posixShareOf, stallAfterMs: options.stallAfterMs ?? 5000 });
  // Asked once: /proc is there for the whole life of the process (the monitor asks four times a second).
  let procMounted: boolean | undefined;
  const hasProc = (): boolean => (procMounted ??= existsSync(`${procRoot}/self`) || existsSync(`${procRoot}/1`));
  // Each listing after the first reads one file per process it already knows (proc-processes.ts).
  const processCache: ProcessReadCache = new Map();
  // The monitor's liveness tick: one kept `stat` file per followed process, one read per question.
  const procProcessAlive = procLiveness(procRoot);

  async function psProcesses(): Promise<HostResult<ProcessInfo[]>> {
    const outcome = await runner({ command: 'ps', args: ['-A', '-o', 'pid=,user=,comm='], timeoutMs: options.commandTimeoutMs ?? 5000 });
    if (!outcome.ran) return fail(outcome.reason === 'timeout' ? 'timeout' : 'error', outcome.message);
    if (outcome.exitCode !== 0) return fail('error', `ps ended with exit code ${outcome.exitCode}`);
    return succeed(parsePsOutput(Buffer.from(outcome.stdout).toString('utf8')));
  }

  return {
    flavour: 'posix',
    description: 'this computer',
    now: () => new Date(),

    async identity() {
      const user = os.userInfo();
      const identity: HostIdentity = {
        computerName: os.hostname(),
        userName: user.username,
        os: `${os.type()} ${os.release()}`,
        elevated: user.uid === 0,
        sessionId: 1,
      };
      return succeed(identity);
    },

    async environment() {
      const env: Record<string, string> = {};
      for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value;
      return succeed(env);
    },

    drives: async () => succeed([]),
    stat: (path) => files.stat(path),
    list: (path) => files.list(path),
    readFile: (path, maxBytes) => files.readFile(path, maxBytes),
    realPath: (path) => files.realPath(path),

    async processes() {
      if (!hasProc()) return psProcesses();
      try {
        return succeed(await readProcProcesses(procRoot, options.passwdPath, processCache));
      } catch (error) {
        return fail('error', `Cannot list processes: ${error instanceof Error ? error.message : String(error)}`);
      }
    },

    async processAlive(pid) {
      const fromProc = hasProc() ? procProcessAlive(pid) : undefined;
      return succeed(fromProc ?? signalProcessAlive(pid));
    },

    services: async () => succeed([]),
    registry: async () => fail('unsupported', 'This computer has no Windows registry'),
  };
}
