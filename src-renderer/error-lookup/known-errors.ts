import type { GuidanceAction } from '../../src-shared/model/report-schema.js';
import { CLOUD_PRODUCTS, listOfProducts } from '../troubleshooter/integration-kind.js';

/**
 * Messages a bookkeeper meets beside an orange triangle, on AutoEntry's Integrate page or in
 * the Sync App, recognised by the words in them. Data only: the lookup is in match-error.ts.
 */
export interface KnownError {
  id: string;
  /** Shown as "Messages that mention …". */
  about: string;
  /** The message matches when it contains every word of any one of these phrases (any case). */
  phrases: string[];
  /** …and, when given, also one of these (the products the entry is about)… */
  onlyWith?: string[];
  /** …unless it also contains one of these (a message about another kind of integration). */
  unless?: string[];
  cause: string;
  steps: string[];
  action?: GuidanceAction;
  link?: { href: string; label: string };
}

const CLOUD = listOfProducts(CLOUD_PRODUCTS);
const CLOUD_OR = listOfProducts(CLOUD_PRODUCTS, 'or');
/** A message naming an online product is not about the Sync App or a file path. */
const CLOUD_NAMES = CLOUD_PRODUCTS.map((p) => p.toLowerCase());

export const KNOWN_ERRORS: KnownError[] = [
  {
    id: 'cloud-link',
    about: `the link to ${CLOUD_OR}`,
    phrases: ['not running', 'disconnected', 'not connected', 'reconnect', 'expired', 'authorise', 'authorize', 'authorisation', 'authorization', 'connection', 'offline', 'stopped'],
    onlyWith: CLOUD_NAMES,
    cause: `${CLOUD} are online: AutoEntry reaches them directly, without the Sync App or a file path. Their link stops when the sign-in behind it lapses or is withdrawn, and then nothing is delivered until it is made again.`,
    steps: [
      'Open the company’s Integrate page in AutoEntry, disconnect the integration and connect it again, signing in to the accounting software when asked.',
      'Then unpublish the invoices that did not arrive and publish them again; they are not resent by themselves.',
    ],
    action: { kind: 'open-autoentry' },
  },
  {
    id: 'already-exists',
    about: 'the invoice already existing',
    phrases: ['already exists', 'already exist', 'already been published'],
    cause:
      'AutoEntry counts the invoice as published before. After a wrong file path that is expected: the first publication went to data nobody opens, so AutoEntry thinks the job is done.',
    steps: [
      'If you have just corrected the file path and are publishing again, carry on and ignore this message.',
      'Otherwise, look in Sage or QuickBooks first, so the invoice is not entered twice.',
    ],
    link: { href: '#paths', label: 'Check the file paths' },
  },
  {
    id: 'sync-app-offline',
    about: 'the Sync App being offline or not running',
    phrases: ['offline', 'not running', 'not connected', 'sync app stopped'],
    unless: CLOUD_NAMES,
    cause: 'The Desktop Sync App is not running on the computer AutoEntry sends invoices to, so nothing can be written into Sage or QuickBooks.',
    steps: [
      'Start the Sync App on the computer named as the Sync App location on AutoEntry’s Integrate page; if it is open, close it and start it again.',
      'Unpublish and publish the invoices that did not arrive.',
    ],
    action: { kind: 'start-sync-app' },
  },
  {
    id: 'not-integrated',
    about: 'the company not being integrated',
    phrases: ['not integrated', 'no integration'],
    cause: 'This company has no working link to an accounting program in AutoEntry, or it was disconnected.',
    steps: [
      'Connect the company to the Sync App on the computer that opens its Sage or QuickBooks data, choosing that data’s file path.',
      `With ${CLOUD_OR}, connect it from the company’s Integrate page instead, signing in to that product; no Sync App is involved.`,
      'Then unpublish and publish the affected invoices.',
    ],
  },
  {
    id: 'credits',
    about: 'credits',
    phrases: ['credit', 'credits'],
    cause: 'The account does not have enough credits, so publishing (and auto-publish in particular) stops.',
    steps: ['Check the credit balance in AutoEntry and top it up, then publish the waiting invoices.'],
    action: { kind: 'open-autoentry' },
  },
  {
    id: 'permission',
    about: 'permissions',
    phrases: ['permission', 'not authorised', 'not authorized', 'access denied', 'company settings'],
    cause: 'Your AutoEntry user may not open the Integrate page or change the integration: that needs the “Company settings” permission.',
    steps: ['Ask the account holder for the “Company settings” permission, or to check the Integrate page for you.'],
  },
  {
    id: 'path',
    about: 'a file, folder or company data that cannot be found',
    phrases: ['cannot find', 'could not find', 'can not find', 'not found', 'file path', 'does not exist', 'invalid path'],
    unless: CLOUD_NAMES,
    cause: 'The Sync App is looking for company data at a file path that does not lead to the data Sage or QuickBooks uses.',
    steps: [
      'Compare the file path AutoEntry shows with the data you open, on the File paths screen.',
      'If they differ, disconnect the company in the Sync App and connect it again with the right path, then unpublish and publish the invoices.',
    ],
    link: { href: '#paths', label: 'Compare the file paths' },
  },
];
