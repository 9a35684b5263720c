// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SettingsScreen } from '../../src-renderer/settings/SettingsScreen.js';
import { readSyncAppPatterns, readTimeoutMs } from '../../src-renderer/settings/advanced-fields.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src-shared/settings/settings-schema.js';
import { createFakeBridge } from './support/fake-bridge.js';
import { renderWithBridge } from './support/render-window.js';
import { staleAfterUpgradeReport } from './support/reports.js';

function renderSettings(start: Partial<Settings> = {}) {
  const saved: Settings[] = [];
  const bridge = createFakeBridge(staleAfterUpgradeReport(), {
    'settings-get': () => ({ settings: { ...DEFAULT_SETTINGS, ...start } }),
    'settings-save': (s) => {
      saved.push(s as Settings);
      return { settings: s as Settings };
    },
  });
  renderWithBridge(<SettingsScreen />, bridge);
  return { bridge, saved };
}

async function openAdvanced() {
  const summary = await screen.findByText('Advanced');
  const details = summary.closest('details')!;
  expect(details.open).toBe(false);
  await userEvent.click(summary);
  expect(details.open).toBe(true);
  return within(details);
}

describe('Settings › Advanced', () => {
  it('is folded away, shows the saved values, and saves new Sync App names, time limit and log level', async () => {
    const { bridge, saved } = renderSettings({ syncAppPatterns: ['AutoEntry'], timeoutMs: 5000, logLevel: 'info' });
    const advanced = await openAdvanced();
    const names = advanced.getByLabelText('Names that identify the Sync App (one per line)');
    expect(names).toHaveValue('AutoEntry');
    await userEvent.type(names, '{Enter}  AE Sync  {Enter}{Enter}');
    const timeout = advanced.getByLabelText('Time allowed for each look-up (milliseconds)');
    await userEvent.clear(timeout);
    await userEvent.type(timeout, '15000');
    await userEvent.selectOptions(advanced.getByLabelText('How much goes in the log'), 'Everything (for AutoEntry support)');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await vi.waitFor(() => expect(bridge.callsTo('report-check-now')).toHaveLength(1));
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ syncAppPatterns: ['AutoEntry', 'AE Sync'], timeoutMs: 15000, logLevel: 'debug' });
  });

  it('says as you type when a value cannot be kept, and saves nothing until it is corrected', async () => {
    const { saved } = renderSettings();
    const advanced = await openAdvanced();
    const names = advanced.getByLabelText('Names that identify the Sync App (one per line)');
    await userEvent.clear(names);
    expect(names).toHaveAttribute('aria-invalid', 'true');
    expect(names).toHaveAccessibleDescription(expect.stringContaining('Give at least one name'));
    const timeout = advanced.getByLabelText('Time allowed for each look-up (milliseconds)');
    await userEvent.clear(timeout);
    await userEvent.type(timeout, '50');
    expect(timeout).toHaveAttribute('aria-invalid', 'true');
    expect(timeout).toHaveAccessibleDescription(expect.stringContaining('from 100 to 120000'));
    await userEvent.type(timeout, '0');
    expect(timeout).toHaveAttribute('aria-invalid', 'false');

    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/not saved: an advanced setting needs correcting/);
    expect(saved).toHaveLength(0);

    await userEvent.type(names, 'AutoEntry');
    expect(names).toHaveAttribute('aria-invalid', 'false');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatchObject({ syncAppPatterns: ['AutoEntry'], timeoutMs: 500 });
  });
});

describe('reading the advanced fields with the settings schema', () => {
  it('Sync App names: one per line, trimmed, blank lines dropped, at most 200 characters each', () => {
    expect(readSyncAppPatterns(' AutoEntry \n\nSyncApp\r\n')).toEqual({ ok: true, value: ['AutoEntry', 'SyncApp'] });
    expect(readSyncAppPatterns(' \n ')).toMatchObject({ ok: false });
    expect(readSyncAppPatterns('x'.repeat(201))).toMatchObject({ ok: false, message: expect.stringContaining('200') });
    expect(readSyncAppPatterns('x'.repeat(200))).toMatchObject({ ok: true });
  });

  it('look-up time: whole milliseconds from 100 to 120000', () => {
    expect(readTimeoutMs('100')).toEqual({ ok: true, value: 100 });
    expect(readTimeoutMs(' 120000 ')).toEqual({ ok: true, value: 120000 });
    for (const bad of ['99', '120001', '', '1.5', '-200', 'abc', '1e3']) expect(readTimeoutMs(bad)).toMatchObject({ ok: false });
  });
});
