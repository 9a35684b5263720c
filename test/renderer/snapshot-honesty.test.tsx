// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src-renderer/app/App.js';
import { ActionButton } from '../../src-renderer/findings/ActionButton.js';
import { AUTOENTRY_HELP_CENTRE, AUTOENTRY_WEB_APP } from '../../src-shared/ipc/contract.js';
import { createFakeBridge } from './support/fake-bridge.js';
import { renderWithBridge, showScreen } from './support/render-window.js';
import { quickBooksSyncAppStoppedReport } from './support/reports.js';

const SNAPSHOT = { version: '0.1.0', mode: 'preview' as const, demo: false, source: 'snapshot of QB-PC taken 2026-11-20T09:30:00Z' };

const show = showScreen;

describe('a snapshot\'s report cannot act on this computer, and says so where the button is', () => {
  it('Start Sync App and Check now are disabled with the reason beside them', async () => {
    const report = quickBooksSyncAppStoppedReport();
    const bridge = createFakeBridge(report, { 'app-info': () => SNAPSHOT });
    renderWithBridge(<App />, bridge);
    await screen.findByRole('heading', { name: /overall status/i });
    const starts = await screen.findAllByRole('button', { name: 'Start Sync App' });
    await screen.findAllByText(/not this computer/, { selector: '.action-reason' });
    for (const start of starts) expect(start).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Check now' })).toBeDisabled();
    expect(screen.getAllByText(`This report is a snapshot of ${report.machine.computerName}, not this computer: do this on ${report.machine.computerName} itself.`).length).toBeGreaterThan(0);
    expect(bridge.callsTo('syncapp-start')).toEqual([]);
  });

  it('the demo machine says it is the demo', async () => {
    renderWithBridge(<ActionButton action={{ kind: 'open-folder', path: 'C:\\Data' }} />, createFakeBridge(quickBooksSyncAppStoppedReport(), { 'app-info': () => ({ ...SNAPSHOT, demo: true, source: 'the demo machine' }) }));
    expect(await screen.findByText(/This is the demo machine/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open in File Explorer' })).toBeDisabled();
  });

  it('this PC in the desktop app: the buttons work', async () => {
    renderWithBridge(<ActionButton action={{ kind: 'start-sync-app' }} />, createFakeBridge(quickBooksSyncAppStoppedReport()));
    await act(async () => undefined);
    expect(screen.getByRole('button', { name: 'Start Sync App' })).toBeEnabled();
  });
});

describe('web pages in the browser preview are ordinary links', () => {
  it('Open AutoEntry and Open Help Centre are links to the web, opened by the browser', async () => {
    renderWithBridge(
      <>
        <ActionButton action={{ kind: 'open-autoentry' }} />
        <ActionButton action={{ kind: 'open-help-centre' }} />
      </>,
      createFakeBridge(quickBooksSyncAppStoppedReport(), { 'app-info': () => ({ ...SNAPSHOT, source: 'this computer' }) }),
    );
    expect(await screen.findByRole('link', { name: 'Open AutoEntry in your browser' })).toHaveAttribute('href', AUTOENTRY_WEB_APP);
    expect(screen.getByRole('link', { name: 'Open the Help Centre in your browser' })).toHaveAttribute('href', AUTOENTRY_HELP_CENTRE);
    expect(screen.getByRole('link', { name: 'Open AutoEntry in your browser' })).toHaveAttribute('rel', 'noopener noreferrer');
  });
});

describe('messages do not outstay their screen', () => {
  it('what a button did is said beside it, and the screen reader\'s message is cleared on a screen change', async () => {
    const bridge = createFakeBridge(quickBooksSyncAppStoppedReport());
    renderWithBridge(<App />, bridge);
    await screen.findByRole('heading', { name: /overall status/i });
    await act(async () => (await screen.findAllByRole('button', { name: 'Start Sync App' })).at(-1)!.click());
    expect(await screen.findByText('Asked Windows to start the Sync App.', { selector: '.action-outcome' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Asked Windows to start the Sync App.');
    await show('findings');
    await screen.findByRole('heading', { name: 'What to fix', level: 2 });
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});

describe('History of a snapshot', () => {
  it('says a snapshot has none and shows the snapshot\'s facts, not an uptime of replaying a file', async () => {
    const report = quickBooksSyncAppStoppedReport();
    const bridge = createFakeBridge(report, { 'app-info': () => SNAPSHOT, 'history-get': ({ range }) => ({ range, events: [], uptime: [{ from: '2026-11-20T09:30:00Z', to: '2026-11-20T09:30:05Z', state: 'up' }] }) });
    renderWithBridge(<App />, bridge);
    await screen.findByRole('heading', { name: /overall status/i });
    await show('history');
    expect(await screen.findByText(/A snapshot has no history/)).toBeInTheDocument();
    const facts = await screen.findByRole('region', { name: 'What the snapshot shows' });
    expect(facts).toHaveTextContent(report.machine.computerName);
    expect(facts).toHaveTextContent('Sync App at that moment');
    expect(screen.queryByText(/of the time it was watched/)).toBeNull();
    expect(screen.queryByRole('img', { name: /Sync App/ })).toBeNull();
    expect(bridge.callsTo('history-get')).toEqual([]);
  });
});
