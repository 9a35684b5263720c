// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src-renderer/app/App.js';
import { FindingsScreen } from '../../src-renderer/findings/FindingsScreen.js';
import { PathsScreen } from '../../src-renderer/paths/PathsScreen.js';
import { runCheck } from '../../src-main/check/run-check.js';
import { createSnapshotHost } from '../../src-main/host/snapshot/snapshot-host.js';
import type { Report } from '../../src-shared/model/report-schema.js';
import { exampleMachine } from './support/example-machine.js';
import { createFakeBridge } from './support/fake-bridge.js';
import { renderWithBridge } from './support/render-window.js';

const PD = 'C:\\ProgramData\\Sage\\Accounts';

/** Sage upgraded to 2025, whose settings folder this user may not read; AutoEntry set to the 2024 dataset. */
async function newerVersionDenied(): Promise<Report> {
  return runCheck(createSnapshotHost(exampleMachine('sage-newer-version-denied')), { autoentryPaths: [`${PD}\\2024\\Company.000`], syncAppPatterns: ['AutoEntry'] }, { timeoutMs: 2000 });
}

describe('a path that could not be compared (path.unverified) is shown as such, never as a match', () => {
  it('the File paths screen shows the warning with what could not be read, and no "same folder" reasons', async () => {
    const report = await newerVersionDenied();
    renderWithBridge(<PathsScreen report={report} />, createFakeBridge(report));
    const card = screen.getByRole('region', { name: /^Path check: Could not check the AutoEntry path/ });
    expect(within(card).getByText(/could not be read/)).toHaveTextContent(`${PD}\\2025\\COMPANY`);
    expect(within(card).queryByText('How these were found to be the same folder')).not.toBeInTheDocument();
    expect(within(card).queryByText('Sage or QuickBooks uses')).not.toBeInTheDocument();
  });

  it('What to fix lists it with its evidence and the access-denied step', async () => {
    const report = await newerVersionDenied();
    renderWithBridge(<FindingsScreen report={report} />, createFakeBridge(report));
    const card = screen.getByRole('article', { name: 'Could not check the AutoEntry path against the data in use' });
    expect(within(card).getAllByText(new RegExp(`Sage 2025's list of companies`)).length).toBeGreaterThan(0);
    expect(within(card).getByText(/^Access denied: run Sync Doctor as the Windows user who uses Sage/)).toBeInTheDocument();
  });

  it('the Sage card marks the unreadable version and claims no version in use', async () => {
    const report = await newerVersionDenied();
    renderWithBridge(<App />, createFakeBridge(report));
    const sage = await screen.findByRole('region', { name: 'Sage 50 Accounts' });
    const v2025 = within(sage).getByRole('heading', { name: /Version 2025/ });
    expect(v2025).toHaveTextContent('could not be read');
    expect(within(sage).queryByText('in use')).not.toBeInTheDocument();
  });
});
