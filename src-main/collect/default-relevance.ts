import type { ProcessInfo, RegistryKey, ServiceInfo } from '../../src-shared/model/system.js';
import type { Relevance } from './recording-host.js';

/** Names the rules look at besides the Sync App's own patterns: Sage, QuickBooks and its database manager. */
const ACCOUNTING_WORDS = ['sage', 'qbw', 'quickbooks', 'qbdbmgr', 'intuit'];

function mentions(texts: Array<string | undefined>, words: readonly string[]): boolean {
  const lowered = words.map((w) => w.toLowerCase());
  return texts.some((text) => text !== undefined && lowered.some((word) => text.toLowerCase().includes(word)));
}

/**
 * What a support bundle keeps: processes, services and installed programs that are the Sync
 * App (by the user's patterns) or Sage or QuickBooks; of the other registry roots (mapped
 * drives, Intuit, Sage) everything the probes read.
 */
export function defaultRelevance(syncAppPatterns: readonly string[]): Relevance {
  const words = [...syncAppPatterns, ...ACCOUNTING_WORDS];
  return {
    isRelevantProcess: (p: ProcessInfo) => mentions([p.name, p.path], words),
    isRelevantService: (s: ServiceInfo) => mentions([s.name, s.displayName, s.path], words),
    isRelevantRegistryKey: (k: RegistryKey) => {
      if (!/\\Uninstall(\\|$)/i.test(k.key)) return true;
      if (/\\Uninstall$/i.test(k.key)) return true;
      return mentions(Object.values(k.values).flatMap((v) => (typeof v === 'number' ? [] : Array.isArray(v) ? v : [v])), words);
    },
  };
}
