// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistoryScreen } from '../../src-renderer/history/HistoryScreen.js';
import { SettingsScreen } from '../../src-renderer/settings/SettingsScreen.js';
import { SupportScreen } from '../../src-renderer/support/SupportScreen.js';
import type { Finding } from '../../src-shared/model/report-schema.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src-shared/settings/settings-schema.js';
import { createFakeBridge } from './support/fake-bridge.js';
import { renderWithBridge } from './support/render-window.js';
import { healthyReport, staleAfterUpgradeReport } from './support/reports.js';
import { PATIENT } from '../support/eventually.js';

describe('History', () => {
  it('draws 24 hours of uptime with a spoken summary and lists the events, newest first', async () => {
    const bridge = createFakeBridge(healthyReport(), {
      'history-get': ({ range }) => ({
        range,
        uptime: [
          { from: '2026-11-19T12:00:00Z', to: '2026-11-20T06:00:00Z', state: 'up' },
          { from: '2026-11-20T06:00:00Z', to: '2026-11-20T12:00:00Z', state: range === '24h' ? 'down' : 'up' },
        ],
        events: [
          { at: '2026-11-19T12:00:00Z', type: 'monitor-started' },
          { at: '2026-11-20T06:00:00Z', type: 'syncapp-stopped' },
          { at: '2026-11-20T06:00:05Z', type: 'status-changed', status: 'error', previousStatus: 'ok' },
        ],
      }),
    });
    renderWithBridge(<HistoryScreen />, bridge);
    const chart = await screen.findByRole('img', { name: /running 75% of the time.*stopped for 6 hours/ });
    expect(chart.querySelectorAll('rect.uptime-down')).toHaveLength(1);
    const events = screen.getByRole('region', { name: 'Events' });
    expect(within(events).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '20 Nov 2026 at 06:00 — Status became “Action needed” (was “All good”)',
      '20 Nov 2026 at 06:00 — The Sync App stopped',
      '19 Nov 2026 at 12:00 — Sync Doctor started watching',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Last 7 days' }));
    expect(await screen.findByRole('img', { name: /last 7 days.*running 100%.*never stopped/ })).toBeInTheDocument();
    expect(bridge.callsTo('history-get')).toEqual([{ range: '24h' }, { range: '7d' }]);
    expect(screen.getByRole('button', { name: 'Last 7 days' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('says when nothing is known yet', async () => {
    renderWithBridge(<HistoryScreen />, createFakeBridge(healthyReport()));
    expect(await screen.findByRole('img', { name: /Nothing is known about the Sync App/ })).toBeInTheDocument();
    expect(screen.getByText('Nothing has happened in this period.')).toBeInTheDocument();
  });
});

function verdictFor(path: string): Finding {
  return /\\2025\\/.test(path)
    ? { code: 'path.match', severity: 'ok', title: 'This is the data Sage uses', detail: '', configuredPath: path, guidance: [] }
    : { code: 'path.stale-version', severity: 'error', title: 'This is the old Sage 2024 data', detail: '', configuredPath: path, suggestedPath: 'C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000', guidance: [] };
}

describe('Settings', () => {
  it('adds a company, judges its path live with the report’s rules, saves it and checks again', async () => {
    let saved: Settings | undefined;
    const bridge = createFakeBridge(staleAfterUpgradeReport(), {
      'path-validate': ({ path }) => ({ finding: verdictFor(path) }),
      'settings-save': (s) => {
        saved = s as Settings;
        return { settings: s as Settings };
      },
    });
    renderWithBridge(<SettingsScreen />, bridge);
    await userEvent.click(await screen.findByRole('button', { name: 'Add company' }));
    const editor = screen.getByRole('group', { name: 'New company' });
    await userEvent.type(within(editor).getByLabelText('Company name in AutoEntry'), 'Harbour Bakery Ltd');
    const path = screen.getByLabelText('File path AutoEntry is set to');
    await userEvent.click(path);
    await userEvent.paste('C:\\ProgramData\\Sage\\Accounts\\2024\\Company.000');
    expect(await screen.findByText('This is the old Sage 2024 data')).toBeInTheDocument();
    expect(screen.getByText((_, el) => el?.tagName === 'CODE' && el.textContent === 'C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000')).toBeInTheDocument();
    await userEvent.clear(path);
    await userEvent.click(path);
    await userEvent.paste('C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000');
    expect(await screen.findByText('This is the data Sage uses')).toBeInTheDocument();
    expect(bridge.callsTo('path-validate')).toContainEqual({ path: 'C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000' });

    await userEvent.clear(screen.getByLabelText('Sync App location shown on AutoEntry’s Integrate page'));
    await userEvent.type(screen.getByLabelText('Sync App location shown on AutoEntry’s Integrate page'), 'OFFICE-PC1');
    await userEvent.click(screen.getByRole('checkbox', { name: /Start Sync Doctor when I sign in/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    // The company was saved on its own once its path had a verdict (each save checks again); "Save settings" saves the rest.
    await vi.waitFor(() => expect(saved?.syncAppLocation).toBe('OFFICE-PC1'), PATIENT);
    await vi.waitFor(() => expect(bridge.callsTo('report-check-now').length).toBeGreaterThan(1), PATIENT);
    expect(saved?.companies).toEqual([expect.objectContaining({ name: 'Harbour Bakery Ltd', software: 'sage', path: 'C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000' })]);
    expect(saved?.syncAppLocation).toBe('OFFICE-PC1');
    expect(saved?.startAtLogin).toBe(true);
  });

  it('removes a company and shows the notice about a settings file that could not be read', async () => {
    let saved: Settings | undefined;
    const bridge = createFakeBridge(healthyReport(), {
      'settings-get': () => ({
        settings: { ...DEFAULT_SETTINGS, companies: [{ id: 'a', name: 'Old Co', software: 'quickbooks', path: '' }] },
        notice: 'Your settings file could not be read, so it was put aside and the defaults are in use.',
      }),
      'settings-save': (s) => {
        saved = s as Settings;
        return { settings: s as Settings };
      },
    });
    renderWithBridge(<SettingsScreen />, bridge);
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be read');
    await userEvent.click(screen.getByRole('button', { name: 'Remove Old Co' }));
    expect(screen.queryByRole('group', { name: 'Old Co' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await vi.waitFor(() => expect(saved?.companies).toEqual([]), PATIENT);
  });

  it('in the desktop app, Browse fills the path from the system dialog and the verdict follows', async () => {
    const bridge = createFakeBridge(staleAfterUpgradeReport(), {
      'settings-get': () => ({ settings: { ...DEFAULT_SETTINGS, companies: [{ id: 'a', name: 'Harbour Cafe', software: 'quickbooks', path: '' }] } }),
      'path-browse': () => ({ supported: true, path: 'D:\\QB\\Harbour Cafe.QBW' }),
      'path-validate': ({ path }) => ({ finding: verdictFor(path) }),
    });
    renderWithBridge(<SettingsScreen />, bridge);
    await userEvent.click(await screen.findByRole('button', { name: 'Browse for the file path of Harbour Cafe' }));
    await vi.waitFor(() => expect(screen.getByLabelText('File path AutoEntry is set to')).toHaveValue('D:\\QB\\Harbour Cafe.QBW'), PATIENT);
    expect(bridge.callsTo('path-browse')).toEqual([{ software: 'quickbooks' }]);
    await vi.waitFor(() => expect(bridge.callsTo('path-validate')).toContainEqual({ path: 'D:\\QB\\Harbour Cafe.QBW' }), PATIENT);
  });

  it('in the browser preview there is no Browse button, and the hint says how to paste the path', async () => {
    const bridge = createFakeBridge(healthyReport(), {
      'app-info': () => ({ version: '0.1.0', mode: 'preview', demo: false, source: 'this PC' }),
      'settings-get': () => ({ settings: { ...DEFAULT_SETTINGS, companies: [{ id: 'a', name: 'Harbour Cafe', software: 'sage', path: '' }] } }),
    });
    renderWithBridge(<SettingsScreen />, bridge);
    expect(await screen.findByText(/A browser cannot show a folder’s full path/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Browse/ })).not.toBeInTheDocument();
  });

  it('says why the settings were not saved', async () => {
    const bridge = createFakeBridge(healthyReport(), {
      'settings-save': () => {
        throw new Error('The check interval must be between 5 and 3600 seconds.');
      },
    });
    renderWithBridge(<SettingsScreen />, bridge);
    await userEvent.click(await screen.findByRole('button', { name: 'Save settings' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The check interval must be between 5 and 3600 seconds.');
    expect(bridge.callsTo('report-check-now')).toHaveLength(0);
  });
});

describe('Support', () => {
  afterEach(() => vi.restoreAllMocks());

  it('copies the report as text and saves an unredacted bundle when asked', async () => {
    const bridge = createFakeBridge(healthyReport());
    renderWithBridge(<SupportScreen />, bridge);
    await userEvent.click(screen.getByRole('button', { name: 'Copy report as text' }));
    await vi.waitFor(() => expect(bridge.callsTo('copy-text')).toEqual([{ text: 'Sync Doctor report for OFFICE-PC1' }]), PATIENT);
    const redact = screen.getByRole('checkbox', { name: /Hide names/ });
    expect(redact).toBeChecked();
    await userEvent.click(redact);
    await userEvent.click(screen.getByRole('button', { name: 'Save support bundle' }));
    expect(await screen.findByText('Saved to C:\\Users\\jane\\Desktop\\sync-doctor-bundle.json')).toBeInTheDocument();
    expect(bridge.callsTo('support-bundle')).toEqual([{ redact: false }]);
  });

  it('in the browser, offers the bundle as a download', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:bundle';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const bridge = createFakeBridge(healthyReport(), {
      'app-info': () => ({ version: '0.1.0', mode: 'preview', demo: false, source: 'this PC' }),
      'support-bundle': ({ redact }) => ({ fileName: 'sync-doctor-OFFICE-PC1.json', content: `{"redacted":${redact}}` }),
    });
    renderWithBridge(<SupportScreen />, bridge);
    await userEvent.click(await screen.findByRole('button', { name: 'Download support bundle' }));
    expect(await screen.findByText('Downloaded as sync-doctor-OFFICE-PC1.json')).toBeInTheDocument();
    expect(clicked).toHaveBeenCalledTimes(1);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(created[0]!);
    });
    expect(text).toBe('{"redacted":true}');
  });

  it('shows the recent log on request', async () => {
    const bridge = createFakeBridge(healthyReport(), { 'logs-recent': () => ({ lines: ['09:30 info check finished: ok', '09:31 warn Sync App stopped'] }) });
    renderWithBridge(<SupportScreen />, bridge);
    await userEvent.click(screen.getByRole('button', { name: 'Show recent log' }));
    expect(await screen.findByLabelText('Recent log lines')).toHaveTextContent('09:31 warn Sync App stopped');
    expect(bridge.callsTo('logs-recent')).toEqual([{ lines: 200 }]);
  });
});
