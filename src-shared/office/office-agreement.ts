import { autoEntryPathsOn, quickBooksFilesInUse, sageDatasetsInUse } from './data-in-use.js';
import type { OfficeInputs, OfficeMachine } from './office-machine.js';
import { resolveOnMachine } from './office-paths.js';
import type { OfficeRoles } from './office-roles.js';

/**
 * The evidence `office.ok` needs: an AutoEntry path is known, and every PC that works in Sage
 * or QuickBooks data works in the data AutoEntry is set to (read on the Sync App's PC; with
 * the Sync App outside the office, as each PC reads the path).
 */
export function autoEntryDataInUseEverywhere(machines: readonly OfficeMachine[], roles: OfficeRoles, inputs: OfficeInputs): boolean {
  const syncPc = roles.syncAppMachine;
  const targetsOn = (m: OfficeMachine) => autoEntryTargetsOn(syncPc ?? m, inputs);
  if (machines.every((m) => targetsOn(m).length === 0)) return false;
  return machines
    .filter((m) => m !== syncPc)
    .every((m) => {
      const targets = targetsOn(m);
      const sage = sageDatasetsInUse(m);
      const quickbooks = quickBooksFilesInUse(m);
      // Only the software AutoEntry is set to: a PC's QuickBooks files say nothing about a Sage path.
      return [false, true].every((qb) => {
        const aimed = targets.filter((t) => t.quickbooks === qb);
        const used = qb ? quickbooks : sage;
        return aimed.length === 0 || used.length === 0 || aimed.some((t) => used.some((u) => u.key === t.key));
      });
    });
}

/** AutoEntry's paths as `m` reads them: as observed there, else the office's inputs resolved on it. */
export function autoEntryTargetsOn(m: OfficeMachine, inputs: OfficeInputs) {
  const observed = autoEntryPathsOn(m);
  if (observed.length > 0) return observed;
  return inputs.autoentryPaths.flatMap((spelled) => {
    const quickbooks = /\.qbw$/i.test(spelled.trim());
    const p = resolveOnMachine(m, spelled, !quickbooks);
    return p ? [{ ...p, quickbooks }] : [];
  });
}

/** An AutoEntry path is known and reads as a path where it counts (the Sync App's PC, else any PC). */
export function autoEntryPathUsable(machines: readonly OfficeMachine[], roles: OfficeRoles, inputs: OfficeInputs): boolean {
  const readers = roles.syncAppMachine ? [roles.syncAppMachine] : machines;
  return readers.some((m) => autoEntryTargetsOn(m, inputs).length > 0);
}
