import { describe, expect, it } from 'vitest';
import type { FindingDraft } from '../../src-shared/diagnose/finding-draft.js';
import { FINDING_CODES, type FindingCode } from '../../src-shared/model/finding-codes.js';
import { GuidanceStepSchema, type GuidanceStep } from '../../src-shared/model/report-schema.js';
import { guidanceFor } from '../../src-shared/guidance/guidance.js';
import { copyPathStep, folderToOpen, openFolderStep } from '../../src-shared/guidance/guidance-steps.js';
import { NO_CONTEXT, type GuidanceContext } from '../../src-shared/guidance/guidance-context.js';

const SYNC_APP_HERE: GuidanceContext = { ...NO_CONTEXT, syncApp: { at: 'here' } };
const SYNC_APP_ON_SYNC_PC: GuidanceContext = { ...NO_CONTEXT, syncApp: { at: 'elsewhere', computer: 'SYNC-PC' } };

function draft(code: FindingCode, fields: Partial<FindingDraft> = {}): FindingDraft {
  return { code, title: 't', detail: 'd', ...fields };
}

const kinds = (steps: GuidanceStep[]) => steps.map((s) => s.action?.kind ?? null);
const PATH_PROBLEMS = ['path.mismatch', 'path.stale-version', 'path.missing', 'path.not-dataset', 'path.ambiguous', 'path.unreachable', 'path.denied'] as const;
const WRONG_PATH = ['path.mismatch', 'path.stale-version', 'path.missing', 'path.not-dataset'] as const;

describe('every step is one a person can follow', () => {
  it('every step of every code, with and without paths, has words and a valid button', () => {
    const inputs: Partial<FindingDraft>[] = [{}, { configuredPath: 'S:\\Sage\\Company.000', suggestedPath: 'C:\\Sage\\Company.000', evidence: ['C:\\ProgramData\\Sage\\Accounts\\2025\\COMPANY'] }];
    for (const code of FINDING_CODES) {
      for (const fields of inputs) {
        for (const step of guidanceFor(draft(code, fields))) {
          expect(step.text.trim().length, code).toBeGreaterThan(20);
          expect(GuidanceStepSchema.safeParse(step).success, `${code}: ${JSON.stringify(step)}`).toBe(true);
          if (step.action?.kind === 'copy-path' || step.action?.kind === 'open-folder') expect(step.action.path, code).toBeTruthy();
        }
      }
    }
  });

  it('no code repeats a step', () => {
    for (const code of FINDING_CODES) {
      const texts = guidanceFor(draft(code, { configuredPath: 'C:\\X', suggestedPath: 'C:\\Y' })).map((s) => s.text);
      expect(new Set(texts).size, code).toBe(texts.length);
    }
  });

  it('asking twice gives the same steps and does not grow a shared list', () => {
    for (const code of FINDING_CODES) {
      const first = guidanceFor(draft(code, { suggestedPath: 'C:\\Y' }));
      const second = guidanceFor(draft(code, { suggestedPath: 'C:\\Y' }));
      expect(second, code).toEqual(first);
    }
  });
});

describe('steps for a wrong AutoEntry path', () => {
  it('with a clear candidate: copy that path, reconnect in the Sync App choosing it, republish, recover archived invoices, carry on past "already exists", then no Re-Sync', () => {
    for (const code of WRONG_PATH) {
      const steps = guidanceFor(draft(code, { configuredPath: 'C:\\Old', suggestedPath: 'C:\\New\\Company.000' }), SYNC_APP_HERE);
      expect(steps, code).toHaveLength(6);
      expect(steps[0], code).toEqual({ text: expect.stringContaining('C:\\New\\Company.000'), action: { kind: 'copy-path', path: 'C:\\New\\Company.000' } });
      expect(kinds(steps), code).toEqual(['copy-path', 'start-sync-app', 'open-autoentry', null, null, null]);
      // The reconnect step shows the path to choose and goes to the desktop Sync App, not to AutoEntry's website.
      expect(steps[1]!.text, code).toContain('choosing C:\\New\\Company.000');
      expect(steps[1]!.action, code).toEqual({ kind: 'start-sync-app', label: 'Open the Sync App' });
      expect(steps.at(-1)!.text, code).toContain('Re-Sync');
    }
  });

  it('the Sync App on another computer: the reconnect step names that computer and has no button here', () => {
    const steps = guidanceFor(draft('path.mismatch', { configuredPath: 'C:\\Old', suggestedPath: 'S:\\Sage\\Company.000' }), SYNC_APP_ON_SYNC_PC);
    expect(steps[1]!.text).toMatch(/^On SYNC-PC, where the Sync App runs, .*choosing S:\\Sage\\Company\.000/);
    expect(steps[1]!.action).toBeUndefined();
  });

  it('without one: first find the path in the accounting software, with no button', () => {
    for (const code of WRONG_PATH) {
      const steps = guidanceFor(draft(code, { configuredPath: 'C:\\Old' }));
      expect(steps, code).toHaveLength(6);
      expect(steps[0]!.action, code).toBeUndefined();
      expect(steps[0]!.text, code).toMatch(/Sage.*QuickBooks/);
      expect(kinds(steps).slice(1), code).toEqual([null, 'open-autoentry', null, null, null]);
    }
  });

  it('several candidates and none clear: the first step lists them', () => {
    const context: GuidanceContext = { ...SYNC_APP_HERE, candidates: { sage: ['S:\\Sage\\Company.000', 'S:\\Sage\\Company.001'], quickbooks: [] }, sageVersion: '2025' };
    for (const code of [...WRONG_PATH, 'path.unreachable'] as const) {
      const first = guidanceFor(draft(code, { configuredPath: '\\\\OLDNAS\\sage\\Company.002' }), context)[0]!;
      expect(first.text, code).toMatch(/^Sage 2025 works in one of these: S:\\Sage\\Company\.000; S:\\Sage\\Company\.001\./);
    }
  });

  it('an empty suggested path is no candidate', () => {
    expect(guidanceFor(draft('path.mismatch', { suggestedPath: '' }))[0]!.action).toBeUndefined();
  });

  it('two copies that could both be current: ask which, reconnect to it, no Re-Sync', () => {
    const steps = guidanceFor(draft('path.ambiguous', { configuredPath: 'C:\\A.qbw' }), SYNC_APP_HERE);
    expect(steps).toHaveLength(3);
    expect(steps[0]!.text).toMatch(/^Ask /);
    expect(steps[1]).toEqual(guidanceFor(draft('path.missing'), SYNC_APP_HERE)[1]);
    expect(steps[1]!.action).toEqual({ kind: 'start-sync-app', label: 'Open the Sync App' });
    expect(steps[2]!.text).toContain('Re-Sync');
  });

  it('every path problem ends with the Re-Sync warning; a matching or missing configuration does not', () => {
    for (const code of PATH_PROBLEMS) expect(guidanceFor(draft(code)).at(-1)!.text, code).toContain('Re-Sync');
    expect(guidanceFor(draft('path.match'))).toEqual([]);
    expect(guidanceFor(draft('path.not-configured')).some((s) => s.text.includes('Re-Sync'))).toBe(false);
    for (const code of FINDING_CODES.filter((c) => !c.startsWith('path.'))) {
      expect(guidanceFor(draft(code)).some((s) => s.text.includes('Re-Sync')), code).toBe(false);
    }
  });
});

describe('steps that open a folder or an app', () => {
  it('an unreachable share opens the folder of the company file, or offers no button without a path', () => {
    const qb = guidanceFor(draft('path.unreachable', { configuredPath: '\\\\SRV\\Books\\Cafe.QBW' }));
    expect(qb[0]!.action).toEqual({ kind: 'open-folder', path: '\\\\SRV\\Books' });
    const sage = guidanceFor(draft('path.unreachable', { configuredPath: 'S:\\Sage\\Company.000' }));
    expect(sage[0]!.action).toEqual({ kind: 'open-folder', path: 'S:\\Sage\\Company.000' });
    const none = guidanceFor(draft('path.unreachable'));
    expect(none[0]!.action).toBeUndefined();
    expect(none[0]!.text).toBe(qb[0]!.text);
    expect(kinds(qb)).toEqual(['open-folder', null, 'open-autoentry', null]);
  });

  it('an unreachable old place while the data in use answers: lead with that data (copy, reconnect choosing it); "is the old server meant to be on?" comes second', () => {
    const context: GuidanceContext = { ...SYNC_APP_HERE, candidates: { sage: ['S:\\Sage\\Company.000'], quickbooks: [] }, sageVersion: '2025' };
    const steps = guidanceFor(draft('path.unreachable', { configuredPath: '\\\\OLDNAS\\sage\\Company.000', suggestedPath: 'S:\\Sage\\Company.000' }), context);
    expect(kinds(steps)).toEqual(['copy-path', 'start-sync-app', 'open-folder', 'open-autoentry', null]);
    expect(steps[0]!.text).toBe('Sage 2025 works in S:\\Sage\\Company.000, which answers from this PC: copy this path.');
    expect(steps[1]!.text).toContain('choosing S:\\Sage\\Company.000');
    expect(steps[2]!.text).toMatch(/^Only if the company's books really are at \\\\OLDNAS\\sage\\Company\.000: is that server or drive meant to be on\?/);
  });

  it('a folder on this PC that did not answer is "something on this PC held the folder", not a missing server', () => {
    const steps = guidanceFor(draft('path.unreachable', { configuredPath: 'D:\\Sage\\Company.000', detail: 'D:\\Sage\\Company.000: no answer. The drive is on this PC, so something on this PC held the folder (often a virus scan) — the folder itself is probably there.' }));
    expect(steps[0]!.text).toMatch(/something on this PC held it \(often a virus scan\)/);
    expect(steps.map((s) => s.text).join(' ')).not.toMatch(/server|switched on/);
  });

  it('an unreadable Sage company list opens the folder that holds it, when the report names the file', () => {
    const steps = guidanceFor(draft('sage.company-list-unreadable', { evidence: ['C:\\ProgramData\\Sage\\Accounts\\2025\\COMPANY', 'other'] }));
    expect(steps).toHaveLength(2);
    expect(steps[1]!.action).toEqual({ kind: 'open-folder', path: 'C:\\ProgramData\\Sage\\Accounts\\2025' });
    expect(guidanceFor(draft('sage.company-list-unreadable', { evidence: ['/srv/sage/COMPANY'] }))[1]!.action).toEqual({ kind: 'open-folder', path: '/srv/sage' });
    expect(guidanceFor(draft('sage.company-list-unreadable'))).toHaveLength(1);
    expect(guidanceFor(draft('sage.company-list-unreadable', { evidence: [] }))).toHaveLength(1);
    expect(guidanceFor(draft('sage.company-list-unreadable', { evidence: [''] }))).toHaveLength(1);
  });

  it('a stopped Sync App: start it, keep it running, check AutoEntry, republish, then search the Help Centre', () => {
    const steps = guidanceFor(draft('syncapp.not-running'));
    expect(kinds(steps)).toEqual(['start-sync-app', null, 'open-autoentry', 'open-autoentry', 'open-help-centre']);
    expect(steps[3]!.text).toContain('unpublish');
    const elsewhere = FINDING_CODES.filter((c) => c !== 'syncapp.not-running');
    for (const code of elsewhere) expect(kinds(guidanceFor(draft(code))), code).not.toContain('open-help-centre');
  });

  it('a Sync App that may be elsewhere first sends the person to its location on the Integrate page', () => {
    for (const code of ['syncapp.other-session', 'syncapp.not-installed', 'syncapp.elsewhere', 'syncapp.location-mismatch'] as const) {
      const steps = guidanceFor(draft(code));
      expect(steps.length, code).toBeGreaterThanOrEqual(2);
      expect(steps[0]!.action, code).toEqual({ kind: 'open-autoentry' });
      expect(steps[0]!.text, code).toContain('Integrate');
    }
    const unknown = guidanceFor(draft('syncapp.unknown'));
    expect(kinds(unknown)).toEqual([null, 'open-autoentry']);
    expect(guidanceFor(draft('syncapp.not-installed'))).toHaveLength(3);
  });

  it('no configured path: open AutoEntry to copy it, then paste it into the settings', () => {
    expect(kinds(guidanceFor(draft('path.not-configured')))).toEqual(['open-autoentry', null]);
  });

  it('the other problems give the number of steps they need', () => {
    const counts: Partial<Record<FindingCode, number>> = {
      'sage.service-stopped': 2,
      'quickbooks.db-service-stopped': 1,
      'quickbooks.hosted-elsewhere': 1,
      'path.denied': 3,
      'path.unverified': 2,
      'probe.timeout': 1,
      'probe.failed': 3,
      'sage.unknown': 1,
      'quickbooks.unknown': 1,
      'syncapp.location-mismatch': 2,
      'syncapp.elsewhere': 2,
      'syncapp.other-session': 2,
    };
    for (const [code, count] of Object.entries(counts)) expect(guidanceFor(draft(code as FindingCode)), code).toHaveLength(count);
  });
});

describe('the folder "Open folder" goes to', () => {
  it('is the folder of an accounting file, never the file itself', () => {
    expect(folderToOpen('S:\\Books\\Harbour Cafe.QBW')).toBe('S:\\Books');
    expect(folderToOpen('\\\\SRV\\Books\\Cafe.qbb')).toBe('\\\\SRV\\Books');
    expect(folderToOpen('D:\\QB\\Cafe.qbw.ND')).toBe('D:\\QB');
    expect(folderToOpen('D:\\QB\\Cafe.qbw.tlg')).toBe('D:\\QB');
    expect(folderToOpen('/srv/books/Cafe.qbw')).toBe('/srv/books');
    expect(folderToOpen('C:\\Sage\\ACCDATA\\Company.DTA')).toBe('C:\\Sage\\ACCDATA');
  });

  it('is the path itself for a folder or a Sage dataset', () => {
    expect(folderToOpen('S:\\Sage\\Company.000')).toBe('S:\\Sage\\Company.000');
    expect(folderToOpen('\\\\SRV\\Accounts')).toBe('\\\\SRV\\Accounts');
    expect(folderToOpen('C:\\Data\\qbw')).toBe('C:\\Data\\qbw');
  });

  it('copy and open-folder steps carry their path', () => {
    expect(copyPathStep('Copy it.', 'C:\\X')).toEqual({ text: 'Copy it.', action: { kind: 'copy-path', path: 'C:\\X' } });
    expect(openFolderStep('Open it.', 'C:\\X')).toEqual({ text: 'Open it.', action: { kind: 'open-folder', path: 'C:\\X' } });
  });
});
