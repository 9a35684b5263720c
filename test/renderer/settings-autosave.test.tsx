// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src-renderer/app/App.js';
import type { Settings } from '../../src-shared/settings/settings-schema.js';
import { DEFAULT_SETTINGS } from '../../src-shared/settings/settings-schema.js';
import { createFakeBridge } from './support/fake-bridge.js';
import { renderWithBridge, showScreen } from './support/render-window.js';
import { staleAfterUpgradeReport } from './support/reports.js';

const show = showScreen;

describe('a company typed in Settings is not lost', () => {
  it('is saved once its path has a verdict, without "Save settings", and is there after leaving the screen', async () => {
    let stored: Settings = DEFAULT_SETTINGS;
    const bridge = createFakeBridge(staleAfterUpgradeReport(), {
      'settings-get': () => ({ settings: stored }),
      'settings-save': (s) => {
        stored = s as Settings;
        return { settings: stored };
      },
      'path-validate': ({ path }) => ({ finding: { code: 'path.match', severity: 'ok', title: 'Points at a Sage 50 dataset', detail: path, guidance: [] } }),
    });
    renderWithBridge(<App />, bridge);
    await screen.findByRole('heading', { name: /overall status/i });
    await show('settings');
    await userEvent.click(await screen.findByRole('button', { name: 'Add company' }));
    await userEvent.type(screen.getByLabelText('Company name in AutoEntry'), 'Harbour Bakery Ltd');
    await userEvent.type(screen.getByLabelText('File path AutoEntry is set to'), 'S:\\Sage\\Company.000');
    await waitFor(() => expect(stored.companies.map((c) => c.name)).toEqual(['Harbour Bakery Ltd']));
    expect(stored.companies[0]!.path).toBe('S:\\Sage\\Company.000');
    expect(await screen.findByText('Saved. Sync Doctor checks it from now on.')).toBeInTheDocument();
    // Leave before "Save settings", and come back: the company is still there.
    await show('overview');
    await screen.findByRole('heading', { name: /overall status/i });
    await show('settings');
    expect(await screen.findByDisplayValue('Harbour Bakery Ltd')).toBeInTheDocument();
  });
});
