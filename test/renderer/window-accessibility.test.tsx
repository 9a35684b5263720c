// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src-renderer/app/App.js';
import { SCREENS } from '../../src-renderer/app/screens.js';
import { seriousAxeViolations } from './support/axe.js';
import { createFakeBridge } from './support/fake-bridge.js';
import { renderWithBridge } from './support/render-window.js';
import { emptyMachineReport, staleAfterUpgradeReport } from './support/reports.js';

async function show(id: string) {
  await act(async () => {
    window.location.hash = `#${id}`;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

describe('the window for screen readers and keyboards', () => {
  it.each(SCREENS.map((s) => [s.id, s.label] as const))('%s has no serious or critical axe violation', async (id, label) => {
    const bridge = createFakeBridge(staleAfterUpgradeReport(), {
      'app-info': () => ({ version: '0.1.0', mode: 'preview', demo: true, source: 'the demo machine' }),
    });
    renderWithBridge(<App />, bridge);
    await screen.findByRole('heading', { name: /overall status/i });
    await show(id);
    expect(screen.getByRole('main')).toHaveAccessibleName(label);
    await screen.findByRole('link', { name: new RegExp(`^${label}`), current: 'page' });
    expect(await seriousAxeViolations(document.body)).toEqual([]);
  });

  it('the empty machine’s overview has no serious or critical axe violation either', async () => {
    renderWithBridge(<App />, createFakeBridge(emptyMachineReport()));
    await screen.findByRole('button', { name: 'Try the demo machine' });
    expect(await seriousAxeViolations(document.body)).toEqual([]);
  });

  it('moves between screens with the keyboard alone and puts focus on the new screen', async () => {
    renderWithBridge(<App />, createFakeBridge(staleAfterUpgradeReport()));
    await screen.findByRole('heading', { name: /overall status/i });
    const user = userEvent.setup();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveFocus();
    await user.tab();
    const nav = within(screen.getByRole('navigation', { name: 'Screens' }));
    expect(nav.getByRole('link', { name: /^Overview/ })).toHaveFocus();
    await user.tab();
    expect(nav.getByRole('link', { name: 'What to fix' })).toHaveFocus();
    await user.keyboard('{Enter}');
    // Focus goes to the new screen's title, not to the whole content (no frame running off it).
    expect(await screen.findByRole('heading', { name: 'What to fix', level: 2 })).toHaveFocus();
    expect(nav.getByRole('link', { name: 'What to fix' })).toHaveAttribute('aria-current', 'page');
    expect(document.title).toBe('What to fix — Sync Doctor');
  });

  it('shows the overall status in the navigation in words as well as a sign', async () => {
    renderWithBridge(<App />, createFakeBridge(staleAfterUpgradeReport()));
    expect(await screen.findByRole('link', { name: 'Overview (Problem)' })).toBeInTheDocument();
  });
});
