import { autoEntryPathsOn, quickBooksFilesInUse, runsSyncApp, sageDatasetsInUse } from './data-in-use.js';
import type { OfficeMachine } from './office-machine.js';
import type { OfficeDataUse, OfficeMachineSummary } from './office-report-schema.js';
import type { OfficePath } from './office-paths.js';

function use(p: OfficePath, software: OfficeDataUse['software'], source: OfficeDataUse['source']): OfficeDataUse {
  return { software, source, spelled: p.spelled, resolved: p.resolved, local: p.local };
}

/** What the office view shows of one PC: Sync App, the data it uses (as spelled and as it resolves), Sage version. */
export function summariseMachine(m: OfficeMachine, isSyncAppMachine: boolean): OfficeMachineSummary {
  const sage = sageDatasetsInUse(m);
  return {
    runsSyncApp: runsSyncApp(m.observations),
    ...(m.observations.sage.versions[0] && { sageVersion: m.observations.sage.versions[0].name }),
    quickbooksVersions: m.observations.quickbooks.versions,
    uses: [
      ...(isSyncAppMachine ? autoEntryPathsOn(m).map((p) => use(p, p.quickbooks ? 'quickbooks' : 'sage', 'autoentry')) : []),
      ...sage.map((p) => use(p, 'sage', 'sage-list')),
      ...quickBooksFilesInUse(m).slice(0, 1).map((p) => use(p, 'quickbooks', 'quickbooks-recent')),
    ],
  };
}
