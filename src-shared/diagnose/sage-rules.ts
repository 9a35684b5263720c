import type { Observations, SageVersion } from '../model/observations.js';
import type { Requirement, Unanswered, VerdictDraft } from './evidence-rule.js';

/** The version whose datasets count as "in use", and why. */
export interface SageInUse {
  /** The highest version whose settings folder is known to hold a COMPANY file. */
  newest?: SageVersion;
  /** The version whose list is used: `newest`, or the newest readable one when its list cannot be decoded. */
  listed?: SageVersion & { list: { readable: true } };
  /**
   * What could not be read that may hold the version in use: a settings folder that could not be
   * listed, or a version newer than `listed` whose COMPANY file could not be looked at. While any
   * is left, no path can be said to be (or not to be) the dataset in use.
   */
  unread: Unanswered[];
}

const lookupFailed = (v: SageVersion) => !v.list.readable && v.list.lookupFailed === true;

export function sageInUse(obs: Observations): SageInUse {
  const newest = obs.sage.versions.find((v) => !lookupFailed(v));
  const listed = obs.sage.versions.find((v): v is SageVersion & { list: { readable: true } } => v.list.readable);
  const unread: Unanswered[] = [
    ...obs.sage.unreadFolders.map((f) => ({ what: `Sage's settings folder ${f.path}`, message: f.problem })),
    ...obs.sage.versions
      .filter((v) => lookupFailed(v) && v.version > (listed?.version ?? 0))
      .map((v) => ({ what: `Sage ${v.name}'s list of companies (${v.companyFile})`, message: v.list.readable ? '' : v.list.problem })),
  ];
  return { ...(newest && { newest }), ...(listed && { listed }), unread };
}

/** "No Sage 50" needs every place it shows up: programs, services, processes, its settings folders, and the configured paths. */
function notFoundRestsOn(obs: Observations): Requirement[] {
  return ['processes', 'services', 'registry', 'environment', 'sage-settings', ...obs.configured.filter((c) => !c.quickbooks).map((c) => ({ configuredPath: c.input }))];
}

export function sageFindings(obs: Observations): VerdictDraft[] {
  const sage = obs.sage;
  const configuredDatasets = obs.configured.filter((c) => c.isSageDataset === true);
  const found = sage.versions.length > 0 || sage.installs.length > 0 || sage.services.length > 0 || sage.processes.length > 0 || configuredDatasets.length > 0;
  const findings: VerdictDraft[] = [];
  if (!found) {
    findings.push({ code: 'sage.not-found', requires: notFoundRestsOn(obs), title: 'No Sage 50 Accounts found', detail: `There is no sign of Sage 50 Accounts on ${obs.machine.computerName}: no settings folders, no datasets, no program.` });
    return findings;
  }
  const inUse = sageInUse(obs);
  const datasetCount = new Set(sage.versions.flatMap((v) => (v.list.readable ? v.list.datasets.map((d) => d.path.canonical?.key ?? d.path.spelled) : []))).size;
  const versionNames = sage.versions.map((v) => v.name).join(', ');
  findings.push({
    code: 'sage.found',
    title: inUse.newest && inUse.unread.length === 0 ? `Sage 50 Accounts found (${inUse.newest.name} in use)` : 'Sage 50 Accounts found',
    detail: sage.versions.length > 0
      ? `Settings for ${sage.versions.length === 1 ? 'version' : 'versions'} ${versionNames}; ${datasetCount} company ${datasetCount === 1 ? 'dataset' : 'datasets'} listed.`
      : configuredDatasets.length > 0
        ? 'A Sage 50 dataset was found at the configured path; no Sage 50 settings are on this computer (it may be the file server).'
        : `Sage 50 Accounts is installed (${sage.installs[0]?.displayName ?? sage.services[0]?.name ?? 'running'}), but no company list was found.`,
  });

  for (const v of sage.versions) {
    // A list that could not be looked at is a failed look-up (probe.failed), not an unreadable list.
    if (!v.list.readable && v.list.lookupFailed) continue;
    if (!v.list.readable) {
      findings.push({
        code: 'sage.company-list-unreadable',
        title: `Sage ${v.name}'s list of companies cannot be read`,
        detail: `${v.companyFile} exists but ${v.list.problem}. Sync Doctor cannot tell which datasets Sage ${v.name} uses.`,
        evidence: [v.companyFile],
      });
    } else if (v.list.badLines.length > 0) {
      findings.push({
        code: 'sage.company-list-unreadable',
        title: `Part of Sage ${v.name}'s list of companies cannot be read`,
        detail: `${v.companyFile} has ${v.list.badLines.length === 1 ? 'a line' : 'lines'} (${v.list.badLines.join(', ')}) that ${v.list.badLines.length === 1 ? 'is' : 'are'} not a dataset path; the other lines were used.`,
        evidence: [v.companyFile],
      });
    }
  }
  for (const s of sage.services.filter((s) => s.state !== 'running')) {
    findings.push({
      code: 'sage.service-stopped',
      requires: ['services'],
      title: `The Sage data service "${s.displayName ?? s.name}" is not running`,
      detail: `The service is ${s.state}${s.startType ? ` (start type: ${s.startType})` : ''}. Sage 50 and the Sync App may not be able to open the data while it is stopped.`,
    });
  }
  return findings;
}
