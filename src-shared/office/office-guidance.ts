import type { GuidanceStep } from '../model/report-schema.js';
import type { OfficeFindingCode } from './office-codes.js';
import type { OfficeFindingDraft } from './office-finding-draft.js';

const REPUBLISH: GuidanceStep = { text: 'Afterwards, republish in AutoEntry the invoices that went missing in the meantime.', action: { kind: 'open-autoentry' } };

/** What to do about each office finding, in order, in our own words. */
const BY_CODE: Record<OfficeFindingCode, (f: OfficeFindingDraft) => GuidanceStep[]> = {
  'office.syncapp-none': () => [
    { text: 'Decide which PC should deliver invoices: usually the one that is always on and can reach the accounts share.' },
    { text: 'Install or start the AutoEntry Sync App there and connect the company to it.' },
    { text: 'Set that PC as the Sync App location on AutoEntry\'s Integrate page.', action: { kind: 'open-autoentry' } },
  ],
  'office.syncapp-several': (f) => [
    { text: `Look on AutoEntry's Integrate page which of ${f.machines.join(', ')} AutoEntry is connected to.`, action: { kind: 'open-autoentry' } },
    { text: 'Close the Sync App on the other PCs and stop it from starting with Windows there.' },
  ],
  'office.syncapp-location-wrong': (f) => [
    { text: `Either start the Sync App on ${f.machines[0]} and close it elsewhere, or change the Sync App location in AutoEntry to the PC where it runs.`, action: { kind: 'open-autoentry' } },
    { text: 'Run sync-doctor office again over fresh snapshots to confirm one PC runs it and AutoEntry names that PC.' },
  ],
  'office.dataset-split': (f) => {
    const others = Object.entries(f.paths).slice(1);
    const target = others[0]?.[1];
    return [
      { text: `On ${f.machines[0]}, open the Sync App and connect the company to the dataset the office works in${target ? ` (on ${others[0]![0]} it is ${target}; spell it the way ${f.machines[0]} reaches that share)` : ''}.` },
      { text: 'Do not copy the data over: invoices posted to the wrong copy must be entered again in the real books.' },
      REPUBLISH,
    ];
  },
  'office.version-skew': () => [
    { text: 'Upgrade Sage on the PCs that are behind, so every PC opens the shared data with the same version.' },
    { text: 'Check that the Sync App\'s PC is among the upgraded ones and its path names the upgraded data.' },
  ],
  'office.drive-letter-conflict': (f) => [
    { text: 'Map the letter to the same share on every PC (a login script or group policy does it for all of them).' },
    { text: `Or set AutoEntry's path with the full share name (\\\\server\\share\\…) so it means the same thing on ${f.machines.join(', ')}.` },
  ],
  'office.quickbooks-hosts': () => [
    { text: 'Keep hosting on for the computer that holds the company file (usually the server) only.' },
    { text: 'On each other PC, open QuickBooks and turn hosting off (File > Utilities > Stop Hosting Multi-User Access).' },
    { text: 'If the database service keeps running on a workstation, set it to manual there in Services.' },
  ],
  'office.unreadable-bundle': () => [
    { text: 'Run sync-doctor collect again on that PC and copy the new snapshot to the share; the other PCs were judged without it.' },
  ],
  'office.autoentry-path-unknown': () => [
    { text: 'Find the file path AutoEntry is set to: on the Sync App\'s PC, open the Sync App and read the company\'s path.' },
    { text: 'Give it to the office check: in the AutoEntry path field of the Office screen, or with --autoentry-path PATH on the command line. The PCs are then compared with the data AutoEntry really posts to.' },
  ],
  'office.ok': () => [],
};

export function officeGuidanceFor(draft: OfficeFindingDraft): GuidanceStep[] {
  return BY_CODE[draft.code](draft);
}
