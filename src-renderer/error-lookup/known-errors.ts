import type { GuidanceAction } from '../../src-shared/model/report-schema.js';
import { CLOUD_PRODUCTS, listOfProducts } from '../troubleshooter/integration-kind.js';
import { SOURCES, type MessageSource } from './message-sources.js';
import { REAL_MESSAGES } from './real-messages.js';

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
  /** Which program shows the message, and a typical wording of it. */
  shownBy?: 'AutoEntry' | 'Sync App' | 'Sage 50' | 'QuickBooks Desktop';
  example?: string;
  /** The help page or knowledge-base article the message and its cause come from. */
  source: MessageSource;
  /** The check on this PC that explains it: its finding codes and the screen that shows them. */
  check?: { codes: readonly string[]; href: string; label: string };
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
    source: SOURCES.seedNotSyncing,
  },
  ...REAL_MESSAGES,
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
    source: SOURCES.seedNotSyncing,
    check: { codes: ['path.mismatch', 'path.stale-version', 'path.missing', 'path.unreachable'], href: '#paths', label: 'Check the file paths' },
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
    source: SOURCES.seedNotSyncing,
    check: { codes: ['path.mismatch', 'path.stale-version', 'path.missing', 'path.not-dataset', 'path.unreachable'], href: '#paths', label: 'Compare the file paths' },
  },
];
