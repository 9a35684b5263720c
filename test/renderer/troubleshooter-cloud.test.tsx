// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ErrorLookupScreen } from '../../src-renderer/error-lookup/ErrorLookupScreen.js';
import { KNOWN_ERRORS } from '../../src-renderer/error-lookup/known-errors.js';
import { matchError } from '../../src-renderer/error-lookup/match-error.js';
import { TroubleshooterScreen } from '../../src-renderer/troubleshooter/TroubleshooterScreen.js';
import { TROUBLESHOOTER_STEPS } from '../../src-renderer/troubleshooter/troubleshooter-steps.js';
import { copiedRuns } from '../support/copied-from-seeds.js';
import { createFakeBridge } from './support/fake-bridge.js';
import { renderWithBridge } from './support/render-window.js';
import { emptyMachineReport, staleAfterUpgradeReport } from './support/reports.js';

const CLOUD_ROAD = 'Sage Accounting, QuickBooks Online or Xero, online';

async function answerAndGoOn(label: string) {
  await userEvent.click(screen.getByRole('radio', { name: label }));
  await userEvent.click(screen.getByRole('button', { name: /^(Next|Finish)$/ }));
}

describe('Troubleshooter for an online integration (Sage Accounting, QuickBooks Online, Xero)', () => {
  it('asks the kind first, then skips the Sync App and file path and says to reconnect and republish', async () => {
    const bridge = createFakeBridge(emptyMachineReport());
    renderWithBridge(<TroubleshooterScreen report={emptyMachineReport()} />, bridge);
    const first = screen.getByRole('heading', { name: 'Which accounting software do the invoices go to?' }).closest('section')!;
    for (const product of ['Sage 50 Accounts', 'QuickBooks Desktop', 'Sage Accounting', 'QuickBooks Online', 'Xero']) expect(first).toHaveTextContent(product);
    // Nothing on an empty PC says which kind it is, so nothing is chosen for the user.
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    const cloudSteps = TROUBLESHOOTER_STEPS.filter((s) => s.only !== 'desktop').length;
    await userEvent.click(screen.getByRole('radio', { name: CLOUD_ROAD }));
    expect(screen.getByText(`Step 1 of ${cloudSteps}`)).toBeInTheDocument();
    expect(screen.getByText(/do not apply to you/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));

    await answerAndGoOn('Published');
    expect(screen.getByRole('heading', { name: 'Is the online integration running?' })).toHaveFocus();
    expect(screen.queryByRole('complementary', { name: 'What Sync Doctor found on this computer' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'It is not running, disconnected or “Not integrated”' }));
    const advice = screen.getByText(/disconnect the integration, then connect it again/).closest('div, section')!;
    expect(advice).toHaveTextContent(/unpublish the invoices that never arrived and publish each of them again/);
    await userEvent.click(within(advice as HTMLElement).getByRole('button', { name: 'Open AutoEntry in your browser' }));
    expect(bridge.callsTo('open-external')).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));

    // The rest of the road: Re-Sync, auto-publish, AccountsPrep — never the Sync App, the file path or the Archive.
    const seen: string[] = [];
    for (const answer of ['No', 'No, we publish by hand', 'No']) {
      seen.push(screen.getByRole('heading', { level: 3 }).textContent ?? '');
      await answerAndGoOn(answer);
    }
    expect(screen.getByRole('heading', { name: /^Done/ })).toBeInTheDocument();
    expect(seen.join(' | ')).not.toMatch(/Sync App|file path|Archive/i);
    const summary = screen.getByRole('heading', { name: /^Done/ }).closest('section')!;
    expect(summary).toHaveTextContent('One check points to the cause');
    expect(summary).toHaveTextContent('Integration status: It is not running');
    expect(summary).not.toHaveTextContent(/File path:|Sync App is offline/);
  });

  it('going back and choosing the desktop road brings the Sync App and file path checks back', async () => {
    const report = staleAfterUpgradeReport();
    renderWithBridge(<TroubleshooterScreen report={report} />, createFakeBridge(report));
    await answerAndGoOn(CLOUD_ROAD);
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    await answerAndGoOn('Sage 50 Accounts or QuickBooks Desktop, through the Sync App');
    await answerAndGoOn('Published');
    expect(screen.getByRole('heading', { name: /integration status — in all three places/ })).toBeInTheDocument();
    expect(screen.getByText(`Step 3 of ${TROUBLESHOOTER_STEPS.filter((s) => s.only !== 'cloud').length}`)).toBeInTheDocument();
  });

  it('words the online road in Sync Doctor’s own words', () => {
    const texts = TROUBLESHOOTER_STEPS.flatMap((s) => [s.title, s.intro, s.question, ...s.answers.flatMap((a) => [a.label, ...a.advice])]);
    const lookups = KNOWN_ERRORS.flatMap((k) => [k.cause, ...k.steps]);
    expect([...texts, ...lookups].flatMap(copiedRuns)).toEqual([]);
  });
});

describe('Error lookup names the online products', () => {
  const ids = (message: string) => matchError(message, KNOWN_ERRORS).map((k) => k.id);

  it('a Xero or QuickBooks Online link that stopped is about reconnecting, not the Sync App', () => {
    expect(ids('Xero connection expired, please reconnect')).toEqual(['cloud-link']);
    expect(ids('QuickBooks Online integration not running')).toEqual(['cloud-link']);
    expect(ids('Sage Accounting: not connected')).toEqual(['cloud-link']);
    expect(ids('Xero: contact not found')).toEqual([]);
    expect(ids('Sync App is offline')).toEqual(['sync-app-offline']);
    expect(ids('QuickBooks Desktop company file not found')).toEqual(['path']);
  });

  it('shows the fix for a stopped Xero link', async () => {
    renderWithBridge(<ErrorLookupScreen />, createFakeBridge(emptyMachineReport()));
    expect(screen.getByText(/Sage Accounting, QuickBooks Online and Xero/)).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('The exact message'), 'Your Xero connection has expired');
    await userEvent.click(screen.getByRole('button', { name: 'Look it up' }));
    const known = screen.getByRole('region', { name: 'Messages about the link to Sage Accounting, QuickBooks Online or Xero' });
    expect(known).toHaveTextContent(/without the Sync App or a file path/);
    expect(known).toHaveTextContent(/disconnect the integration and connect it again/);
    expect(known).toHaveTextContent(/unpublish the invoices that did not arrive and publish them again/);
    expect(screen.queryByRole('region', { name: /Sync App being offline/ })).not.toBeInTheDocument();
  });
});
