import type { ProcessInfo, ServiceInfo } from '../../src-shared/model/system.js';
import { isQuickBooksDbService, isQuickBooksProcess } from './quickbooks-names.js';
import { isSageDataService, isSageProcess } from './sage50-names.js';
import { matchesSyncApp } from './sync-app-probe.js';

/** The processes the rules look at: the Sync App, Sage and QuickBooks. A support bundle keeps only these. */
export function isRelevantProcess(process: ProcessInfo, syncAppPatterns: readonly string[]): boolean {
  return matchesSyncApp(syncAppPatterns, process.name, process.path) || isSageProcess(process) || isQuickBooksProcess(process);
}

export function isRelevantService(service: ServiceInfo, syncAppPatterns: readonly string[]): boolean {
  return matchesSyncApp(syncAppPatterns, service.name, service.displayName, service.path) || isSageDataService(service) || isQuickBooksDbService(service);
}
