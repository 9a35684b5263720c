import type { RegistryKey } from '../../src-shared/model/system.js';
import { isRelevantProcess, isRelevantService } from '../probes/relevance.js';
import { UNINSTALL_ROOTS } from '../../src-shared/model/registry-roots.js';
import { installedPrograms } from '../probes/registry-facts.js';
import { matchesSyncApp } from '../probes/sync-app-probe.js';
import type { Relevance } from './recording-host.js';

const ACCOUNTING_PROGRAM = /sage|quickbooks|intuit/i;

/** An Uninstall entry (the list of installed programs) is kept only for the Sync App, Sage or QuickBooks. */
function isRelevantRegistryKey(key: RegistryKey, syncAppPatterns: readonly string[]): boolean {
  const lower = key.key.toLowerCase();
  const root = UNINSTALL_ROOTS.find((r) => lower.startsWith(`${r.toLowerCase()}\\`));
  if (root === undefined) return true;
  if (key.key.slice(root.length + 1).includes('\\')) return false; // below an entry: no rule reads it
  const [program] = installedPrograms([key]);
  return program !== undefined && (matchesSyncApp(syncAppPatterns, program.displayName, program.installLocation) || ACCOUNTING_PROGRAM.test(program.displayName));
}

/** What a support bundle keeps: what the rules look at (the probes' own relevance), nothing else. */
export function defaultRelevance(syncAppPatterns: readonly string[]): Relevance {
  return {
    isRelevantProcess: (p) => isRelevantProcess(p, syncAppPatterns),
    isRelevantService: (s) => isRelevantService(s, syncAppPatterns),
    isRelevantRegistryKey: (k) => isRelevantRegistryKey(k, syncAppPatterns),
  };
}
