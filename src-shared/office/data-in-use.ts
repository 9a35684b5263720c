import type { Observations } from '../model/observations.js';
import { sageInUse } from '../diagnose/sage-rules.js';
import type { OfficeMachine } from './office-machine.js';
import { officePathOf, type OfficePath } from './office-paths.js';

export interface SageUse extends OfficePath {
  /** The Sage version whose company list names the dataset. */
  version: string;
}

/**
 * The datasets a PC's Sage works in: the list of the version in use (or the newest readable one).
 * None are claimed while a newer version's settings could not be read (it may be the one in use).
 */
export function sageDatasetsInUse(machine: OfficeMachine): SageUse[] {
  const { listed, unread } = sageInUse(machine.observations);
  if (!listed || unread.length > 0) return [];
  const uses: SageUse[] = [];
  for (const d of listed.list.datasets) {
    const p = officePathOf(machine, d.path, true);
    if (p && !uses.some((u) => u.key === p.key)) uses.push({ ...p, version: listed.name });
  }
  return uses;
}

/** The company files a PC's QuickBooks opened, most recent first. */
export function quickBooksFilesInUse(machine: OfficeMachine): OfficePath[] {
  const uses: OfficePath[] = [];
  for (const r of [...machine.observations.quickbooks.recent].sort((a, b) => a.recency - b.recency)) {
    const p = officePathOf(machine, r.path, false);
    if (p && !uses.some((u) => u.key === p.key)) uses.push(p);
  }
  return uses;
}

/** The AutoEntry paths as resolved on this PC. */
export function autoEntryPathsOn(machine: OfficeMachine): Array<OfficePath & { quickbooks: boolean }> {
  return machine.observations.configured.flatMap((c) => {
    const p = officePathOf(machine, c.path, !c.quickbooks);
    return p ? [{ ...p, quickbooks: c.quickbooks }] : [];
  });
}

/** The Sync App runs on this PC: a process (any session) or a running service. */
export function runsSyncApp(obs: Observations): boolean {
  return obs.syncApp.processes.length > 0 || obs.syncApp.services.some((s) => s.state === 'running');
}
