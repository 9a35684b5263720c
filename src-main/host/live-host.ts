import { DEFAULT_SETTINGS } from '../../src-shared/settings/default-settings.js';
import type { Host } from './host.js';

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

/**
 * The Host for the computer this runs on: the Windows adapter (over one kept PowerShell session)
 * on Windows, else the POSIX one. Only that platform's adapter is loaded: on Linux or macOS the
 * Windows adapter's parsers and libraries (iconv-lite, csv-parse, its schemas) are never read.
 */
export async function createLiveHost(options: LiveHostOptions = {}): Promise<Host> {
  const platform = options.platform ?? process.platform;
  if (platform !== 'win32') return (await import('./posix/posix-host.js')).createPosixHost();
  const [{ consoleBudgetForDeadline, sessionWaitForDeadline }, { createWindowsSessionHost }] = await Promise.all([
    import('./windows/console-budget.js'),
    import('./windows/session/windows-session-host.js'),
  ]);
  const deadlineMs = options.lookupDeadlineMs ?? (() => DEFAULT_LOOKUP_DEADLINE_MS);
  return createWindowsSessionHost({
    consoleBudgetMs: () => consoleBudgetForDeadline(deadlineMs()),
    answerWithinMs: () => sessionWaitForDeadline(deadlineMs()),
  });
}
