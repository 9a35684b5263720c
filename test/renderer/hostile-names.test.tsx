// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src-renderer/app/App.js';
import { FindingsScreen } from '../../src-renderer/findings/FindingsScreen.js';
import { MachineCard } from '../../src-renderer/overview/MachineCard.js';
import { PREVIEW_STOPPED_MESSAGE } from '../../src-renderer/bridge/http-bridge.js';
import { ReportSchema, type Report } from '../../src-shared/model/report-schema.js';
import { createFakeBridge } from './support/fake-bridge.js';
import { renderWithBridge } from './support/render-window.js';
import { staleAfterUpgradeReport } from './support/reports.js';

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** The stale-after-upgrade report with a right-to-left override in the computer, the user and a folder name. */
function hostileReport(): Report {
  const json = JSON.stringify(staleAfterUpgradeReport())
    .replace(/OFFICE-PC1/g, 'PC\\u202eexe.fdp')
    .replace(/jane/g, 'ja\\u2066ne')
    .replace(/Company\.000/g, 'Company\\u202e.000');
  return ReportSchema.parse(JSON.parse(json));
}

/** The machine card and the findings of the hostile report. */
function renderHostile(): void {
  const report = hostileReport();
  renderWithBridge(
    <>
      <MachineCard report={report} checking={false} onCheckNow={() => undefined} />
      <FindingsScreen report={report} />
    </>,
    createFakeBridge(report),
  );
}

describe('names with bidi controls in the window', () => {
  it('shows the controls instead of obeying them, in names, paths, titles, details and evidence', () => {
    renderHostile();
    expect(document.body.textContent).not.toMatch(BIDI);
    expect(document.body.textContent).toContain('PC\\u202eexe.fdp');
    expect(document.body.textContent).toContain('Company\\u202e.000');
  });

  it('isolates a name or path from the text around it', () => {
    renderHostile();
    expect(screen.getByText('PC\\u202eexe.fdp').closest('[dir="auto"], bdi')).not.toBeNull();
    const paths = document.querySelectorAll('code.path');
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(path.getAttribute('dir')).toBe('auto');
  });
});

describe('the browser preview once its server is gone', () => {
  it('says "Sync Doctor stopped — open the address it prints again" and keeps saying it', async () => {
    const report = staleAfterUpgradeReport();
    let stopNow: () => void = () => undefined;
    const bridge = { ...createFakeBridge(report), onStopped: (listener: (message: string) => void) => ((stopNow = () => listener(PREVIEW_STOPPED_MESSAGE)), () => undefined) };
    renderWithBridge(<App />, bridge);
    expect((await screen.findAllByText('AutoEntry points at the old Sage 2024 data', { exact: false })).length).toBeGreaterThan(0);
    act(() => stopNow());
    expect(await screen.findByRole('alert')).toHaveTextContent('Sync Doctor stopped — open the address it prints again.');
  });
});
