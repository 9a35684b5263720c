/**
 * TEST-ONLY ORACLE. The settings schema as it was declared in zod classic before it was rewritten
 * in zod/mini (src-shared/settings/settings-schema.ts, read by `check` at every start with a saved
 * settings file). Never imported by the product: test/core/settings-schema-mini.test.ts checks
 * that the mini schema accepts, rejects, parses and words its issues exactly as this one does.
 * Do not "fix" it to follow the product: it is the reference the product is held to.
 */
import * as z from 'zod';

const SOFTWARE_KINDS = ['sage', 'quickbooks', 'unknown'] as const;

const CompanySchema = z.object({
  id: z.string().min(1),
  /** The company's name in AutoEntry. */
  name: z.string().max(200),
  software: z.enum(SOFTWARE_KINDS).default('unknown'),
  /** The file path AutoEntry is set to for this company. */
  path: z.string().max(4096),
});

const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;

/**
 * Unknown keys are dropped, not refused: a settings file from an older version still loads, and
 * what it kept that is no longer used (`syncAppExecutable`: starting the Sync App only runs a
 * program the probes found) is gone at the next save.
 */
export const ClassicSettingsOracle = z.object({
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

