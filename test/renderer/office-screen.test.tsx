// @vitest-environment jsdom
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AppActions } from '../../src-main/actions/app-actions.js';
import { officeHandlers } from '../../src-main/app/office-handlers.js';
import { App } from '../../src-renderer/app/App.js';
import { seriousAxeViolations } from './support/axe.js';
import { createFakeBridge } from './support/fake-bridge.js';
import { renderWithBridge, showScreen } from './support/render-window.js';
import { staleAfterUpgradeReport } from './support/reports.js';

// Under jsdom the global URL is jsdom's, which Node's fs refuses: the folder by path.
const OFFICES = join(import.meta.dirname, '..', 'fixtures', 'offices');
const handlers = officeHandlers({} as AppActions);

// jsdom's File has no text(); browsers do. Read it as a browser would.
if (!('text' in File.prototype)) {
  Object.defineProperty(File.prototype, 'text', {
    value(this: File) {
      return new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.onerror = () => reject(reader.error);
        reader.readAsText(this);
      });
    },
  });
}

/** The office's snapshot files as a user would pick them; `withoutPaths` takes away the AutoEntry paths they carry. */
function officeFiles(office: string, withoutPaths = false): File[] {
  return readdirSync(join(OFFICES, office)).sort().map((name) => {
    let text = readFileSync(join(OFFICES, office, name), 'utf8');
    if (withoutPaths) {
      try {
        const json = JSON.parse(text) as Record<string, unknown>;
        delete json['checkInputs'];
        text = JSON.stringify(json);
      } catch {
        // a broken file stays broken
      }
    }
    return new File([text], name, { type: 'application/json' });
  });
}

const show = showScreen;

async function openOffice(files: File[]) {
  const bridge = createFakeBridge(staleAfterUpgradeReport(), { 'office-check': (r) => handlers['office-check'](r) });
  renderWithBridge(<App />, bridge);
  await screen.findByRole('heading', { name: /overall status/i });
  await show('office');
  await userEvent.upload(screen.getByLabelText('Choose snapshot files'), files);
  await screen.findByRole('heading', { name: 'The PCs side by side' });
  return bridge;
}

const pcCard = (name: string) => within(screen.getByRole('region', { name: 'The PCs side by side' })).getByRole('region', { name });

describe('the Office screen', () => {
  it('takes AutoEntry\'s path from the snapshots, marks the PC posting into the copy, and agrees once the path is mended', async () => {
    const bridge = await openOffice(officeFiles('dataset-split'));
    const path = screen.getByLabelText('File path AutoEntry is set to');
    expect(path).toHaveValue('D:\\Copy\\Company.000');
    // ✗ on the Sync App's PC, which posts into its own copy; not on the PCs doing it right.
    expect(within(pcCard('SYNC-PC')).getByText('AutoEntry posts to a dataset nobody else in the office works in').closest('.badge')).toHaveClass('tone-error');
    expect(pcCard('OFFICE-PC1').querySelector('.badge.tone-error')).toBeNull();
    expect(pcCard('OFFICE-PC1').querySelector('.badge.tone-ok')).toBeNull();
    // The live verdict under the field is the path judged on the Sync App's PC.
    expect(await screen.findByText(/^On SYNC-PC: /)).toBeInTheDocument();

    await userEvent.clear(path);
    await userEvent.type(path, 'S:\\Sage\\Company.000');
    await waitFor(() => expect(screen.getByRole('heading', { name: /PCs compared/ })).toHaveTextContent('The office agrees'), { timeout: 5000 });
    expect(bridge.callsTo('office-check').at(-1)).toMatchObject({ inputs: { autoentryPaths: ['S:\\Sage\\Company.000'] } });
    expect(within(pcCard('OFFICE-PC1')).getByText('Agrees with the office').closest('.badge')).toHaveClass('tone-ok');
    // The typed path is in the address.
    expect(decodeURIComponent(window.location.hash)).toContain('autoentry=S:\\Sage\\Company.000');
    expect(await seriousAxeViolations(document.body)).toEqual([]);
  });

  it('keeps the PCs and the fields across a visit to another screen', async () => {
    await openOffice(officeFiles('version-skew'));
    await show('overview');
    await screen.findByRole('heading', { name: /overall status/i });
    await show('office');
    expect(await screen.findByRole('heading', { name: 'The PCs side by side' })).toBeInTheDocument();
    expect(screen.getByLabelText('File path AutoEntry is set to')).toHaveValue('S:\\Sage\\Company.000');
  });

  it('without an AutoEntry path never says the office agrees', async () => {
    await openOffice(officeFiles('healthy', true));
    expect(screen.getByLabelText('File path AutoEntry is set to')).toHaveValue('');
    expect(screen.queryByText('The office agrees')).toBeNull();
    expect(screen.getByRole('article', { name: /AutoEntry's path is not known/ })).toBeInTheDocument();
  });

  it('a QuickBooks-only office has no Sage row on its cards', async () => {
    await openOffice(officeFiles('quickbooks-hosts'));
    expect(within(pcCard('SYNC-PC')).queryByText('Sage version')).toBeNull();
    expect(screen.queryByText(/No Sage/)).toBeNull();
    expect(within(pcCard('SYNC-PC')).getByText('QuickBooks')).toBeInTheDocument();
  });

  it('lists the PCs in natural order after the Sync App\'s PC', async () => {
    await openOffice(officeFiles('healthy'));
    const names = within(screen.getByRole('region', { name: 'The PCs side by side' })).getAllByRole('region').map((r) => r.getAttribute('aria-labelledby') && document.getElementById(r.getAttribute('aria-labelledby')!)?.textContent);
    expect(names).toEqual(['SYNC-PC', 'OFFICE-PC1', 'OFFICE-PC2']);
    expect(screen.getByRole('heading', { name: /PCs compared/ })).toHaveTextContent('The office agrees');
  });
});
