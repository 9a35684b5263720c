import * as z from 'zod';

/** The user's settings, shared by the desktop app and the CLI. */

export const SOFTWARE_KINDS = ['sage', 'quickbooks', 'unknown'] as const;

export const CompanySchema = z.object({
  id: z.string().min(1),
  /** The company's name in AutoEntry. */
  name: z.string().max(200),
  software: z.enum(SOFTWARE_KINDS).default('unknown'),
  /** The file path AutoEntry is set to for this company. */
  path: z.string().max(4096),
});
export type Company = z.infer<typeof CompanySchema>;

export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;

/**
 * Unknown keys are dropped, not refused: a settings file from an older version still loads, and
 * what it kept that is no longer used (`syncAppExecutable`: starting the Sync App only runs a
 * program the probes found) is gone at the next save.
 */
export const SettingsSchema = z.object({
  companies: z.array(CompanySchema).default([]),
  /** The Sync App location AutoEntry's Integrate page shows (a computer name). */
  syncAppLocation: z.string().max(255).optional(),
  /** What identifies the Sync App's process, service or installed program. */
  syncAppPatterns: z.array(z.string().min(1).max(200)).min(1).default(['AutoEntry']),
  checkIntervalSeconds: z.number().int().min(5).max(3600).default(60),
  timeoutMs: z.number().int().min(100).max(120_000).default(5000),
  notifications: z.boolean().default(true),
  startAtLogin: z.boolean().default(false),
  logLevel: z.enum(LOG_LEVELS).default('info'),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** `SettingsSchema.parse({})`, written out (default-settings.ts) so that it needs no schema built. */
export { DEFAULT_SETTINGS } from './default-settings.js';
