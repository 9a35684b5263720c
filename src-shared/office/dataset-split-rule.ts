import { autoEntryPathsOn, quickBooksFilesInUse, sageDatasetsInUse } from './data-in-use.js';
import type { OfficeMachine } from './office-machine.js';
import { listNames, type OfficeFindingDraft } from './office-finding-draft.js';
import type { OfficePath } from './office-paths.js';
import type { OfficeRoles } from './office-roles.js';
import { baseName } from '../paths/path-flavour.js';
import { winUpcase } from '../winpath/win-case.js';

function lastName(p: OfficePath): string {
  return winUpcase(baseName(p.resolved));
}

/**
 * AutoEntry's path, resolved on the Sync App's PC, is not what the other PCs work in, while
 * they all agree on one other dataset (or company file).
 */
export function datasetSplitFindings(machines: readonly OfficeMachine[], roles: OfficeRoles): OfficeFindingDraft[] {
  const syncPc = roles.syncAppMachine;
  if (!syncPc) return [];
  const findings: OfficeFindingDraft[] = [];
  for (const target of autoEntryPathsOn(syncPc)) {
    const others = machines
      .filter((m) => m !== syncPc)
      .map((m) => ({ machine: m, uses: target.quickbooks ? quickBooksFilesInUse(m) : sageDatasetsInUse(m) }))
      .filter((o) => o.uses.length > 0);
    if (others.length === 0) continue;
    if (others.some((o) => o.uses.some((u) => u.key === target.key))) continue;
    const common = others[0]!.uses.filter((u) => others.every((o) => o.uses.some((x) => x.key === u.key)));
    const agreed = common.find((u) => lastName(u) === lastName(target)) ?? (common.length === 1 ? common[0] : undefined);
    if (!agreed) continue;
    const paths: Record<string, string> = { [syncPc.computerName]: target.spelled };
    for (const o of others) paths[o.machine.computerName] = o.uses.find((u) => u.key === agreed.key)!.spelled;
    const otherNames = others.map((o) => o.machine.computerName);
    const where = target.local
      ? `a folder on ${syncPc.computerName} itself${target.resolved === target.spelled ? '' : ` (${target.resolved})`}`
      : target.resolved;
    findings.push({
      code: 'office.dataset-split',
      title: target.quickbooks ? 'AutoEntry posts to a company file nobody else in the office opens' : 'AutoEntry posts to a dataset nobody else in the office works in',
      detail: `On ${syncPc.computerName}, where the Sync App runs, AutoEntry's path ${target.spelled} is ${where}. ${listNames(otherNames)} ${otherNames.length === 1 ? 'works' : 'all work'} in ${agreed.resolved} instead, so invoices land in books nobody looks at.`,
      machines: [syncPc.computerName, ...otherNames],
      paths,
      oddOnes: [syncPc.computerName],
    });
  }
  return findings;
}
