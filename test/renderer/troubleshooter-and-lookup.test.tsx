// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ErrorLookupScreen } from '../../src-renderer/error-lookup/ErrorLookupScreen.js';
import { TroubleshooterScreen } from '../../src-renderer/troubleshooter/TroubleshooterScreen.js';
import { TROUBLESHOOTER_STEPS } from '../../src-renderer/troubleshooter/troubleshooter-steps.js';
import { AUTOENTRY_HELP_CENTRE } from '../../src-shared/ipc/contract.js';
import { createFakeBridge } from './support/fake-bridge.js';
import { renderWithBridge } from './support/render-window.js';
import { quickBooksSyncAppStoppedReport, staleAfterUpgradeReport } from './support/reports.js';

async function answerAndGoOn(label: string) {
  await userEvent.click(screen.getByRole('radio', { name: label }));
  await userEvent.click(screen.getByRole('button', { name: /^(Next|Finish)$/ }));
}

/** The first question: Sage 50 or QuickBooks Desktop through the Sync App. */
const DESKTOP_ROAD = 'Sage 50 Accounts or QuickBooks Desktop, through the Sync App';
const DESKTOP_STEPS = TROUBLESHOOTER_STEPS.filter((s) => s.only !== 'cloud').length;

describe('Troubleshooter', () => {
  it('walks the Help Centre’s checks in order and ends with a summary of what to fix', async () => {
    const report = quickBooksSyncAppStoppedReport();
    renderWithBridge(<TroubleshooterScreen report={report} />, createFakeBridge(report));

    expect(screen.getByText(`Step 1 of ${DESKTOP_STEPS}`)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: DESKTOP_ROAD })).toBeChecked();
    expect(screen.getByText(/Chosen for you from this computer’s check/)).toBeInTheDocument();
    await answerAndGoOn(DESKTOP_ROAD);
    for (const status of ['Ready', 'Published', 'Published, with your software’s name', 'Orange triangle']) {
      expect(screen.getByText(status, { selector: 'dt' })).toBeInTheDocument();
    }
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    await answerAndGoOn('Published, with the software’s name');

    // Integration status: the three places, and Sync Doctor's own look at the Sync App.
    expect(screen.getByRole('heading', { name: /integration status/ })).toHaveFocus();
    for (const place of ['Home page, “Integration status” column', 'Integrate page', 'The Sync App itself']) {
      expect(screen.getByText(place, { selector: 'dt' })).toBeInTheDocument();
    }
    const local = screen.getByRole('complementary', { name: 'What Sync Doctor found on this computer' });
    expect(local).toHaveTextContent('The Sync App is not running');
    expect(local).toHaveTextContent('This computer is CAFE-OFFICE');
    await userEvent.click(screen.getByRole('radio', { name: 'The Sync App is offline or not running' }));
    expect(screen.getByRole('button', { name: 'Start Sync App' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));

    expect(screen.getByRole('complementary', { name: 'What Sync Doctor found on this computer' })).toHaveTextContent(
      'AutoEntry’s path is the company file QuickBooks uses',
    );
    await answerAndGoOn('Yes, it matches');
    await answerAndGoOn('No');
    await userEvent.click(screen.getByRole('radio', { name: 'Yes' }));
    expect(screen.getByText(/When AutoEntry says the invoice already exists, carry on/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await answerAndGoOn('No, we publish by hand');
    await answerAndGoOn('No');

    const done = screen.getByRole('heading', { name: 'Done — you have been through every check' });
    expect(done).toHaveFocus();
    const summary = done.closest('section')!;
    expect(summary).toHaveTextContent('2 checks point to the cause');
    const problems = within(summary).getAllByText('Needs fixing');
    expect(problems).toHaveLength(2);
    expect(summary).toHaveTextContent('unpublish the affected invoices and publish them again');

    await userEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(screen.getByText(`Step 1 of ${DESKTOP_STEPS}`)).toBeInTheDocument();
  });

  it('shows a wrong file path found on this PC in the file path step, and Back returns to the previous step', async () => {
    const report = staleAfterUpgradeReport();
    renderWithBridge(<TroubleshooterScreen report={report} />, createFakeBridge(report));
    await answerAndGoOn(DESKTOP_ROAD);
    await answerAndGoOn('Published');
    await answerAndGoOn('All three say the integration is working');
    const local = screen.getByRole('complementary', { name: 'What Sync Doctor found on this computer' });
    expect(local).toHaveTextContent('AutoEntry points at the old Sage 2024 data: C:\\ProgramData\\Sage\\Accounts\\2024\\Company.000');
    expect(within(local).getByText('Problem')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('radio', { name: 'All three say the integration is working' })).toBeChecked();
  });
});

describe('Error lookup', () => {
  it('gives the cause and steps for the “already exists” message', async () => {
    renderWithBridge(<ErrorLookupScreen />, createFakeBridge(staleAfterUpgradeReport()));
    await userEvent.type(screen.getByLabelText('The exact message'), 'This invoice already exists in Sage 50');
    await userEvent.click(screen.getByRole('button', { name: 'Look it up' }));
    const known = screen.getByRole('region', { name: 'Messages about the invoice already existing' });
    expect(known).toHaveTextContent(/first publication went to data nobody opens/);
    expect(within(known).getByRole('link', { name: 'Check the file paths' })).toHaveAttribute('href', '#paths');
  });

  it('for an unknown message, explains how to search the Help Centre and warns against reconnecting blindly', async () => {
    const bridge = createFakeBridge(staleAfterUpgradeReport());
    renderWithBridge(<ErrorLookupScreen />, bridge);
    await userEvent.type(screen.getByLabelText('The exact message'), 'Tax code T9 is invalid for this supplier');
    await userEvent.click(screen.getByRole('button', { name: 'Look it up' }));
    const unknown = screen.getByRole('region', { name: 'Sync Doctor does not know this message' });
    expect(unknown).toHaveTextContent(/search for the message word for word/);
    expect(unknown).toHaveTextContent(/Do not disconnect and reconnect the integration just in case/);
    await userEvent.click(within(unknown).getByRole('button', { name: 'Open the Help Centre in your browser' }));
    expect(bridge.callsTo('open-external')).toEqual([{ url: AUTOENTRY_HELP_CENTRE }]);
  });

  it('does nothing until something is pasted', () => {
    renderWithBridge(<ErrorLookupScreen />, createFakeBridge(staleAfterUpgradeReport()));
    expect(screen.getByRole('button', { name: 'Look it up' })).toBeDisabled();
  });
});

describe('Troubleshooter answers suggested by this computer’s check', () => {
  it('chooses “offline” when the Sync App is stopped and “different” for a stale path, and the user can change them', async () => {
    const report = quickBooksSyncAppStoppedReport();
    renderWithBridge(<TroubleshooterScreen report={report} />, createFakeBridge(report));
    await answerAndGoOn(DESKTOP_ROAD);
    await answerAndGoOn('Published');
    expect(screen.getByRole('radio', { name: 'The Sync App is offline or not running' })).toBeChecked();
    expect(screen.getByText(/Chosen for you from this computer’s check/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    // The QuickBooks path matches, so "Yes, it matches" is chosen; the user overrides it.
    expect(screen.getByRole('radio', { name: 'Yes, it matches' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'I am not sure' }));
    expect(screen.queryByText(/Chosen for you/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('radio', { name: 'The Sync App is offline or not running' })).toBeChecked();
  });

  it('suggests nothing the check cannot know', async () => {
    const report = staleAfterUpgradeReport();
    renderWithBridge(<TroubleshooterScreen report={report} />, createFakeBridge(report));
    await answerAndGoOn(DESKTOP_ROAD);
    await answerAndGoOn('Published');
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    await answerAndGoOn('All three say the integration is working');
    expect(screen.getByRole('radio', { name: 'No, it is different' })).toBeChecked();
  });
});
