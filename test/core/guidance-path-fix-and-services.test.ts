import { describe, expect, it } from 'vitest';
import { guidanceFor } from '../../src-shared/guidance/guidance.js';
import type { GuidanceContext } from '../../src-shared/guidance/guidance-context.js';
import type { FindingDraft } from '../../src-shared/diagnose/finding-draft.js';

// Which software a corrected path belongs to, which data in use is offered when no one path is
// clear, and the service named in the steps for IT. Finding codes: spec/report.md.

const HERE: GuidanceContext = { syncApp: { at: 'here' }, candidates: { sage: [], quickbooks: [] } };

function texts(draft: FindingDraft, ctx: GuidanceContext = HERE): string[] {
  return guidanceFor(draft, ctx).map((s) => s.text);
}

describe('correcting a path: whose data it is', () => {
  it('a QuickBooks verdict or a .QBW company file is QuickBooks; otherwise Sage, with its version when known', () => {
    const qbByCode = { code: 'path.mismatch', title: 't', detail: 'd', software: 'quickbooks', configuredPath: 'C:\\Books\\Old', suggestedPath: 'C:\\Books\\Acme' } as const;
    expect(texts(qbByCode)[0]).toBe('QuickBooks works in C:\\Books\\Acme: copy this path.');
    const qbByFile = { code: 'path.mismatch', title: 't', detail: 'd', configuredPath: 'C:\\Books\\Old.QBW', suggestedPath: 'C:\\Books\\Acme.QBW' } as const;
    expect(texts(qbByFile)[0]).toBe('QuickBooks works in C:\\Books\\Acme.QBW: copy this path.');
    const sage = { code: 'path.stale-version', title: 't', detail: 'd', software: 'sage', configuredPath: 'C:\\Data\\Acme.qbw backup\\2024', suggestedPath: 'C:\\Data\\2025' } as const;
    expect(texts(sage, { ...HERE, sageVersion: '2025' })[0]).toBe('Sage 2025 works in C:\\Data\\2025: copy this path.');
    expect(texts(sage)[0]).toBe('Sage works in C:\\Data\\2025: copy this path.');
    const noPath = { code: 'path.missing', title: 't', detail: 'd', suggestedPath: 'C:\\Data\\2025' } as const;
    expect(texts(noPath)[0]).toBe('Sage works in C:\\Data\\2025: copy this path.');
  });

  it('with no clear target, lists that software\'s data in use when there is a choice, else says how to find it', () => {
    const ctx: GuidanceContext = { ...HERE, candidates: { sage: ['C:\\S\\A', 'C:\\S\\B'], quickbooks: ['C:\\Q\\A.QBW', 'C:\\Q\\B.QBW'] } };
    const qb = { code: 'path.missing', title: 't', detail: 'd', configuredPath: 'C:\\Q\\Gone.qbw' } as const;
    expect(texts(qb, ctx)[0]).toMatch(/^QuickBooks works in one of these: C:\\Q\\A\.QBW; C:\\Q\\B\.QBW\. /);
    const sage = { code: 'path.missing', title: 't', detail: 'd', software: 'sage', configuredPath: 'C:\\S\\Gone' } as const;
    expect(texts(sage, ctx)[0]).toMatch(/^Sage works in one of these: C:\\S\\A; C:\\S\\B\. /);
    // One data in use that is not the suggested path is no choice: say how to find the company's path.
    const one: GuidanceContext = { ...HERE, candidates: { sage: ['C:\\S\\A'], quickbooks: [] } };
    expect(texts(sage, one)[0]).toMatch(/^In Sage or QuickBooks, find the file path of the company you work in/);
    expect(texts(sage, one)[1]).toBe('Open the AutoEntry Desktop Sync App, disconnect this company and connect it again choosing the path of the company you work in. (AutoEntry\'s Integrate page shows the path too.)');
  });

  it('an unreachable place: the data in use first, and the old place named (or "the old place")', () => {
    const withTarget = { code: 'path.unreachable', title: 't', detail: 'd', suggestedPath: 'C:\\S\\A' } as const;
    expect(texts(withTarget)[2]).toBe('Only if the company\'s books really are at the old place: is that server or drive meant to be on? Switching it back on sends invoices there, not to C:\\S\\A.');
    const noTarget = { code: 'path.unreachable', title: 't', detail: 'd', configuredPath: '\\\\OLD-SERVER\\Sage\\Acme' } as const;
    const choice: GuidanceContext = { ...HERE, candidates: { sage: ['C:\\S\\A', 'C:\\S\\B'], quickbooks: [] } };
    expect(texts(noTarget, choice)[0]).toMatch(/^Sage works in one of these: C:\\S\\A; C:\\S\\B\. /);
    const one: GuidanceContext = { ...HERE, candidates: { sage: ['C:\\S\\A'], quickbooks: [] } };
    expect(texts(noTarget, one).slice(0, 2)).toEqual([
      'Check the server or shared drive is switched on and reachable from this PC: open the folder in File Explorer.',
      'If it is a mapped drive (such as S:), reconnect it, or sign in to Windows as the user who mapped it.',
    ]);
  });
});

describe('a stopped service: the steps for IT name it as Windows does', () => {
  it('Sage: the service quoted in the title', () => {
    const steps = guidanceFor({ code: 'sage.service-stopped', title: 'The Sage data service "Sage 50 Accounts Data Service v31" is not running', detail: 'The service is stopped.' });
    expect(steps[0]!.forIT).toBe('Windows Services (services.msc): start "Sage 50 Accounts Data Service v31" and set it to start automatically.');
  });

  it('QuickBooks: the service named in the detail', () => {
    const steps = guidanceFor({
      code: 'quickbooks.db-service-stopped',
      title: 'QuickBooks Database Server Manager is not running on this PC',
      detail: 'Company files shared in multi-user mode from this PC cannot be opened by others (or by the Sync App) while it is stopped. For IT: its Windows service QuickBooksDB34 is stopped.',
    });
    expect(steps[0]!.forIT).toBe('Windows Services (services.msc): start QuickBooksDB34 (QuickBooks Database Server Manager\'s service) and set it to start automatically.');
  });

  it('neither: "the service"', () => {
    const steps = guidanceFor({ code: 'quickbooks.db-service-stopped', title: 'stopped', detail: 'stopped' });
    expect(steps[0]!.forIT).toBe('Windows Services (services.msc): start the service (QuickBooks Database Server Manager\'s service) and set it to start automatically.');
  });
});

describe('steps for IT on failed look-ups', () => {
  it('a timeout points at the deadline setting; a failure at the list of look-ups', () => {
    expect(guidanceFor({ code: 'probe.timeout', title: 't', detail: 'd' })[0]!.forIT).toBe('Each look-up has a deadline (Settings > Advanced); the finding lists the ones that missed it.');
    expect(guidanceFor({ code: 'probe.failed', title: 't', detail: 'd' }).at(-1)!.forIT).toBe('The finding lists each failed look-up and the error Windows gave.');
  });
});
