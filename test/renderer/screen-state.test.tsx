// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src-renderer/app/App.js';
import { addressFromHash, hashOf } from '../../src-renderer/app/screens.js';
import { troubleshooterQuery, troubleshooterStateFrom } from '../../src-renderer/troubleshooter/TroubleshooterScreen.js';
import { createFakeBridge } from './support/fake-bridge.js';
import { renderWithBridge, showScreen } from './support/render-window.js';
import { staleAfterUpgradeReport } from './support/reports.js';

const show = showScreen;

describe('a screen\'s state in the address', () => {
  it('reads and writes #screen?state, and an unknown screen is the overview', () => {
    expect(addressFromHash('#troubleshooter?step=3&a.kind=desktop')).toEqual({ screen: 'troubleshooter', query: 'step=3&a.kind=desktop' });
    expect(addressFromHash('#nowhere?x=1')).toEqual({ screen: 'overview', query: '' });
    expect(hashOf({ screen: 'office', query: '' })).toBe('#office');
    expect(troubleshooterStateFrom(troubleshooterQuery(2, { kind: 'desktop' }))).toEqual({ index: 2, answers: { kind: 'desktop' } });
    expect(troubleshooterStateFrom('step=banana')).toEqual({ index: 0, answers: {} });
  });

  it('the Troubleshooter keeps its step after a visit to another screen and back by the navigation', async () => {
    renderWithBridge(<App />, createFakeBridge(staleAfterUpgradeReport()));
    await screen.findByRole('heading', { name: /overall status/i });
    await show('#troubleshooter');
    await screen.findByText(/Step 1 of/);
    const choices = screen.getAllByRole('radio');
    await userEvent.click(choices[0]!);
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByText(/Step 2 of/);
    expect(window.location.hash).toMatch(/^#troubleshooter\?step=2&a\./);
    // Away (as its own "Compare the paths" link goes) and back through the navigation.
    await show('#paths');
    await screen.findByRole('heading', { name: 'File paths', level: 2 });
    await userEvent.click(within(screen.getByRole('navigation', { name: 'Screens' })).getByRole('link', { name: 'Troubleshooter' }));
    expect(await screen.findByText(/Step 2 of/)).toBeInTheDocument();
  });
});
