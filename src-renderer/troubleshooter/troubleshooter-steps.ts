import type { GuidanceAction, Report } from '../../src-shared/model/report-schema.js';
import { CLOUD_PRODUCTS, DESKTOP_PRODUCTS, KIND_STEP_ID, listOfProducts, suggestKind, type IntegrationKind } from './integration-kind.js';
import { filePathCheck, suggestFilePathAnswer, suggestIntegrationAnswer, syncAppCheck, type LocalCheck } from './local-checks.js';

/**
 * The Help Centre's order of checks for invoices that were published but never arrived in
 * Sage 50 or QuickBooks Desktop, as data, in Sync Doctor's own words.
 */

export interface TroubleshooterAnswer {
  id: string;
  label: string;
  /** `problem`: this is (part of) the cause; `note`: fine, but worth knowing; `fine`: nothing to do. */
  outcome: 'fine' | 'note' | 'problem';
  advice: string[];
  action?: GuidanceAction;
  /** A screen of this window that helps further. */
  link?: { href: string; label: string };
}

export interface TroubleshooterStep {
  id: string;
  title: string;
  /** The step's name in the closing summary. */
  short: string;
  intro: string;
  /** Terms the user will meet on AutoEntry's screens and what they mean. */
  terms?: Array<{ term: string; meaning: string }>;
  question: string;
  answers: TroubleshooterAnswer[];
  localCheck?: (report: Report) => LocalCheck | undefined;
  /** The answer this computer's check points to, chosen in advance (the user may change it). */
  suggest?: (report: Report) => string | undefined;
  /** A step for one kind of integration only (the first step asks which). */
  only?: IntegrationKind;
}

const CLOUD = listOfProducts(CLOUD_PRODUCTS);
const CLOUD_OR = listOfProducts(CLOUD_PRODUCTS, 'or');

export const TROUBLESHOOTER_STEPS: TroubleshooterStep[] = [
  {
    id: KIND_STEP_ID,
    title: 'Which accounting software do the invoices go to?',
    short: 'Kind of integration',
    intro: `AutoEntry reaches ${listOfProducts(DESKTOP_PRODUCTS)} through the Desktop Sync App on a PC in your office, which writes into the company data at a file path. ${CLOUD} live online: AutoEntry talks to them directly, with no Sync App and no file path. The checks differ, so say which one this company uses.`,
    question: 'Where do this company’s invoices go?',
    answers: [
      { id: 'desktop', label: `${listOfProducts(DESKTOP_PRODUCTS, 'or')}, through the Sync App`, outcome: 'fine', advice: [] },
      {
        id: 'cloud',
        label: `${CLOUD_OR}, online`,
        outcome: 'fine',
        advice: ['The checks about the Sync App and the file path do not apply to you, so they are left out.'],
      },
    ],
    suggest: suggestKind,
  },
  {
    id: 'inbox-status',
    title: 'Look at the invoice’s status in your AutoEntry Inbox',
    short: 'Inbox status',
    intro: 'Start with one invoice that did not arrive. The status column in the Inbox says how far it got.',
    terms: [
      { term: 'Ready', meaning: 'AutoEntry has read the invoice, but it has not been published yet: some required fields still need filling in before you publish it.' },
      { term: 'Published', meaning: 'AutoEntry has sent it on its way. That alone does not prove it has arrived in your accounting software.' },
      { term: 'Published, with your software’s name', meaning: 'The publication went through to the integration. If it is still not in Sage or QuickBooks, the file path or an accidental Re-Sync is the usual reason — the later steps cover both.' },
      { term: 'Orange triangle', meaning: 'Something blocked publishing, such as a missing detail or a setting that does not fit. “Read more” beside it gives the exact message.' },
    ],
    question: 'What does the invoice’s status show?',
    answers: [
      {
        id: 'ready',
        label: 'Ready',
        outcome: 'problem',
        advice: [
          'Fill in the fields AutoEntry marks as required, then publish the invoice.',
          'If you rely on auto-publish and it did nothing, check your credit balance: auto-publish does not run without enough credits.',
        ],
      },
      { id: 'published', label: 'Published', outcome: 'note', advice: ['It left AutoEntry, so carry on with the next checks to find where it stopped.'] },
      { id: 'published-named', label: 'Published, with the software’s name', outcome: 'note', advice: ['It reached the integration. The file path and Re-Sync checks below are the likely culprits.'] },
      {
        id: 'triangle',
        label: 'Orange triangle',
        outcome: 'problem',
        advice: [
          'Click “Read more” next to the triangle and copy the message exactly as written.',
          'Look it up in Error lookup here, or search for the exact words in the AutoEntry Help Centre.',
          'Unpublish the invoice, make the correction the message asks for, then publish it again.',
        ],
        link: { href: '#error-lookup', label: 'Open Error lookup' },
      },
    ],
  },
  {
    id: 'integration-status',
    only: 'desktop',
    title: 'Check the integration status — in all three places',
    short: 'Integration status',
    intro:
      'AutoEntry shows whether the link to your accounting software works in three places. With the Desktop Sync App, the first one can look fine while the Sync App has a problem, so look at all three.',
    terms: [
      { term: 'Home page, “Integration status” column', meaning: '“Not integrated” means no link is set up (or it was disconnected). A grey icon with a white tick usually means it works. A barred symbol means something is wrong — a publication error or a problem with the link itself. This column cannot show errors inside the Sync App.' },
      { term: 'Integrate page', meaning: 'Open the company, then Integrate in its menu. The bottom of the page shows the Sync App’s status and its location — the computer it runs on. You need the “Company settings” permission to see this page; the account holder can give it to you.' },
      { term: 'The Sync App itself', meaning: 'Open the Desktop Sync App on the computer it is installed on. When it is not running it shows as offline.' },
    ],
    question: 'What did you find?',
    answers: [
      { id: 'all-fine', label: 'All three say the integration is working', outcome: 'fine', advice: [] },
      {
        id: 'not-integrated',
        label: 'The Home page says “Not integrated”',
        outcome: 'problem',
        advice: ['No link is in place, so connecting the company to the Sync App is the right fix here.', 'After connecting, unpublish the affected invoices and publish them once more.'],
      },
      {
        id: 'error-shown',
        label: 'There is an error message (barred symbol or on the Integrate page)',
        outcome: 'problem',
        advice: [
          'Do not disconnect and reconnect straight away — many different problems show an error here, each with its own fix.',
          'Copy the exact message and look it up in Error lookup or the Help Centre.',
        ],
        link: { href: '#error-lookup', label: 'Open Error lookup' },
      },
      {
        id: 'offline',
        label: 'The Sync App is offline or not running',
        outcome: 'problem',
        advice: [
          'Start the Sync App; if it is already open, close it and start it again.',
          'Check the Integrate page’s Sync App location names this computer — someone may have connected the company to a Sync App on another computer.',
          'Then unpublish the affected invoices and publish them once more.',
        ],
        action: { kind: 'start-sync-app' },
      },
    ],
    localCheck: syncAppCheck,
    suggest: suggestIntegrationAnswer,
  },
  {
    id: 'cloud-integration-status',
    only: 'cloud',
    title: 'Is the online integration running?',
    short: 'Integration status',
    intro: `On AutoEntry’s Home page the “Integration status” column, and in the company’s menu the Integrate page, both show whether the link to ${CLOUD_OR} still works. Such a link can lapse on its own, for instance when the sign-in it was made with runs out or its password changes.`,
    question: 'What do they show?',
    answers: [
      { id: 'working', label: 'The integration is working', outcome: 'fine', advice: [] },
      {
        id: 'not-running',
        label: 'It is not running, disconnected or “Not integrated”',
        outcome: 'problem',
        advice: [
          `On the company’s Integrate page in AutoEntry, disconnect the integration, then connect it again, signing in to ${CLOUD_OR} when asked.`,
          'After that, unpublish the invoices that never arrived and publish each of them again: they are not sent again by themselves.',
        ],
        action: { kind: 'open-autoentry' },
      },
      {
        id: 'error-shown',
        label: 'There is an error message',
        outcome: 'problem',
        advice: ['Copy the message word for word and look it up in Error lookup or the Help Centre before changing the link.'],
        link: { href: '#error-lookup', label: 'Open Error lookup' },
      },
    ],
  },
  {
    id: 'file-path',
    only: 'desktop',
    title: 'Check the file path',
    short: 'File path',
    intro:
      'The Sync App writes each invoice into the company data at the file path AutoEntry is set to. If that is not the data you open in Sage or QuickBooks, invoices go to the wrong place and AutoEntry shows no error at all. A Sage example: C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000.',
    question: 'Does the path AutoEntry shows (on the Integrate page or in the Sync App) match the data you work in?',
    answers: [
      { id: 'matches', label: 'Yes, it matches', outcome: 'fine', advice: [] },
      {
        id: 'differs',
        label: 'No, it is different',
        outcome: 'problem',
        advice: [
          'In the Sync App, disconnect the company and connect it again, choosing the path of the data you work in.',
          'Then unpublish the affected invoices and publish them once more.',
        ],
        link: { href: '#paths', label: 'Compare the paths' },
      },
      { id: 'unsure', label: 'I am not sure', outcome: 'note', advice: ['The File paths screen puts both paths one above the other and highlights what differs.'], link: { href: '#paths', label: 'Compare the paths' } },
    ],
    localCheck: filePathCheck,
    suggest: suggestFilePathAnswer,
  },
  {
    id: 're-sync',
    title: 'Was Re-Sync pressed after publishing?',
    short: 'Re-Sync',
    intro:
      'Re-Sync fetches things like your contacts from the bookkeeping software into AutoEntry. It does not send invoices the other way — but pressing it after publishing an invoice stops that invoice from going through.',
    question: 'Might someone have pressed Re-Sync after these invoices were published?',
    answers: [
      { id: 'no', label: 'No', outcome: 'fine', advice: [] },
      { id: 'maybe', label: 'Yes, or possibly', outcome: 'problem', advice: ['Unpublish the affected invoices and publish them again.'] },
    ],
  },
  {
    id: 'archive',
    only: 'desktop',
    title: 'Invoices moved to the Archive, and “already exists”',
    short: 'Archive and “already exists”',
    intro:
      'If the file path was wrong, AutoEntry believes the invoices were published and may have moved them to the Archive by itself.',
    question: 'Are some of the missing invoices in the Archive?',
    answers: [
      { id: 'no', label: 'No', outcome: 'fine', advice: [] },
      {
        id: 'yes',
        label: 'Yes',
        outcome: 'problem',
        advice: [
          'Move them from the Archive back to the Inbox, then publish them again.',
          'When AutoEntry says the invoice already exists, carry on: it says so only because it counted the earlier, misdirected publication.',
        ],
      },
    ],
  },
  {
    id: 'auto-publish',
    title: 'Auto-publish and credits',
    short: 'Auto-publish and credits',
    intro: 'Auto-publish sends invoices on without you pressing Publish — but only while your account has enough credits.',
    question: 'Do you use auto-publish?',
    answers: [
      { id: 'no', label: 'No, we publish by hand', outcome: 'fine', advice: [] },
      { id: 'works', label: 'Yes, and invoices do get published', outcome: 'fine', advice: [] },
      {
        id: 'stuck',
        label: 'Yes, but invoices stay “Ready”',
        outcome: 'problem',
        advice: ['Check your AutoEntry credit balance and top it up, or publish the waiting invoices by hand.'],
        action: { kind: 'open-autoentry' },
      },
    ],
  },
  {
    id: 'accountsprep',
    title: 'AccountsPrep users',
    short: 'AccountsPrep',
    intro: 'AccountsPrep does not receive published sales and purchase invoices the way Sage and QuickBooks do.',
    question: 'Do these invoices belong in AccountsPrep?',
    answers: [
      { id: 'no', label: 'No', outcome: 'fine', advice: [] },
      {
        id: 'yes',
        label: 'Yes',
        outcome: 'note',
        advice: [
          'Approve the invoices in AutoEntry first.',
          'Then, in AccountsPrep, go to Accounting and bring them in with Cash Sales (for sales) or Cash Expenses (for purchases).',
        ],
      },
    ],
  },
];
