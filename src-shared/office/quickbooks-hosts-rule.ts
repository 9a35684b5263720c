import { addToGroup } from './add-to-group.js';
import { sameComputer } from '../model/computer-names.js';
import type { OfficeMachine } from './office-machine.js';
import { listNames, type OfficeFindingDraft } from './office-finding-draft.js';
import { officePathOf, type OfficePath } from './office-paths.js';

const DATABASE_SERVICE = /^QuickBooksDB\d+$/i;

interface Sighting {
  machine: OfficeMachine;
  path: OfficePath;
  /** Computers that claim to host the file, as this PC saw it. */
  claimants: string[];
}

function sightings(m: OfficeMachine): Sighting[] {
  const hostingServiceRuns = m.observations.quickbooks.services.some((s) => DATABASE_SERVICE.test(s.name) && s.state === 'running');
  return m.observations.quickbooks.companyFiles.flatMap((f) => {
    const path = officePathOf(m, f.path, false);
    if (!path) return [];
    const claimants: string[] = [];
    if (f.nd?.hostName) claimants.push(f.nd.hostName);
    if (hostingServiceRuns && f.nd?.serverMode === 1 && f.nd.hostedHere === true) claimants.push(m.computerName);
    return [{ machine: m, path, claimants }];
  });
}

/** `\\QB-SERVER\QBData\x.QBW` → `QB-SERVER`; a local path has no server. */
function fileServer(resolved: string): string {
  return resolved.startsWith('\\\\') ? (resolved.slice(2).split('\\')[0] ?? '') : '';
}

/** More than one PC claims to host the same QuickBooks company file. */
export function quickBooksHostFindings(machines: readonly OfficeMachine[]): OfficeFindingDraft[] {
  const byKey = new Map<string, Sighting[]>();
  for (const m of machines) for (const s of sightings(m)) addToGroup(byKey, s.path.key, s);
  const findings: OfficeFindingDraft[] = [];
  for (const seen of byKey.values()) {
    const hosts: string[] = [];
    for (const name of seen.flatMap((s) => s.claimants)) {
      const office = machines.find((m) => sameComputer(m.computerName, name))?.computerName ?? name;
      if (!hosts.some((h) => sameComputer(h, office))) hosts.push(office);
    }
    if (hosts.length < 2) continue;
    const file = seen[0]!.path;
    findings.push({
      code: 'office.quickbooks-hosts',
      title: `${hosts.length} computers claim to host ${file.resolved.split('\\').at(-1)}`,
      detail: `${listNames(hosts)} each claim to host ${file.resolved} for multi-user access. Only one computer should: the others should have hosting turned off, or users and the Sync App may be sent to different database servers.`,
      machines: [...new Set([...hosts.filter((h) => machines.some((m) => sameComputer(m.computerName, h))), ...seen.map((s) => s.machine.computerName)])],
      paths: Object.fromEntries(seen.map((s) => [s.machine.computerName, s.path.spelled])),
      // The computer that holds the file may host it; the other office PCs claiming it should not.
      oddOnes: hosts.filter((h) => machines.some((m) => sameComputer(m.computerName, h)) && !sameComputer(h, fileServer(file.resolved))),
    });
  }
  return findings;
}
