import { addToGroup } from './add-to-group.js';
import { sageDatasetsInUse, type SageUse } from './data-in-use.js';
import type { OfficeMachine } from './office-machine.js';
import { listNames, type OfficeFindingDraft } from './office-finding-draft.js';

/** PCs that share a dataset but list it under different Sage versions: one was upgraded, others were not. */
export function versionSkewFindings(machines: readonly OfficeMachine[]): OfficeFindingDraft[] {
  const byKey = new Map<string, SageUse[]>();
  for (const m of machines) for (const use of sageDatasetsInUse(m)) addToGroup(byKey, use.key, use);
  const findings: OfficeFindingDraft[] = [];
  for (const uses of byKey.values()) {
    const versions = [...new Set(uses.map((u) => u.version))];
    if (versions.length < 2) continue;
    const newest = [...uses].sort((a, b) => b.version.localeCompare(a.version, 'en', { numeric: true }))[0]!.version;
    const behind = uses.filter((u) => u.version !== newest).map((u) => u.computerName);
    findings.push({
      code: 'office.version-skew',
      title: `PCs open ${uses[0]!.resolved} with different Sage versions`,
      detail: `${uses.map((u) => `${u.computerName} uses Sage ${u.version}`).join('; ')}. ${listNames(behind)} ${behind.length === 1 ? 'has' : 'have'} not been upgraded to ${newest}, and the Sync App writes with the version on its own PC.`,
      machines: uses.map((u) => u.computerName),
      paths: Object.fromEntries(uses.map((u) => [u.computerName, u.spelled])),
      versions: Object.fromEntries(uses.map((u) => [u.computerName, u.version])),
      oddOnes: behind,
    });
  }
  return findings;
}
