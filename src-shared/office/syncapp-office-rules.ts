import type { OfficeMachine } from './office-machine.js';
import { listNames, type OfficeFindingDraft } from './office-finding-draft.js';
import type { OfficeRoles } from './office-roles.js';

/** One Sync App for the office, on the PC AutoEntry expects. */
export function syncAppOfficeFindings(machines: readonly OfficeMachine[], roles: OfficeRoles): OfficeFindingDraft[] {
  const runnerNames = roles.runners.map((m) => m.computerName);
  if (roles.runners.length === 0) {
    // A location outside the office: the Sync App may well run there; nothing here says otherwise.
    if (roles.location !== undefined && !roles.locationMachine) return [];
    return [{
      code: 'office.syncapp-none',
      title: 'No PC in the office runs the AutoEntry Sync App',
      detail: `None of the ${machines.length} PCs looked at (${listNames(machines.map((m) => m.computerName))}) has the Sync App running${roles.location ? `, not even ${roles.location}, which AutoEntry names as its location` : ''}. Until one does, invoices published in AutoEntry wait and then time out.`,
      machines: machines.map((m) => m.computerName),
      paths: {},
      oddOnes: roles.locationMachine ? [roles.locationMachine.computerName] : [],
    }];
  }
  const findings: OfficeFindingDraft[] = [];
  if (roles.runners.length > 1) {
    findings.push({
      code: 'office.syncapp-several',
      title: `The Sync App runs on ${roles.runners.length} PCs`,
      detail: `It is running on ${listNames(runnerNames)}. AutoEntry delivers to the one it is connected to; the others may hold a different company or path and confuse whoever checks them.`,
      machines: runnerNames,
      paths: {},
      oddOnes: runnerNames,
    });
  }
  const expected = roles.locationMachine;
  if (expected && !roles.runners.includes(expected)) {
    findings.push({
      code: 'office.syncapp-location-wrong',
      title: `AutoEntry expects the Sync App on ${expected.computerName}, but it runs on ${listNames(runnerNames)}`,
      detail: `AutoEntry's Sync App location is ${roles.location}, and the Sync App is not running there. It runs on ${listNames(runnerNames)} instead, which AutoEntry is not set to use.`,
      machines: [expected.computerName, ...runnerNames],
      paths: {},
      oddOnes: [expected.computerName, ...runnerNames],
    });
  }
  return findings;
}
