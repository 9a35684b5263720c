import { DEFAULT_SETTINGS } from '../../src-shared/settings/settings-schema.js';
import type { Host } from './host.js';
import { createPosixHost } from './posix/posix-host.js';
import { consoleBudgetForDeadline, sessionWaitForDeadline } from './windows/console-budget.js';
import { createWindowsSessionHost } from './windows/session/windows-session-host.js';

export interface LiveHostOptions {
  platform?: NodeJS.Platform;
  /**
   * The check's look-up deadline as it is now (`--timeout`, the settings' timeout). On Windows
   * PowerShell has its first 25% to answer, then the console tools share 70% of it, so their
   * answers arrive in time (without it: the default 5 s deadline).
   */
  lookupDeadlineMs?: () => number;
}

/** The check's default look-up deadline: the settings' default timeout. */
const DEFAULT_LOOKUP_DEADLINE_MS = DEFAULT_SETTINGS.timeoutMs;

/** The Host for the computer this runs on: the Windows adapter (over one kept PowerShell session) on Windows, else the POSIX one. */
export function createLiveHost(options: LiveHostOptions = {}): Host {
  const platform = options.platform ?? process.platform;
  if (platform !== 'win32') return createPosixHost();
  const deadlineMs = options.lookupDeadlineMs ?? (() => DEFAULT_LOOKUP_DEADLINE_MS);
  return createWindowsSessionHost({
    consoleBudgetMs: () => consoleBudgetForDeadline(deadlineMs()),
    answerWithinMs: () => sessionWaitForDeadline(deadlineMs()),
  });
}
