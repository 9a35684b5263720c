import './uk-time.js';
import '@testing-library/jest-dom/vitest';
import { act, cleanup, configure, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import { AnnouncerProvider } from '../../../src-renderer/app/announcer.js';
import { BridgeProvider } from '../../../src-renderer/bridge/bridge-context.js';
import { ReportProvider } from '../../../src-renderer/bridge/report-context.js';
import type { SyncDoctorBridge } from '../../../src-shared/ipc/contract.js';
import { PATIENCE_MS } from '../../support/eventually.js';

// findBy… and waitFor give up after 1 s by default: too soon for React under a busy machine.
configure({ asyncUtilTimeout: PATIENCE_MS });

// jsdom does not lay out pages, so it cannot scroll them.
window.scrollTo = () => undefined;

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

/** Renders part of the window with the providers the real window has, talking to `bridge`. */
export function renderWithBridge(ui: ReactElement, bridge: SyncDoctorBridge) {
  return render(
    <BridgeProvider bridge={bridge}>
      <AnnouncerProvider>
        <ReportProvider>{ui}</ReportProvider>
      </AnnouncerProvider>
    </BridgeProvider>,
  );
}

/** Goes to a screen as a link would: the address's `#hash` changes. */
export async function showScreen(id: string): Promise<void> {
  await act(async () => {
    window.location.hash = id.startsWith('#') ? id : `#${id}`;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}
