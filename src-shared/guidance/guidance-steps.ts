import type { GuidanceStep } from '../model/report-schema.js';

/**
 * Reusable steps, in our own words, from the facts of AutoEntry's help centre: how a
 * bookkeeper gets published invoices to arrive after something was wrong.
 */
export const STEP = {
  republish: {
    text: 'In AutoEntry, unpublish the invoices published while this was wrong, then publish them again.',
    action: { kind: 'open-autoentry' },
  },
  archived: {
    text: 'If some of those invoices moved to the Archive on their own, move them back to the Inbox first, then publish them.',
  },
  alreadyExists: {
    text: 'When AutoEntry says an invoice already exists, carry on: it only thinks so because the first attempt went to the wrong place.',
  },
  noResync: {
    text: 'Do not press Re-Sync after publishing: it only brings contacts and lists from the accounting software into AutoEntry, and pressing it after publishing stops those invoices from being delivered.',
  },
  searchBeforeReconnect: {
    text: 'If AutoEntry shows an error message, search the Help Centre for its exact words before disconnecting anything: different errors need different fixes.',
    action: { kind: 'open-help-centre' },
  },
  accessDenied: {
    text: 'Access denied: run Sync Doctor as the Windows user who uses Sage or QuickBooks, or ask IT to let this user read that folder.',
  },
  checkLocation: {
    text: "On AutoEntry's Integrate page, look at the Sync App status and its location: in an office with several users, the company may be connected to a Sync App on another computer.",
    action: { kind: 'open-autoentry' },
  },
} satisfies Record<string, GuidanceStep>;

export function copyPathStep(text: string, path: string): GuidanceStep {
  return { text, action: { kind: 'copy-path', path } };
}

export function openFolderStep(text: string, path: string): GuidanceStep {
  return { text, action: { kind: 'open-folder', path } };
}

/** Accounting files that "Open folder" must never be pointed at: their folder is opened instead. */
const ACCOUNTING_FILE = /[\\/][^\\/]+\.(qbw|qbb|qbm|qbx|nd|tlg|dta)$/i;

/** The folder to open for a configured path: the path itself, or the folder of a company file. */
export function folderToOpen(path: string): string {
  return ACCOUNTING_FILE.test(path) ? path.replace(/[\\/][^\\/]*$/, '') : path;
}
