import type { Observations } from '../model/observations.js';
import { ndHostComputer } from '../parsers/quickbooks-nd.js';
import type { Requirement, VerdictDraft } from './evidence-rule.js';

/** "No QuickBooks" needs every place it shows up: programs, services, processes, recent lists, company files, configured files. */
function notFoundRestsOn(obs: Observations): Requirement[] {
  return ['processes', 'services', 'registry', 'environment', 'quickbooks-lists', 'quickbooks-files', ...obs.configured.filter((c) => c.quickbooks).map((c) => ({ configuredPath: c.input }))];
}

export function quickBooksFindings(obs: Observations): VerdictDraft[] {
  const qb = obs.quickbooks;
  const existing = qb.companyFiles.filter((f) => f.access.state === 'file');
  const found = qb.versions.length > 0 || qb.installs.length > 0 || qb.services.length > 0 || qb.processes.length > 0 || qb.recent.length > 0 || existing.length > 0;
  if (!found) {
    return [{ code: 'quickbooks.not-found', requires: notFoundRestsOn(obs), title: 'No QuickBooks Desktop found', detail: `There is no sign of QuickBooks Desktop on ${obs.machine.computerName}: no program, no recently opened company files, no company files in the usual folder.` }];
  }
  const findings: VerdictDraft[] = [{
    code: 'quickbooks.found',
    title: qb.versions.length > 0 ? `QuickBooks Desktop found (${qb.versions.join(', ')})` : 'QuickBooks Desktop found',
    detail: `${existing.length} company ${existing.length === 1 ? 'file' : 'files'} found; ${qb.recent.length} recently opened ${qb.recent.length === 1 ? 'entry' : 'entries'}.`,
  }];
  for (const s of qb.services.filter((s) => s.state !== 'running')) {
    findings.push({
      code: 'quickbooks.db-service-stopped',
      requires: ['services'],
      title: 'QuickBooks Database Server Manager is not running on this PC',
      detail: `Company files shared in multi-user mode from this PC cannot be opened by others (or by the Sync App) while it is stopped. For IT: its Windows service ${s.name} is ${s.state}.`,
    });
  }
  for (const f of existing) {
    const host = f.nd && ndHostComputer(f.nd);
    if (!f.nd || host === undefined || f.nd.hostedHere) continue;
    findings.push({
      code: 'quickbooks.hosted-elsewhere',
      title: `${f.path.spelled} is hosted by ${host}`,
      detail: `Its network file (${f.nd.file}) names ${host}${f.nd.serverIp ? ` (${f.nd.serverIp})` : ''} as the computer that hosts it in multi-user mode, not ${obs.machine.computerName}.`,
      evidence: [f.nd.file],
    });
  }
  return findings;
}
