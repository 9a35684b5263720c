import type { Host } from './host.js';

export interface LiveHostOptions {
  platform?: NodeJS.Platform;
  /**
   * The check's look-up deadline as it is now (`--timeout`, the settings' timeout). On Windows
   * the console tools share 80% of it per refresh, so their answers arrive in time (without it:
   * 4 s, 80% of the default 5 s deadline).
   */
  lookupDeadlineMs?: () => number;
}

/**
 * The Host for the computer this runs on: the Windows adapter (over one kept PowerShell session)
 * on Windows, else the POSIX one. Only that platform's adapter is loaded: on Linux or macOS the
 * Windows adapter's parsers and libraries (iconv-lite, csv-parse, its schemas) are never read.
 */
export async function createLiveHost(options: LiveHostOptions = {}): Promise<Host> {
  const platform = options.platform ?? process.platform;
  if (platform !== 'win32') return (await import('./posix/posix-host.js')).createPosixHost();
  const [{ consoleBudgetForDeadline }, { createWindowsSessionHost }] = await Promise.all([
    import('./windows/console-budget.js'),
    import('./windows/session/windows-session-host.js'),
  ]);
  const deadlineMs = options.lookupDeadlineMs;
  return createWindowsSessionHost(deadlineMs === undefined ? {} : { consoleBudgetMs: () => consoleBudgetForDeadline(deadlineMs()) });
}
