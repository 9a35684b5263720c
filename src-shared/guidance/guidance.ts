import type { FindingCode } from '../model/finding-codes.js';
import type { GuidanceStep } from '../model/report-schema.js';
import type { FindingDraft } from '../diagnose/finding-draft.js';
import { folderToOpen, openFolderStep, STEP } from './guidance-steps.js';
import { NO_CONTEXT, type GuidanceContext } from './guidance-context.js';
import { fixPathSteps, reconnectStep, unreachableSteps } from './path-fix-steps.js';

const BY_CODE: Record<FindingCode, (f: FindingDraft, ctx: GuidanceContext) => GuidanceStep[]> = {
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
  'sage.service-stopped': (f) => [
    { text: 'Start the Sage data service (it lets Sage open data kept on another computer), or restart the PC.', forIT: `Windows Services (services.msc): start "${serviceName(f)}" and set it to start automatically.` },
    { text: 'If it stops again, ask your IT support to set it to start automatically.' },
  ],
  'quickbooks.found': () => [],
  'quickbooks.not-found': () => [],
  'quickbooks.db-service-stopped': (f) => [
    { text: 'If this PC shares company files with other users, open QuickBooks and choose File > Utilities > Host Multi-User Access, or start QuickBooks Database Server Manager.', forIT: `Windows Services (services.msc): start ${serviceName(f)} (QuickBooks Database Server Manager's service) and set it to start automatically.` },
  ],
  'quickbooks.hosted-elsewhere': () => [
    { text: 'Make sure the hosting computer is switched on and QuickBooks hosting is on there; the Sync App reaches the file through it.' },
  ],
  'path.not-configured': () => [
    { text: 'In AutoEntry, open the Integrate page (or the Sync App) and copy the file path shown for the company.', action: { kind: 'open-autoentry' } },
    { text: 'Paste it into Sync Doctor\'s Settings as a company path.' },
  ],
  'path.match': () => [],
  'path.mismatch': fixPathSteps,
  'path.stale-version': fixPathSteps,
  'path.missing': fixPathSteps,
  'path.not-dataset': fixPathSteps,
  'path.ambiguous': (_f, ctx) => [
    { text: 'Ask who works in the books which copy is current (open each in QuickBooks and look at the latest transactions).' },
    reconnectStep(undefined)(ctx),
  ],
  'path.unreachable': (f, ctx) => unreachableSteps(f, ctx, openPlaceStep(f)),
  'path.denied': () => [
    { text: 'Access denied: run Sync Doctor as the Windows user who uses Sage or QuickBooks, or ask IT to give this user read and write access to the company data folder.' },
    { text: 'Make sure the Sync App runs as a user with that access.' },
  ],
  'path.unverified': () => [
    STEP.accessDenied,
    { text: 'If it did not answer in time, check the drive or share is online, then check again: until what is named above can be read, this path is not compared with the data in use.' },
  ],
  'probe.timeout': () => [
    { text: 'Something on this PC or the network was slow to answer. Check the shared drives are online, then check again.', forIT: 'Each look-up has a deadline (Settings > Advanced); the finding lists the ones that missed it.' },
  ],
  'probe.failed': () => [
    { text: 'Run the check again in a minute: a busy PC sometimes fails to answer one of these questions.' },
    STEP.accessDenied,
    { text: 'If the same thing fails every time, send the report to your IT support: Windows itself refused or garbled that answer.', forIT: 'The finding lists each failed look-up and the error Windows gave.' },
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

/** The service a finding is about, as Windows names it (from its title, which quotes it). */
function serviceName(f: FindingDraft): string {
  return /"([^"]+)"/.exec(f.title)?.[1] ?? /service (\S+?)[ .]/.exec(f.detail)?.[1] ?? 'the service';
}

/** Looking at the configured place in File Explorer: a share, or a folder on this PC that did not answer. */
function openPlaceStep(f: FindingDraft): GuidanceStep {
  const text = /something on this PC held the folder/i.test(f.detail)
    ? 'Open the folder in File Explorer: something on this PC held it (often a virus scan); when it opens, check again.'
    : 'Check the server or shared drive is switched on and reachable from this PC: open the folder in File Explorer.';
  return { text, ...(f.configuredPath && { action: { kind: 'open-folder' as const, path: folderToOpen(f.configuredPath) } }) };
}

/** Ordered steps for a finding, from its code and fields, and what else the check knows. */
export function guidanceFor(finding: FindingDraft, context: GuidanceContext = NO_CONTEXT): GuidanceStep[] {
  const steps = BY_CODE[finding.code](finding, context);
  // Every problem with delivery ends with the two habits that keep invoices flowing.
  if (finding.code.startsWith('path.') && !PATH_WITHOUT_PROBLEM.has(finding.code)) steps.push(STEP.noResync);
  if (finding.code === 'syncapp.not-running') steps.push(STEP.searchBeforeReconnect);
  return steps;
}
