import * as z from 'zod/mini';
import '../zod-mini-english.js';

/**
 * The user's settings, shared by the desktop app and the CLI.
 *
 * Written with `zod/mini` rather than zod classic (`check` reads a saved settings file at every
 * start): the same checks, parsed values, issue paths and messages
 * (test/core/settings-schema-mini.test.ts holds it to the classic declaration, test/support/zod-oracles/).
 */

export const SOFTWARE_KINDS = ['sage', 'quickbooks', 'unknown'] as const;

export const CompanySchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** The company's name in AutoEntry. */
  name: z.string().check(z.maxLength(200)),
  software: z._default(z.enum(SOFTWARE_KINDS), 'unknown'),
  /** The file path AutoEntry is set to for this company. */
  path: z.string().check(z.maxLength(4096)),
});
export type Company = z.infer<typeof CompanySchema>;

export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;

/**
 * Unknown keys are dropped, not refused: a settings file from an older version still loads, and
 * what it kept that is no longer used (`syncAppExecutable`: starting the Sync App only runs a
 * program the probes found) is gone at the next save.
 */
export const SettingsSchema = z.object({
  companies: z._default(z.array(CompanySchema), []),
  /** The Sync App location AutoEntry's Integrate page shows (a computer name). */
  syncAppLocation: z.optional(z.string().check(z.maxLength(255))),
  /** What identifies the Sync App's process, service or installed program. */
  syncAppPatterns: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.minLength(1)), ['AutoEntry']),
  checkIntervalSeconds: z._default(z.number().check(z.int(), z.gte(5), z.lte(3600)), 60),
  timeoutMs: z._default(z.number().check(z.int(), z.gte(100), z.lte(120_000)), 5000),
  notifications: z._default(z.boolean(), true),
  startAtLogin: z._default(z.boolean(), false),
  logLevel: z._default(z.enum(LOG_LEVELS), 'info'),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** `SettingsSchema.parse({})`, written out (default-settings.ts) so that it needs no schema built. */
export { DEFAULT_SETTINGS } from './default-settings.js';
