import { readFileSync } from 'node:fs';
import { SettingsSchema, type Settings } from '../../src-shared/settings/settings-schema.js';
import { SETTINGS_FORMAT_VERSION } from './settings-migrations.js';

/** conf's own key in the settings file: `{ "__internal__": { "migrations": { "version": "1.0.0" } } }`. */
export const INTERNAL_KEY = '__internal__';

/** The settings in a file without conf's own key. */
export function withoutInternal(store: Record<string, unknown>): Record<string, unknown> {
  const { [INTERNAL_KEY]: _internal, ...rest } = store;
  return rest;
}

/**
 * The settings of a file already in today's format — valid JSON, migrated to this version, valid
 * against `SettingsSchema` — read without the settings store. That is all the store would do with
 * such a file (conf runs no migration and writes nothing), so a command that only reads the
 * settings need not load conf and ajv (≈200 KB of code to compile at every start). Any other file
 * (older format, corrupt, invalid) answers `undefined`: the store opens it, migrates it or sets it
 * aside, as before.
 */
export function readCurrentSettingsFile(path: string): Settings | undefined {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const store = value as Record<string, unknown>;
  const internal = store[INTERNAL_KEY] as { migrations?: { version?: unknown } } | undefined;
  if (internal?.migrations?.version !== SETTINGS_FORMAT_VERSION) return undefined;
  const parsed = SettingsSchema.safeParse(withoutInternal(store));
  return parsed.success ? parsed.data : undefined;
}
