// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src-renderer/app/App.js';
import { checkSnapshot } from '../support/check-machine.js';
import { exampleMachine } from './support/example-machine.js';
import { seriousAxeViolations } from './support/axe.js';
import { createFakeBridge } from './support/fake-bridge.js';
import { renderWithBridge } from './support/render-window.js';

/** The window showing what the real check says about the example machines in test/fixtures/machines. */

async function showMachine(name: string, autoentryPaths: string[], hash = '') {
  const report = await checkSnapshot(exampleMachine(name), { autoentryPaths });
  window.location.hash = hash;
  renderWithBridge(<App />, createFakeBridge(report));
  await screen.findAllByRole('heading', { level: 2 });
  return report;
}

describe('the window on the example machines', () => {
  it('sage-stale-after-upgrade: the overview says action is needed and the fix shows 2024 against 2025 with the dates', async () => {
    await showMachine('sage-stale-after-upgrade', ['C:\\ProgramData\\Sage\\Accounts\\2024\\Company.000'], '#findings');
    const card = screen.getByRole('article', { name: /still points at the Sage 2024 data/ });
    expect(within(card).getByLabelText(/^AutoEntry is set to:/).querySelector('mark')).toHaveTextContent('2024');
    expect(within(card).getByLabelText(/^The data in use is at:/).querySelector('mark')).toHaveTextContent('2025');
    expect(card).toHaveTextContent(/The 2024 data was still written to on 19 Nov (2026 )?at 16:40, although Sage was upgraded to 2025 on 2 Apr 2025/);
    expect(within(card).getByRole('list', { name: 'What to do' }).children.length).toBeGreaterThanOrEqual(3);
    expect(within(card).getByRole('button', { name: 'Copy path' })).toBeInTheDocument();
    expect(await seriousAxeViolations(document.body)).toEqual([]);
  });

  it('sage-network-mapped-drive: explains why the UNC path and S: are the same folder', async () => {
    await showMachine('sage-network-mapped-drive', ['\\\\filesrv\\accounts\\SAGE\\Company.000\\ACCDATA\\'], '#paths');
    const how = screen.getByRole('heading', { name: 'How these were found to be the same folder' }).parentElement!;
    expect(how).toHaveTextContent('S: is \\\\FILESRV\\Accounts');
    expect(screen.getByLabelText(/^Sage or QuickBooks uses:/)).toHaveTextContent('S:\\Sage\\Company.000');
  });

  it('quickbooks-sync-app-stopped: the overview is red and offers to start the Sync App', async () => {
    await showMachine('quickbooks-sync-app-stopped', ['C:\\Users\\Public\\Documents\\Intuit\\QuickBooks\\CompanyFiles\\HarbourCafe.QBW']);
    const banner = screen.getByRole('heading', { name: /overall status/i }).closest('section')!;
    expect(banner).toHaveAttribute('data-status', 'error');
    expect(within(screen.getByRole('region', { name: 'AutoEntry Sync App' })).getByRole('button', { name: 'Start Sync App' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'QuickBooks Desktop' })).getByText(/HarbourCafe\.QBW/)).toBeInTheDocument();
    expect(await seriousAxeViolations(document.body)).toEqual([]);
  });

  it('sage-healthy: all good', async () => {
    await showMachine('sage-healthy', ['C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000']);
    expect(screen.getByRole('heading', { name: /overall status: all good/i })).toBeInTheDocument();
  });
});
