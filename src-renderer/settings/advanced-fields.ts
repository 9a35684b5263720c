import { SettingsSchema } from '../../src-shared/settings/settings-schema.js';

/** A field as typed: the value the settings would get, or why it cannot be saved. */
export type FieldReading<T> = { ok: true; value: T } | { ok: false; message: string };

/** One name per line; blank lines and spaces around a name do not count. */
export function readSyncAppPatterns(text: string): FieldReading<string[]> {
  const names = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const parsed = SettingsSchema.shape.syncAppPatterns.safeParse(names);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, message: names.length === 0 ? 'Give at least one name: without one, the Sync App cannot be recognised.' : 'Each name can be at most 200 characters long.' };
}

/** Milliseconds, as a whole number in the range the settings allow. */
export function readTimeoutMs(text: string): FieldReading<number> {
  const trimmed = text.trim();
  const parsed = SettingsSchema.shape.timeoutMs.safeParse(trimmed === '' || !/^\d+$/.test(trimmed) ? Number.NaN : Number(trimmed));
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, message: 'Give a whole number of milliseconds from 100 to 120000 (two minutes).' };
}
