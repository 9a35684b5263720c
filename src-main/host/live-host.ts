import type { Host } from './host.js';
import { createPosixHost } from './posix/posix-host.js';
import { consoleBudgetForDeadline } from './windows/console-budget.js';
import { createWindowsSessionHost } from './windows/session/windows-session-host.js';

export interface LiveHostOptions {
  platform?: NodeJS.Platform;
  /**
   * The check's look-up deadline as it is now (`--timeout`, the settings' timeout). On Windows
   * the console tools share 80% of it per refresh, so their answers arrive in time (without it:
   * 4 s, 80% of the default 5 s deadline).
   */
  lookupDeadlineMs?: () => number;
}

/** The Host for the computer this runs on: the Windows adapter (over one kept PowerShell session) on Windows, else the POSIX one. */
export function createLiveHost(options: LiveHostOptions = {}): Host {
  const platform = options.platform ?? process.platform;
  if (platform !== 'win32') return createPosixHost();
  const deadlineMs = options.lookupDeadlineMs;
  return createWindowsSessionHost(deadlineMs === undefined ? {} : { consoleBudgetMs: () => consoleBudgetForDeadline(deadlineMs()) });
}
