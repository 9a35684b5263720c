// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src-renderer/app/App.js';
import { runCheck } from '../../src-main/check/run-check.js';
import { createSnapshotHost } from '../../src-main/host/snapshot/snapshot-host.js';
import { formatReportText } from '../../src-shared/report/report-text.js';
import type { Report } from '../../src-shared/model/report-schema.js';
import { faultyHost, type Fault, type HostMethod } from '../hardening/support/faulty-host.js';
import { exampleMachine } from './support/example-machine.js';
import { createFakeBridge } from './support/fake-bridge.js';
import { renderWithBridge } from './support/render-window.js';

/** The real check over an example machine with one look-up broken, as the window would receive it. */
async function reportWithBroken(name: string, method: HostMethod, fault: Fault): Promise<Report> {
  const { host } = faultyHost(createSnapshotHost(exampleMachine(name)), method, fault);
  return runCheck(host, { autoentryPaths: [], syncAppPatterns: ['AutoEntry'] }, { timeoutMs: 150 });
}

describe('a check whose look-ups failed says "could not check", never "not there"', () => {
  it('the process list failed on the QuickBooks PC: the Sync App card does not say it is stopped', async () => {
    const report = await reportWithBroken('quickbooks-sync-app-stopped', 'processes', 'throw');
    renderWithBridge(<App />, createFakeBridge(report));
    const card = await screen.findByRole('region', { name: 'AutoEntry Sync App' });
    expect(within(card).getByText('Could not check whether the Sync App is running')).toBeInTheDocument();
    expect(within(card).queryByText(/Stopped\./)).not.toBeInTheDocument();
    expect(within(card).queryByText(/does not seem to be installed/)).not.toBeInTheDocument();
  });

  it('the folder listings failed on the QuickBooks PC: the Sage card says it could not check, not "not found"', async () => {
    const report = await reportWithBroken('quickbooks-sync-app-stopped', 'list', 'throw');
    const codes = report.findings.map((f) => f.code);
    expect(codes).toContain('sage.unknown');
    renderWithBridge(<App />, createFakeBridge(report));
    const sage = await screen.findByRole('region', { name: 'Sage 50 Accounts' });
    expect(within(sage).getByText(/Could not check this computer/)).toBeInTheDocument();
    expect(within(sage).queryByText('Not found on this computer.')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /No Sage 50 or QuickBooks found/ })).not.toBeInTheDocument();
  });

  it('the text report names the failed look-up and its error under probe.failed', async () => {
    const report = await reportWithBroken('quickbooks-sync-app-stopped', 'services', 'throw');
    const text = formatReportText(report, { glyphs: 'ascii', colour: false });
    expect(text).toContain('[!] Sync Doctor could not read one thing it checks');
    expect(text).toContain('- Listing services: Listing services failed: injected fault: services broke');
    expect(text).toContain('[!] Could not check whether the Sync App is running');
    expect(text).not.toMatch(/installed but not running/);
  });
});
