import type { Inventory, QuickBooksInventory, SageInventory, SyncAppInventory } from '../../src-shared/model/inventory.js';
import type { Report } from '../../src-shared/model/report-schema.js';

/** The report's inventory with every list present, whatever an older or newer writer left out. */
export interface InventoryView {
  source?: string;
  syncApp: SyncAppInventory;
  sage: SageInventory;
  quickbooks: QuickBooksInventory;
  configuredPaths: string[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

export function readInventory(report: Report): InventoryView {
  const inv = report.inventory as Partial<Inventory>;
  const syncApp: Partial<SyncAppInventory> = isObject(inv.syncApp) ? inv.syncApp : {};
  const sage: Partial<SageInventory> = isObject(inv.sage) ? inv.sage : {};
  const qb: Partial<QuickBooksInventory> = isObject(inv.quickbooks) ? inv.quickbooks : {};
  return {
    source: typeof inv.source === 'string' ? inv.source : undefined,
    syncApp: {
      ...syncApp,
      running: list(syncApp.running),
      stoppedServices: list(syncApp.stoppedServices),
      installed: list(syncApp.installed),
    },
    sage: {
      ...sage,
      versions: list<SageInventory['versions'][number]>(sage.versions).map((v) => ({ ...v, datasets: list(v.datasets) })),
      services: list(sage.services),
      installed: list(sage.installed),
      running: sage.running === true,
    },
    quickbooks: {
      ...qb,
      versions: list(qb.versions),
      recentFiles: list(qb.recentFiles),
      companyFiles: list(qb.companyFiles),
      services: list(qb.services),
      running: qb.running === true,
    },
    configuredPaths: list(inv.configuredPaths),
  };
}

/** Nothing of Sage 50 or QuickBooks Desktop was found on the machine. */
export function noAccountingSoftware(view: InventoryView): boolean {
  const sage = view.sage.versions.length + view.sage.installed.length + view.sage.services.length;
  const qb = view.quickbooks.versions.length + view.quickbooks.companyFiles.length + view.quickbooks.services.length;
  return sage === 0 && qb === 0;
}
