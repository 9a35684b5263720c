/** What a check is asked to judge, after command line and saved settings are merged. */
export interface CheckInputs {
  /** The file paths AutoEntry is set to, one per company. */
  autoentryPaths: string[];
  /** The Sync App location from AutoEntry's Integrate page (a computer name), if given. */
  syncAppLocation?: string;
  /** Name patterns that identify the Sync App (default: `AutoEntry`). */
  syncAppPatterns: string[];
}

export const DEFAULT_SYNC_APP_PATTERNS = ['AutoEntry'];
export const DEFAULT_TIMEOUT_MS = 5000;
