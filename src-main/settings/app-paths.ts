import envPaths from 'env-paths';

/** The product's name on disk: the per-user folders are named after it. */
export const PROJECT_NAME = 'sync-doctor';

/**
 * The per-user folders the app and the CLI share (on Windows `%APPDATA%\sync-doctor\Config`
 * and `%LOCALAPPDATA%\sync-doctor\Log`). `SYNC_DOCTOR_CONFIG_DIR` / `SYNC_DOCTOR_LOG_DIR`
 * override them (tests, portable use).
 */
export function defaultConfigDirectory(env: Record<string, string | undefined> = process.env): string {
  return env['SYNC_DOCTOR_CONFIG_DIR'] || envPaths(PROJECT_NAME, { suffix: '' }).config;
}

export function defaultLogDirectory(env: Record<string, string | undefined> = process.env): string {
  return env['SYNC_DOCTOR_LOG_DIR'] || envPaths(PROJECT_NAME, { suffix: '' }).log;
}
