// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FindingsScreen } from '../../src-renderer/findings/FindingsScreen.js';
import { PathsScreen } from '../../src-renderer/paths/PathsScreen.js';
import { AUTOENTRY_WEB_APP } from '../../src-shared/ipc/contract.js';
import { createFakeBridge } from './support/fake-bridge.js';
import { renderWithBridge } from './support/render-window.js';
import { healthyReport, mappedDriveReport, quickBooksSyncAppStoppedReport, staleAfterUpgradeReport } from './support/reports.js';

describe('What to fix', () => {
  it('Sage upgraded to 2025 but AutoEntry still points at 2024: paths, evidence and ordered steps with their buttons', async () => {
    const report = staleAfterUpgradeReport();
    const bridge = createFakeBridge(report);
    renderWithBridge(<FindingsScreen report={report} />, bridge);
    const card = screen.getByRole('article', { name: 'AutoEntry points at the old Sage 2024 data' });
    expect(within(card).getByText('2024', { selector: 'mark' })).toBeInTheDocument();
    expect(within(card).getByText('2025', { selector: 'mark' })).toBeInTheDocument();
    expect(within(card).getByText(/The 2024 data was still written to on 19 Nov at 16:40/)).toHaveTextContent(
      /upgraded to 2025 on 2 Apr 2025.*republish them after fixing the path/,
    );
    const steps = within(within(card).getByRole('list', { name: 'What to do' })).getAllByRole('listitem');
    expect(steps.map((s) => s.textContent)).toEqual([
      expect.stringMatching(/^Copy the path of the data Sage 2025 uses\./),
      'In the Sync App, disconnect the company and connect it again with that path.',
      expect.stringMatching(/^Open AutoEntry, then unpublish/),
    ]);
    await userEvent.click(within(card).getByRole('button', { name: 'Copy path' }));
    expect(bridge.callsTo('copy-text')).toEqual([{ text: 'C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000' }]);
    expect(await screen.findByRole('status')).toHaveTextContent('Path copied.');
    await userEvent.click(within(card).getByRole('button', { name: 'Open AutoEntry in your browser' }));
    expect(bridge.callsTo('open-external')).toEqual([{ url: AUTOENTRY_WEB_APP }]);
  });

  it('puts problems first and keeps passed checks folded away', () => {
    const report = quickBooksSyncAppStoppedReport();
    renderWithBridge(<FindingsScreen report={report} />, createFakeBridge(report));
    const articles = screen.getAllByRole('article');
    expect(articles[0]).toHaveAccessibleName('The Sync App is not running');
    expect(screen.getByText(/Checks that passed and information \(2\)/)).toBeInTheDocument();
  });

  it('says there is nothing to fix on a healthy machine', () => {
    const report = healthyReport();
    renderWithBridge(<FindingsScreen report={report} />, createFakeBridge(report));
    expect(screen.getByText(/Nothing needs fixing/)).toBeInTheDocument();
  });

  it('opens the folder a step names', async () => {
    const base = quickBooksSyncAppStoppedReport();
    const folder = 'C:\\Users\\Public\\Documents\\Intuit\\QuickBooks\\CompanyFiles';
    const report = {
      ...base,
      findings: [{ code: 'path.missing' as const, severity: 'error' as const, title: 'Nothing at that path', detail: '', configuredPath: `${folder}\\Cafe.QBW`, guidance: [{ text: 'Look in the folder.', action: { kind: 'open-folder' as const, path: folder } }] }],
    };
    const bridge = createFakeBridge(report);
    renderWithBridge(<FindingsScreen report={report} />, bridge);
    await userEvent.click(screen.getByRole('button', { name: 'Open in File Explorer' }));
    expect(bridge.callsTo('open-folder')).toEqual([{ path: folder }]);
    expect(await screen.findByRole('status')).toHaveTextContent('Folder opened.');
  });

  it('tells the user when a button did not work', async () => {
    const report = quickBooksSyncAppStoppedReport();
    renderWithBridge(<FindingsScreen report={report} />, createFakeBridge(report, { 'syncapp-start': () => ({ ok: false, message: 'The Sync App’s program was not found.' }) }));
    await userEvent.click(screen.getByRole('button', { name: 'Start Sync App' }));
    expect(await screen.findByRole('status')).toHaveTextContent('The Sync App’s program was not found.');
  });
});

describe('File paths', () => {
  it('puts AutoEntry’s path above the path in use and highlights 2024 against 2025', async () => {
    const report = staleAfterUpgradeReport();
    const bridge = createFakeBridge(report);
    renderWithBridge(<PathsScreen report={report} />, bridge);
    const configured = screen.getByLabelText(/^AutoEntry is set to:/);
    const inUse = screen.getByLabelText(/^The data in use is at:/);
    expect(configured).toHaveTextContent('C:\\ProgramData\\Sage\\Accounts\\2024\\Company.000');
    expect(inUse).toHaveTextContent('C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000');
    expect(configured.compareDocumentPosition(inUse) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(configured).getAllByText(/./, { selector: 'mark' }).map((m) => m.textContent)).toEqual(['2024']);
    expect(within(inUse).getAllByText(/./, { selector: 'mark' }).map((m) => m.textContent)).toEqual(['2025']);
    await userEvent.click(screen.getByRole('button', { name: 'Copy the path AutoEntry is set to' }));
    expect(bridge.callsTo('copy-text')).toEqual([{ text: 'C:\\ProgramData\\Sage\\Accounts\\2024\\Company.000' }]);
  });

  it('lists only the data the version in use works on, ready to copy', async () => {
    const report = staleAfterUpgradeReport();
    const bridge = createFakeBridge(report);
    renderWithBridge(<PathsScreen report={report} />, bridge);
    const inUse = screen.getByRole('region', { name: 'Data in use on this computer' });
    expect(within(inUse).getAllByRole('listitem').map((li) => li.querySelector('code')?.textContent)).toEqual(['C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000']);
    await userEvent.click(within(inUse).getByRole('button', { name: 'Copy C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000' }));
    expect(bridge.callsTo('copy-text')).toEqual([{ text: 'C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000' }]);
  });

  it('explains how a UNC path and a mapped drive were found to be the same folder', () => {
    const report = mappedDriveReport();
    renderWithBridge(<PathsScreen report={report} />, createFakeBridge(report));
    const how = screen.getByRole('heading', { name: 'How these were found to be the same folder' }).parentElement!;
    expect(within(how).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'S: is \\\\FILESRV\\Accounts',
      'The ACCDATA folder belongs to the dataset Company.000',
      'Windows ignores the difference between capital and small letters',
    ]);
    expect(screen.getByText('Sage or QuickBooks uses')).toBeInTheDocument();
  });

  it('points to Settings when no path was given', () => {
    const report = { ...healthyReport(), findings: [] };
    renderWithBridge(<PathsScreen report={report} />, createFakeBridge(report));
    expect(screen.getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '#settings');
  });
});
