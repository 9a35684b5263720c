// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src-renderer/app/App.js';
import { DEFAULT_SETTINGS } from '../../src-shared/settings/settings-schema.js';
import { createFakeBridge } from './support/fake-bridge.js';
import { renderWithBridge } from './support/render-window.js';
import {
  emptyMachineReport,
  healthyButSyncAppStoppedReport,
  healthyReport,
  quickBooksSyncAppStoppedReport,
  staleAfterUpgradeReport,
} from './support/reports.js';

describe('Overview', () => {
  it('Sage upgraded to 2025 but AutoEntry still points at 2024: says action is needed, in words and shape', async () => {
    const bridge = createFakeBridge(staleAfterUpgradeReport(), {
      'settings-get': () => ({ settings: { ...DEFAULT_SETTINGS, companies: [{ id: 'a', name: 'Harbour Bakery Ltd', software: 'sage', path: 'C:\\ProgramData\\Sage\\Accounts\\2024\\Company.000' }] } }),
    });
    renderWithBridge(<App />, bridge);
    const banner = (await screen.findByRole('heading', { name: /overall status: action needed/i })).closest('section')!;
    expect(banner).toHaveAttribute('data-status', 'error');
    expect(within(banner).getByText('✗')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByText('OFFICE-PC1')).toBeInTheDocument();
    expect(screen.getByText('jane')).toBeInTheDocument();
    expect(screen.getByText('snapshot of OFFICE-PC1 taken 20 Nov 2026 at 09:30')).toBeInTheDocument();
    expect(screen.getByText(/Running here since 20 Nov at 08:03/)).toBeInTheDocument();
    const sage = screen.getByRole('region', { name: 'Sage 50 Accounts' });
    expect(within(sage).getByRole('heading', { name: /Version 2025 in use/ })).toBeInTheDocument();
    expect(within(sage).getByRole('heading', { name: /Version 2024 older/ })).toBeInTheDocument();
    expect(within(sage).getAllByText('on this computer')).toHaveLength(2);
    const companies = screen.getByRole('region', { name: 'Your AutoEntry companies' });
    expect(await within(companies).findByText('Harbour Bakery Ltd')).toBeInTheDocument();
    expect(within(companies).getByText('AutoEntry points at the old Sage 2024 data')).toBeInTheDocument();
  });

  it('All good on a healthy Sage machine', async () => {
    renderWithBridge(<App />, createFakeBridge(healthyReport()));
    expect(await screen.findByRole('heading', { name: /overall status: all good/i })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start Sync App' })).not.toBeInTheDocument();
    const banner = screen.getByRole('heading', { name: /overall status/i }).closest('section')!;
    expect(within(banner).getByRole('link', { name: 'Troubleshooter' })).toHaveAttribute('href', '#troubleshooter');
  });

  it('QuickBooks with the Sync App stopped: offers to start it and says who hosts the company file', async () => {
    const bridge = createFakeBridge(quickBooksSyncAppStoppedReport());
    renderWithBridge(<App />, bridge);
    const syncApp = await screen.findByRole('region', { name: 'AutoEntry Sync App' });
    expect(within(syncApp).getByText('Installed, not running.')).toBeInTheDocument();
    await userEvent.click(within(syncApp).getByRole('button', { name: 'Start Sync App' }));
    expect(bridge.callsTo('syncapp-start')).toHaveLength(1);
    const qb = screen.getByRole('region', { name: 'QuickBooks Desktop' });
    expect(within(qb).getByText(/hosted by/)).toHaveTextContent('hosted by this computer');
    expect(within(qb).getByText(/QuickBooksDB34 \(running\)/)).toBeInTheDocument();
  });

  it('says when AutoEntry’s Sync App location is another computer', async () => {
    const base = quickBooksSyncAppStoppedReport();
    const inventory = base.inventory as { syncApp: Record<string, unknown> };
    const report = { ...base, inventory: { ...base.inventory, syncApp: { ...inventory.syncApp, location: 'FRONT-DESK', locationIsThisPc: false } } };
    renderWithBridge(<App />, createFakeBridge(report));
    const syncApp = await screen.findByRole('region', { name: 'AutoEntry Sync App' });
    expect(syncApp).toHaveTextContent('Sync App location in AutoEntry: FRONT-DESK — another computer, so invoices go there.');
  });

  it('an empty machine asks whether the Sync App is elsewhere and offers the demo machine', async () => {
    const demo = staleAfterUpgradeReport();
    let demoLoaded = false;
    const bridge = createFakeBridge(emptyMachineReport(), {
      'demo-load': () => {
        demoLoaded = true;
        return demo;
      },
      'app-info': () => ({ version: '0.1.0', mode: 'preview', demo: demoLoaded, source: demoLoaded ? 'the demo machine OFFICE-PC1' : 'this PC' }),
    });
    renderWithBridge(<App />, bridge);
    expect(await screen.findByRole('heading', { name: 'No Sage 50 or QuickBooks found on this PC — is the Sync App on another computer?' })).toBeInTheDocument();
    expect(screen.queryByText('Demo machine')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try the demo machine' }));
    expect(await screen.findByText('Demo machine')).toBeInTheDocument();
    expect(screen.getByText('OFFICE-PC1')).toBeInTheDocument();
  });

  it('turns red without a reload when the Sync App stops', async () => {
    const bridge = createFakeBridge(healthyReport());
    renderWithBridge(<App />, bridge);
    await screen.findByRole('heading', { name: /overall status: all good/i });
    act(() => bridge.push(healthyButSyncAppStoppedReport()));
    const banner = (await screen.findByRole('heading', { name: /overall status: action needed/i })).closest('section')!;
    expect(banner).toHaveClass('tone-error');
    expect(screen.getByRole('status')).toHaveTextContent('Status changed: Action needed.');
    expect(within(screen.getByRole('region', { name: 'AutoEntry Sync App' })).getByRole('button', { name: 'Start Sync App' })).toBeInTheDocument();
    expect(within(banner).getByRole('button', { name: 'Start Sync App' })).toBeInTheDocument();
  });

  it('Check now asks for a new check and shows its time', async () => {
    const later = healthyReport('2026-11-20T10:15:00Z');
    const bridge = createFakeBridge(healthyReport(), { 'report-check-now': () => later });
    renderWithBridge(<App />, bridge);
    expect(await screen.findByText('20 Nov 2026 at 09:30')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Check now' }));
    expect(await screen.findByText('20 Nov 2026 at 10:15')).toBeInTheDocument();
    expect(bridge.callsTo('report-check-now')).toHaveLength(1);
  });

  it('says so when the report cannot be loaded, until a new report arrives', async () => {
    const bridge = createFakeBridge(healthyReport(), { 'report-get': () => { throw new Error('The preview server answered 500'); } });
    renderWithBridge(<App />, bridge);
    expect(await screen.findByRole('alert')).toHaveTextContent('The preview server answered 500');
    act(() => bridge.push(healthyReport()));
    expect(await screen.findByRole('heading', { name: /overall status: all good/i })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
