import type { FindingCode } from '../model/finding-codes.js';
import type { GuidanceStep } from '../model/report-schema.js';
import type { FindingDraft } from '../diagnose/finding-draft.js';
import { copyPathStep, folderToOpen, openFolderStep, STEP } from './guidance-steps.js';

/** The path to correct AutoEntry to, and the steps that fix it, in order. */
function fixPathSteps(target: string | undefined): GuidanceStep[] {
  const steps: GuidanceStep[] = [];
  if (target) steps.push(copyPathStep(`Copy the path the accounting software uses: ${target}`, target));
  else steps.push({ text: 'In Sage or QuickBooks, find the file path of the company you work in (Sage: Help > About shows the data directory; QuickBooks: press F2 for Product Information).' });
  steps.push(
    { text: 'Open the Sync App, disconnect this company, and connect it again choosing that path (or correct the file path on AutoEntry\'s Integrate page).', action: { kind: 'open-autoentry' } },
    STEP.republish,
    STEP.archived,
    STEP.alreadyExists,
  );
  return steps;
}

const BY_CODE: Record<FindingCode, (f: FindingDraft) => GuidanceStep[]> = {
  'syncapp.running': () => [],
  'syncapp.other-session': () => [STEP.checkLocation, { text: 'If AutoEntry should use the Sync App of this Windows user, sign in as the other user and close theirs, then start it here.' }],
  'syncapp.not-running': () => [
    { text: 'Start the AutoEntry Sync App (or restart it if it is open but shows as offline).', action: { kind: 'start-sync-app' } },
    { text: 'Leave it running while invoices are being published: AutoEntry delivers them only while it is open.' },
    { text: 'Check the Integrate page in AutoEntry shows the Sync App as running.', action: { kind: 'open-autoentry' } },
    STEP.republish,
  ],
  'syncapp.not-installed': () => [
    STEP.checkLocation,
    { text: 'If the Sync App should run on this PC, install it from AutoEntry and connect the company to it.' },
    { text: 'If it runs on another computer, enter that computer\'s name as the Sync App location in Sync Doctor so the check can take it into account.' },
  ],
  'check.other-account': () => [
    { text: 'Close Sync Doctor and start it again as the Windows user who uses Sage or QuickBooks on this PC (not with "Run as administrator" and another account\'s password).' },
    { text: 'If it must run as an administrator, ask IT to sign in as that user and run it from their desktop.' },
  ],
  'syncapp.elsewhere': () => [STEP.checkLocation, { text: 'Run Sync Doctor on that computer to check the Sync App and the file path there.' }],
  'syncapp.location-mismatch': () => [
    STEP.checkLocation,
    { text: 'If AutoEntry should use this PC, disconnect the company from the Sync App on the other computer and connect it from this one; otherwise close the Sync App here to avoid confusion.' },
  ],
  'sage.found': () => [],
  'sage.not-found': () => [],
  'sage.company-list-unreadable': (f) => [
    { text: 'Open Sage 50 and check the company list it shows when it starts; open each company once so Sage rewrites its list.' },
    ...(f.evidence?.[0] ? [openFolderStep('Open the folder that holds the list to have a look.', f.evidence[0].replace(/[\\/][^\\/]*$/, ''))] : []),
  ],
  'sage.service-stopped': () => [
    { text: 'Start the Sage data service: open Windows Services (services.msc), find it, and choose Start — or restart the PC.' },
    { text: 'If it stops again, ask your IT support to set it to start automatically.' },
  ],
  'quickbooks.found': () => [],
  'quickbooks.not-found': () => [],
  'quickbooks.db-service-stopped': () => [
    { text: 'If this PC hosts company files for other users, start the QuickBooks database service (services.msc) or open QuickBooks and turn hosting on (File > Utilities > Host Multi-User Access).' },
  ],
  'quickbooks.hosted-elsewhere': () => [
    { text: 'Make sure the hosting computer is switched on and QuickBooks hosting is on there; the Sync App reaches the file through it.' },
  ],
  'path.not-configured': () => [
    { text: 'In AutoEntry, open the Integrate page (or the Sync App) and copy the file path shown for the company.', action: { kind: 'open-autoentry' } },
    { text: 'Paste it into Sync Doctor\'s Settings as a company path.' },
  ],
  'path.match': () => [],
  'path.mismatch': (f) => fixPathSteps(f.suggestedPath),
  'path.stale-version': (f) => fixPathSteps(f.suggestedPath),
  'path.missing': (f) => fixPathSteps(f.suggestedPath),
  'path.not-dataset': (f) => fixPathSteps(f.suggestedPath),
  'path.ambiguous': () => [
    { text: 'Ask who works in the books which copy is current (open each in QuickBooks and look at the latest transactions).' },
    ...fixPathSteps(undefined).slice(1, 2),
  ],
  'path.unreachable': (f) => [
    { text: 'Check the server or shared drive is switched on and reachable from this PC: open the folder in File Explorer.', ...(f.configuredPath && { action: { kind: 'open-folder' as const, path: folderToOpen(f.configuredPath) } }) },
    { text: 'If it is a mapped drive (such as S:), reconnect it, or sign in to Windows as the user who mapped it.' },
    STEP.republish,
  ],
  'path.denied': () => [
    { text: 'Ask your IT support to give this Windows user read and write access to the company data folder — the same access Sage or QuickBooks has.' },
    { text: 'Make sure the Sync App runs as a user with that access.' },
  ],
  'path.unverified': () => [
    STEP.accessDenied,
    { text: 'If it did not answer in time, check the drive or share is online, then run the check again.' },
  ],
  'probe.timeout': () => [
    { text: 'A network share or drive was slow to answer. Check it is online, then run the check again.' },
  ],
  'probe.failed': () => [
    { text: 'Run the check again in a minute: a busy PC sometimes fails to answer one of these questions.' },
    STEP.accessDenied,
    { text: 'If the same look-up fails every time, send the report to your IT support: Windows itself refused or garbled that answer.' },
  ],
  'syncapp.unknown': () => [
    { text: 'Look for the AutoEntry Sync App in the notification area (beside the clock) or in Task Manager, and start it if it is not there.' },
    STEP.checkLocation,
  ],
  'sage.unknown': () => [{ text: 'If Sage 50 Accounts is used on this PC, run the check again once the failed look-ups answer; until then its company list is not compared with AutoEntry.' }],
  'quickbooks.unknown': () => [{ text: 'If QuickBooks Desktop is used on this PC, run the check again once the failed look-ups answer; until then its company files are not compared with AutoEntry.' }],
};

/** Path verdicts that say nothing is wrong with delivery (yet): no habit to add. */
const PATH_WITHOUT_PROBLEM: ReadonlySet<FindingCode> = new Set(['path.match', 'path.not-configured', 'path.unverified']);

/** Ordered steps for a finding, from its code and fields. */
export function guidanceFor(finding: FindingDraft): GuidanceStep[] {
  const steps = BY_CODE[finding.code](finding);
  // Every problem with delivery ends with the two habits that keep invoices flowing.
  if (finding.code.startsWith('path.') && !PATH_WITHOUT_PROBLEM.has(finding.code)) steps.push(STEP.noResync);
  if (finding.code === 'syncapp.not-running') steps.push(STEP.searchBeforeReconnect);
  return steps;
}
