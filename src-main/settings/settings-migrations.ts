/**
 * Versioned migrations of the settings file, run by `conf` (its `migrations` +
 * `projectVersion`). The version is the settings format's, not the app's.
 *
 * v0 (before the format was versioned) kept one AutoEntry path and one Sync App name:
 *   { "autoentryPath": "C:\\…\\Company.000", "syncAppName": "AutoEntry" }
 * v1 keeps a list of companies and a list of name patterns (SettingsSchema).
 */

export const SETTINGS_FORMAT_VERSION = '1.0.0';

/** The part of conf's store a migration touches. */
export interface MigratableStore {
  has(key: string): boolean;
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
}

export const SETTINGS_MIGRATIONS: Record<string, (store: MigratableStore) => void> = {
  '1.0.0': (store) => {
    const path = store.get('autoentryPath');
    if (typeof path === 'string' && path.trim() !== '' && !store.has('companies')) {
      store.set('companies', [{ id: 'company-1', name: '', software: 'unknown', path: path.trim() }]);
    }
    store.delete('autoentryPath');
    const name = store.get('syncAppName');
    if (typeof name === 'string' && name.trim() !== '' && !store.has('syncAppPatterns')) {
      store.set('syncAppPatterns', [name.trim()]);
    }
    store.delete('syncAppName');
  },
};
