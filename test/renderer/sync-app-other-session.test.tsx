// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src-renderer/app/App.js';
import { runCheck } from '../../src-main/check/run-check.js';
import { createSnapshotHost } from '../../src-main/host/snapshot/snapshot-host.js';
import { formatReportText } from '../../src-shared/report/report-text.js';
import { exampleMachine } from './support/example-machine.js';
import { createFakeBridge } from './support/fake-bridge.js';
import { renderWithBridge } from './support/render-window.js';

/** sage-healthy on a terminal server: the Sync App runs, but only in Bob's session. */
async function terminalServerReport() {
  const m = exampleMachine('sage-healthy');
  m.processes = m.processes.map((p) => (p.name.startsWith('AutoEntry') ? { ...p, user: 'OFFICE\\bob', sessionId: 2 } : p));
  return runCheck(createSnapshotHost(m), { autoentryPaths: ['C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000'], syncAppPatterns: ['AutoEntry'] }, { timeoutMs: 5000 });
}

describe('the Sync App running only in another user\'s session', () => {
  it('the window shows it running, and whose session it runs in', async () => {
    const report = await terminalServerReport();
    renderWithBridge(<App />, createFakeBridge(report));
    expect(await screen.findByRole('heading', { name: /overall status: all good/i })).toBeInTheDocument();
    const card = screen.getByRole('region', { name: 'AutoEntry Sync App' });
    expect(within(card).getByText('The AutoEntry Sync App is running')).toBeInTheDocument();
    expect(within(card).getByText(/for OFFICE\\bob \(another Windows user’s session\)/)).toBeInTheDocument();
    expect(within(card).queryByText(/Stopped\./)).not.toBeInTheDocument();
  });

  it('the text report says it runs, then says whose it is', async () => {
    const text = formatReportText(await terminalServerReport(), { glyphs: 'ascii', colour: false });
    const running = text.indexOf('[OK] The AutoEntry Sync App is running');
    const whose = text.indexOf('[i] The Sync App runs, but in another Windows session');
    expect(running).toBeGreaterThan(-1);
    expect(whose).toBeGreaterThan(running);
    expect(text).toContain('in the Windows session of OFFICE\\bob');
  });
});
