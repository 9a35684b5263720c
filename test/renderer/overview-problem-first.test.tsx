// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src-renderer/app/App.js';
import { pathSegments, pathWrapPieces } from '../../src-renderer/paths/path-segments.js';
import { firstStep, splitAtPath } from '../../src-renderer/overview/first-step.js';
import { createFakeBridge } from './support/fake-bridge.js';
import { renderWithBridge } from './support/render-window.js';
import { healthyReport, quickBooksSyncAppStoppedReport, staleAfterUpgradeReport } from './support/reports.js';

const CURRENT = 'C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000';

async function banner() {
  return (await screen.findByRole('heading', { name: /overall status/i })).closest('section')!;
}

describe('the Overview puts the problem first', () => {
  it('Sage upgraded but AutoEntry still on 2024: the banner names the problem and copies the right path in one click', async () => {
    const bridge = createFakeBridge(staleAfterUpgradeReport());
    renderWithBridge(<App />, bridge);
    const status = within(await banner());
    expect(status.getByText('AutoEntry points at the old Sage 2024 data')).toBeInTheDocument();
    expect(status.getByText(/First step:/).closest('p')).toHaveTextContent(`Copy the path of the data Sage 2025 uses. ${CURRENT}`);
    await userEvent.click(status.getByRole('button', { name: 'Copy path' }));
    expect(bridge.callsTo('copy-text')).toEqual([{ text: CURRENT }]);
    expect(status.getByRole('link', { name: 'See the whole fix' })).toHaveAttribute('href', '#findings');
  });

  it('Sync App stopped on a QuickBooks PC: the banner offers to start it, and counts the rest', async () => {
    const report = quickBooksSyncAppStoppedReport();
    report.findings.push({ code: 'quickbooks.db-service-stopped', severity: 'warn', title: 'The QuickBooks database service is stopped', detail: 'x', guidance: [] });
    const bridge = createFakeBridge(report);
    renderWithBridge(<App />, bridge);
    const status = within(await banner());
    expect(status.getByText('The Sync App is not running')).toBeInTheDocument();
    await userEvent.click(status.getByRole('button', { name: 'Start Sync App' }));
    expect(bridge.callsTo('syncapp-start')).toHaveLength(1);
    expect(status.getByRole('link', { name: 'See all 2 things to fix' })).toHaveAttribute('href', '#findings');
  });

  it('the worst problem leads even when a warning comes first in the report', async () => {
    const report = staleAfterUpgradeReport();
    report.findings.unshift({ code: 'sage.service-stopped', severity: 'warn', title: 'The Sage data service is stopped', detail: 'x', guidance: [{ text: 'Start it.' }] });
    renderWithBridge(<App />, createFakeBridge(report));
    const status = within(await banner());
    expect(status.getByText('AutoEntry points at the old Sage 2024 data')).toBeInTheDocument();
    expect(status.queryByText('The Sage data service is stopped')).not.toBeInTheDocument();
  });

  it('all good: no problem, no first step, the troubleshooter offered instead', async () => {
    renderWithBridge(<App />, createFakeBridge(healthyReport()));
    const status = within(await banner());
    expect(status.queryByText(/First step:/)).not.toBeInTheDocument();
    expect(status.getByRole('link', { name: 'Troubleshooter' })).toBeInTheDocument();
  });

  it('long paths may wrap after each backslash and never inside a folder name', async () => {
    renderWithBridge(<App />, createFakeBridge(staleAfterUpgradeReport()));
    const path = within(await banner()).getByText((_, el) => el?.tagName === 'CODE' && el.textContent === CURRENT);
    const segments = [...path.querySelectorAll('.path-segment')].map((s) => s.textContent);
    // The root stays with the first folder name: no line ends right after C:\.
    expect(segments).toEqual(['C:\\ProgramData\\', 'Sage\\', 'Accounts\\', '2025\\', 'Company.000']);
    // a break opportunity follows each piece, none sits inside one
    for (const s of path.querySelectorAll('.path-segment')) expect(s.nextElementSibling?.tagName).toBe('WBR');
    expect(path.querySelectorAll('.path-segment wbr')).toHaveLength(0);
  });
});

describe('pieces of a path', () => {
  it('cuts after every separator, keeps UNC and forward slashes, and joins back to the path', () => {
    expect(pathSegments('\\\\FILESRV\\Accounts\\Harbour Bakery\\ACCDATA')).toEqual(['\\\\', 'FILESRV\\', 'Accounts\\', 'Harbour Bakery\\', 'ACCDATA']);
    expect(pathSegments('/home/jane/')).toEqual(['/', 'home/', 'jane/']);
    expect(pathSegments('Company.000')).toEqual(['Company.000']);
    // Where a line may end: never right after the root.
    expect(pathWrapPieces('C:\\ProgramData\\Sage\\Company.000')).toEqual(['C:\\ProgramData\\', 'Sage\\', 'Company.000']);
    expect(pathWrapPieces('\\\\FILESRV\\Accounts\\Sage\\ACCDATA')).toEqual(['\\\\FILESRV\\Accounts\\Sage\\', 'ACCDATA']);
    expect(pathWrapPieces('C:\\')).toEqual(['C:\\']);
    expect(pathWrapPieces('Company.000')).toEqual(['Company.000']);
    expect(pathSegments('')).toEqual([]);
    const long = 'C:\\Users\\Public\\Documents\\Intuit\\QuickBooks\\Company Files\\Harbour Café.QBW';
    expect(pathSegments(long).join('')).toBe(long);
  });

  it('a step’s text is cut around the path it names, or the path follows it', () => {
    expect(splitAtPath('Copy this: C:\\A\\B then paste', 'C:\\A\\B')).toEqual({ before: 'Copy this: ', path: 'C:\\A\\B', after: ' then paste' });
    expect(splitAtPath('Copy the path.', 'C:\\A')).toEqual({ before: 'Copy the path. ', path: 'C:\\A', after: '' });
    expect(splitAtPath('Start it.', undefined)).toEqual({ before: 'Start it.', after: '' });
  });

  it('the first step offered is the first one with a button', () => {
    const steps = [{ text: 'Look first.' }, { text: 'Start it.', action: { kind: 'start-sync-app' as const } }];
    expect(firstStep({ code: 'syncapp.not-running', severity: 'error', title: 't', detail: 'd', guidance: steps })).toBe(steps[1]);
    expect(firstStep({ code: 'syncapp.not-running', severity: 'error', title: 't', detail: 'd', guidance: [steps[0]!] })).toBe(steps[0]);
  });
});
