import { addToGroup } from './add-to-group.js';
import { quickBooksFilesInUse, sageDatasetsInUse } from './data-in-use.js';
import { listFewNames, type OfficeFindingDraft } from './office-finding-draft.js';
import type { OfficeMachine } from './office-machine.js';
import type { OfficePath } from './office-paths.js';

/** The data a PC works in first: its Sage version's first listed dataset, else QuickBooks' most recent file. */
function mainDataOf(m: OfficeMachine): OfficePath | undefined {
  return sageDatasetsInUse(m)[0] ?? quickBooksFilesInUse(m)[0];
}

function placeWords(p: OfficePath): string {
  return p.local ? `${p.resolved} on ${p.computerName} itself` : p.resolved;
}

/**
 * No AutoEntry path was given or found in the bundles: the PCs could only be compared with
 * each other, never with what AutoEntry posts to. When their data differ, each PC's is named.
 */
export function autoEntryPathUnknownFindings(machines: readonly OfficeMachine[], unusablePaths: readonly string[] = []): OfficeFindingDraft[] {
  const uses = machines.flatMap((m) => {
    const data = mainDataOf(m);
    return data ? [{ machine: m.computerName, data }] : [];
  });
  const groups = new Map<string, typeof uses>();
  for (const u of uses) addToGroup(groups, u.data.key, u);
  const why = unusablePaths.length === 0
    ? 'No AutoEntry path was given or found in the snapshots'
    : `The AutoEntry path given (${unusablePaths.join(', ')}) does not read as a Windows path on the Sync App's PC`;
  const base = `${why}, so the PCs were compared with each other only: whether AutoEntry posts to the data they use is not known.`;
  let detail: string;
  if (uses.length === 0) detail = `${base} None of the ${machines.length} PCs lists Sage or QuickBooks data either.`;
  else if (groups.size === 1) detail = `${base} ${listFewNames(uses.map((u) => u.machine))} ${uses.length === 1 ? 'works' : 'all work'} in ${placeWords(uses[0]!.data)}.`;
  else detail = `${base} They do not work in the same data: ${[...groups.values()].map((g) => `${listFewNames(g.map((u) => u.machine))} in ${placeWords(g[0]!.data)}`).join('; ')}.`;
  return [{
    code: 'office.autoentry-path-unknown',
    title: 'AutoEntry\'s path is not known: the office was not compared with it',
    detail,
    machines: machines.map((m) => m.computerName),
    paths: groups.size > 1 ? Object.fromEntries(uses.map((u) => [u.machine, u.data.spelled])) : {},
    oddOnes: [],
  }];
}
