import type { Host } from '../../host.js';
import { runCommand, type CommandRunner } from '../../node/command-runner.js';
import { systemPrograms } from '../system-programs.js';
import { createWindowsHost, DEFAULT_OWNER_PATTERNS, type WindowsHostOptions } from '../windows-host.js';
import { createSystemReader } from '../windows-system-reader.js';
import { createPowerShellSession, sessionArgs } from './powershell-session.js';
import { attachSessionControls } from './session-controls.js';
import { buildSessionScript } from './session-script.js';
import { spawnSessionChild, type SessionSpawner } from './session-process.js';
import { sessionExitWatch, sessionProcessStarts } from './session-monitor-probes.js';
import { createSessionSystemReader } from './session-system-reader.js';

export interface WindowsSessionHostOptions extends WindowsHostOptions {
  spawn?: SessionSpawner;
  /** The session's program and arguments (default: powershell.exe on the session script); tests give a stand-in. */
  sessionCommand?: { command: string; args: readonly string[] };
  startDeadlineMs?: number;
  requestDeadlineMs?: number;
  restartGapMs?: number;
  uninstallMaxAgeMs?: number;
  /**
   * How long a look-up waits for PowerShell before the console tools answer it (live-host.ts: a
   * quarter of the look-up deadline). None: it waits for PowerShell's own deadlines.
   */
  answerWithinMs?: () => number;
  /** Start the session at once (default), so a cold PowerShell does not eat the first check's deadlines. */
  warm?: boolean;
}

/**
 * The Windows host over one long-lived PowerShell session: started with the host (before the
 * first check), kept, replaced if it dies or hangs; a look-up it does not answer in time is
 * answered by the console tools. When it cannot start (missing, blocked by policy), each refresh is the
 * one-shot PowerShell run, and behind it the console tools, as before.
 */
export function createWindowsSessionHost(options: WindowsSessionHostOptions = {}): Host {
  const runner: CommandRunner = options.runner ?? runCommand;
  const env = options.env ?? process.env;
  const clock = options.clock ?? Date.now;
  const programs = systemPrograms(env.SystemRoot ?? env.SYSTEMROOT ?? env.windir ?? 'C:\\Windows');
  const ownerNamePatterns = options.ownerNamePatterns ?? DEFAULT_OWNER_PATTERNS;
  const requestDeadlineMs = options.requestDeadlineMs ?? options.powerShellTimeoutMs ?? 20_000;
  const session = createPowerShellSession({
    spawn: options.spawn ?? spawnSessionChild,
    command: options.sessionCommand?.command ?? programs.powershell,
    args: options.sessionCommand?.args ?? sessionArgs(),
    script: buildSessionScript(),
    startDeadlineMs: options.startDeadlineMs ?? 20_000,
    requestDeadlineMs,
    restartGapMs: options.restartGapMs ?? 5000,
  });
  const oneShot = createSystemReader({
    runner,
    powershell: programs.powershell,
    powerShellTimeoutMs: options.powerShellTimeoutMs ?? 20_000,
    cacheMs: options.cacheMs ?? 1000,
    retryAfterFailureMs: 5 * 60_000,
    ownerNamePatterns,
    clock,
  });
  const reader = createSessionSystemReader({
    session,
    oneShot,
    cacheMs: options.cacheMs ?? 1000,
    retrySessionAfterMs: 5 * 60_000,
    maxRetrySessionAfterMs: 60 * 60_000,
    answerWithinMs: options.answerWithinMs,
    uninstallMaxAgeMs: options.uninstallMaxAgeMs ?? 15 * 60_000,
    ownerNamePatterns,
    clock,
  });
  const windowsHost = createWindowsHost({ ...options, runner, systemReader: reader.read });
  const host: Host = {
    ...windowsHost,
    // A process found gone (a process the session may not wait on, polled by the monitor): the
    // check that follows must not get the refresh from before it.
    async processAlive(pid) {
      const answer = await windowsHost.processAlive(pid);
      // Stryker disable next-line ConditionalExpression: signal-0 liveness always answers (windows-host.ts); `ok` is checked for the type
      if (answer.ok && !answer.value) reader.invalidate();
      return answer;
    },
  };
  if (options.warm !== false) session.warm();
  attachSessionControls(host, {
    session,
    narrowTo: reader.narrowTo,
    processStarts: (patterns) => sessionProcessStarts(session, patterns, reader.invalidate),
    processExits: sessionExitWatch(session),
  });
  return host;
}
