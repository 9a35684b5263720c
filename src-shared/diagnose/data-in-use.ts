import type { ConfiguredPath, Observations } from '../model/observations.js';
import { sameWinName } from '../winpath/win-case.js';
import { sageInUse } from './sage-rules.js';

/** The data the accounting software on this PC works in and that answered here, as it spells it. */
export interface DataInUse {
  /** The Sage version whose list is in use ("2025"), when one is. */
  sageVersion?: string;
  /** Datasets of that list that were seen to exist (a folder answered). */
  sage: string[];
  /** QuickBooks company files of the recently-opened lists that were seen to exist. */
  quickbooks: string[];
}

export function dataInUse(obs: Observations): DataInUse {
  const listed = sageInUse(obs).listed;
  return {
    ...(listed && { sageVersion: listed.name }),
    sage: (listed?.list.datasets ?? []).filter((d) => d.access.state === 'dir').map((d) => d.path.spelled),
    quickbooks: obs.quickbooks.companyFiles.filter((f) => f.foundIn.includes('recent-list') && f.access.state === 'file').map((f) => f.path.spelled),
  };
}

/** The candidates a configured path could be corrected to: the data in use of its own software. */
export function candidatesFor(data: DataInUse, quickbooks: boolean): string[] {
  return quickbooks ? data.quickbooks : data.sage;
}

/**
 * The one candidate the user most likely meant, when it is clear: the only one, or the only one
 * with the configured path's last name (`Company.000`, `Cafe.QBW`).
 */
export function clearCandidate(c: ConfiguredPath, candidates: readonly string[]): string | undefined {
  if (candidates.length === 1) return candidates[0];
  const name = lastName(c.input);
  const same = candidates.filter((p) => sameWinName(lastName(p), name));
  return same.length === 1 ? same[0] : undefined;
}

function lastName(path: string): string {
  return path.replace(/[\\/]+$/, '').split(/[\\/]/).at(-1) ?? '';
}
