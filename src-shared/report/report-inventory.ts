import * as z from 'zod';
import type { Report } from '../model/report-schema.js';

/**
 * The few parts of a report's `inventory` the monitor and the history act on (pure, so both read
 * it from here: the history sits below the monitor). The report schema leaves the inventory open
 * (`Record<string, unknown>`), so this reads it leniently: a part that is missing or malformed
 * reads as empty rather than failing the monitor.
 */
const list = <T extends z.ZodType>(item: T) => z.array(item).catch([]);

// Only the fields the monitor reads are named (the loose objects keep the others as they are).
const RunningSchema = z.looseObject({
  kind: z.string(),
  pid: z.number().int().optional().catch(undefined),
});

const MonitoredInventorySchema = z.looseObject({
  // Only `kind === 'network'` counts: any other kind, or none, is a local drive.
  drives: list(z.looseObject({ letter: z.string(), kind: z.unknown().optional() })),
  syncApp: z
    .looseObject({ running: list(RunningSchema) })
    .catch({ running: [] }),
  sage: z
    .looseObject({
      versions: list(
        z.looseObject({
          name: z.string().optional().catch(undefined),
          companyFile: z.string(),
          datasets: list(z.looseObject({ path: z.string(), network: z.boolean().catch(false) })),
        }),
      ),
    })
    .catch({ versions: [] }),
  quickbooks: z
    .looseObject({
      recentFiles: list(z.looseObject({ path: z.string(), listedIn: z.string() })),
      companyFiles: list(z.looseObject({ path: z.string() })),
    })
    .catch({ recentFiles: [], companyFiles: [] }),
});
export type MonitoredInventory = z.infer<typeof MonitoredInventorySchema>;

const EMPTY: MonitoredInventory = {
  drives: [],
  syncApp: { running: [] },
  sage: { versions: [] },
  quickbooks: { recentFiles: [], companyFiles: [] },
};

/** An inventory that is not an object at all (or no report) reads as empty too. */
const LenientInventorySchema = MonitoredInventorySchema.catch(EMPTY);

export function monitoredInventory(report: Report | undefined): MonitoredInventory {
  return LenientInventorySchema.parse(report?.inventory);
}

/** Process ids of the Sync App processes the report saw running (services are not followed by pid). */
export function syncAppPids(report: Report | undefined): number[] {
  const pids = new Set<number>();
  for (const entry of monitoredInventory(report).syncApp.running) {
    if (entry.kind === 'process' && entry.pid !== undefined) pids.add(entry.pid);
  }
  return [...pids].sort((a, b) => a - b);
}

/** The Sync App runs on this PC, in any session (services included). */
export function syncAppRunning(report: Report | undefined): boolean {
  return monitoredInventory(report).syncApp.running.length > 0;
}
