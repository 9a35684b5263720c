// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ErrorLookupScreen } from '../../src-renderer/error-lookup/ErrorLookupScreen.js';
import { KNOWN_ERRORS } from '../../src-renderer/error-lookup/known-errors.js';
import { matchError } from '../../src-renderer/error-lookup/match-error.js';
import { REAL_MESSAGES } from '../../src-renderer/error-lookup/real-messages.js';
import { FINDING_CODES } from '../../src-shared/model/finding-codes.js';
import type { Report } from '../../src-shared/model/report-schema.js';
import { createFakeBridge } from './support/fake-bridge.js';
import { renderWithBridge } from './support/render-window.js';
import { staleAfterUpgradeReport } from './support/reports.js';

const top = (message: string) => matchError(message, KNOWN_ERRORS)[0]?.id;

describe('the error lookup knows real messages, each with its source and its local check', () => {
  it('holds at least 40 messages of AutoEntry, the Sync App, Sage 50 and QuickBooks Desktop', () => {
    expect(REAL_MESSAGES.length).toBeGreaterThanOrEqual(40);
    const by = new Set(REAL_MESSAGES.map((m) => m.shownBy));
    expect([...by].sort()).toEqual(['AutoEntry', 'QuickBooks Desktop', 'Sage 50', 'Sync App']);
    expect(new Set(KNOWN_ERRORS.map((m) => m.id)).size).toBe(KNOWN_ERRORS.length);
  });

  it('every entry keeps its source beside it and is routed to a local check made of real finding codes', () => {
    for (const m of KNOWN_ERRORS) {
      expect(m.source.url, m.id).toMatch(/^https:\/\//);
      expect(m.source.title.length, m.id).toBeGreaterThan(10);
    }
    for (const m of REAL_MESSAGES) {
      expect(m.check, m.id).toBeDefined();
      expect(m.check!.href, m.id).toMatch(/^#(overview|paths|findings|troubleshooter)$/);
      for (const code of m.check!.codes) expect(FINDING_CODES as readonly string[], `${m.id}: ${code}`).toContain(code);
    }
  });

  it('each message, as the program shows it, is recognised as itself first', () => {
    for (const m of REAL_MESSAGES) expect(top(m.example!), `${m.id}: ${m.example}`).toBe(m.id);
  });

  it('recognises the realistic messages the issue lists', () => {
    expect(top('Publishing timed out')).toBe('sync-time-out');
    expect(top('One or more errors occurred.')).toBe('one-or-more-errors');
    expect(top('Token Required')).toBe('token-required');
    expect(top('Error H202: QuickBooks cannot reach the server')).toBe('qb-h202');
    expect(top('H505')).toBe('qb-h505');
    expect(top('An error occurred when QuickBooks tried to access the company file (-6000, -83)')).toBe('qb-6000-83');
    expect(top('Invoices 1234 wasn’t approved, please check it has all codes assigned.')).toBe('not-approved-codes');
    expect(top('Invalid account code')).toBe('invalid-account-code');
    expect(top('Line Item Tax does not match Invoice Tax')).toBe('tax-summary');
  });

  it('"Sage 50: Access denied. The data path S:\\… could not be opened" goes to the data folder and path checks, not AutoEntry’s permissions', () => {
    const ids = matchError('Sage 50: Access denied. The data path S:\\Sage\\Company.000 could not be opened', KNOWN_ERRORS).map((m) => m.id);
    expect(ids[0]).toBe('sage-access-denied');
    expect(ids).not.toContain('integrate-permission');
    const entry = KNOWN_ERRORS.find((m) => m.id === 'sage-access-denied')!;
    expect(entry.check!.codes).toEqual(expect.arrayContaining(['path.denied', 'path.unreachable', 'path.unverified']));
    expect(entry.check!.href).toBe('#paths');
  });
});

function withDeniedPath(report: Report): Report {
  const denied = { code: 'path.denied' as const, severity: 'error' as const, title: 'This Windows user may not open the AutoEntry path', detail: 'd', configuredPath: 'S:\\Sage\\Company.000', guidance: [] };
  return { ...report, status: 'error', findings: [...report.findings, denied] };
}

describe('the error lookup screen shows this PC’s check beside each message', () => {
  it('an access-denied Sage message shows the denied path found here, and its source', async () => {
    renderWithBridge(<ErrorLookupScreen />, createFakeBridge(withDeniedPath(staleAfterUpgradeReport())));
    await userEvent.type(screen.getByLabelText('The exact message'), 'Sage 50: Access denied. The data path S:\\Sage\\Company.000 could not be opened');
    await userEvent.click(screen.getByRole('button', { name: 'Look it up' }));
    const card = await screen.findByRole('region', { name: 'Messages about Sage data this Windows user may not open' });
    const local = within(card).getByRole('heading', { name: 'What this PC’s check says' }).parentElement!;
    expect(local).toHaveTextContent('This Windows user may not open the AutoEntry path');
    expect(within(local).getByRole('link', { name: 'See what this PC could open' })).toHaveAttribute('href', '#paths');
    expect(card).toHaveTextContent(/Source: TechShizz: Access Denied when starting Sage/);
    expect(card).not.toHaveTextContent(/Company settings/);
  });

  it('a message it does not know shows this PC’s current problems as the likely cause', async () => {
    const report = staleAfterUpgradeReport();
    renderWithBridge(<ErrorLookupScreen />, createFakeBridge(report));
    await userEvent.type(screen.getByLabelText('The exact message'), 'Tax code T9 is invalid for this supplier');
    await userEvent.click(screen.getByRole('button', { name: 'Look it up' }));
    const unknown = await screen.findByRole('region', { name: 'Sync Doctor does not know this message' });
    const likely = within(unknown).getByRole('heading', { name: 'The likely cause, from this PC’s check' }).parentElement!;
    const problems = report.findings.filter((f) => f.severity === 'error' || f.severity === 'warn');
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(likely).toHaveTextContent(p.title);
  });
});
