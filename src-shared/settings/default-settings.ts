import type { Settings } from './settings-schema.js';

/**
 * The settings of a PC where nothing was saved yet: what `SettingsSchema.parse({})` gives
 * (test/settings/default-settings.test.ts holds the two equal), written out so that a command
 * that only needs the defaults (a `check` on a PC with no settings file) builds no schema at
 * start-up.
 */
export const DEFAULT_SETTINGS: Settings = {
  companies: [],
  syncAppPatterns: ['AutoEntry'],
  checkIntervalSeconds: 60,
  timeoutMs: 5000,
  notifications: true,
  startAtLogin: false,
  logLevel: 'info',
};
