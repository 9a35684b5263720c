import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src-shared/diagnose/diagnose.js';
import { unanswered, withEvidence, type VerdictDraft } from '../../src-shared/diagnose/evidence-rule.js';
import { codesOf, configured, DIR, emptyObservations, FILE, MISSING, only, problem } from '../support/observations-builder.js';

describe('evidence before absence', () => {
  it('a verdict that rests on nothing is kept as it is, without its requirements', () => {
    const o = emptyObservations();
    o.problems.push(problem('processes', 'Listing processes'));
    const draft: VerdictDraft = { code: 'sage.found', title: 'Sage 50 Accounts found', detail: 'Settings for version 2025.' };
    expect(withEvidence(o, draft)).toStrictEqual([draft]);
    const missing: VerdictDraft = { code: 'path.missing', configuredPath: 'C:\\x', requires: [], title: 'Nothing exists', detail: 'There is nothing at C:\\x.' };
    expect(withEvidence(o, missing)).toStrictEqual([{ code: 'path.missing', configuredPath: 'C:\\x', title: 'Nothing exists', detail: 'There is nothing at C:\\x.' }]);
  });

  it('only look-ups of the named topics count against a verdict', () => {
    const o = emptyObservations();
    o.problems.push(problem('processes', 'Listing processes', 'error', 'exit 1'), problem('drives', 'Listing drives', 'timeout', 'no answer'));
    expect(unanswered(o, ['services', 'registry'])).toEqual([]);
    expect(unanswered(o, ['processes'])).toEqual([{ what: 'Listing processes', message: 'exit 1' }]);
    expect(unanswered(o, ['drives', 'processes'])).toEqual([{ what: 'Listing drives', message: 'no answer' }, { what: 'Listing processes', message: 'exit 1' }]);
  });

  it('a configured path answered when its stat did and, for a folder, its listing did', () => {
    const o = emptyObservations();
    o.configured.push(
      configured('C:\\Fine', DIR, true),
      configured('C:\\Gone', MISSING),
      configured('C:\\File.txt', FILE, false),
      configured('\\\\SRV\\Off', { state: 'unreachable', message: 'the network path was not found' }),
      configured('C:\\Slow', { state: 'timeout', message: 'no answer in 5 s' }),
      configured('C:\\Broken', { state: 'error', message: 'I/O error' }),
      configured('C:\\Unlisted', DIR, null),
      configured('C:\\Books\\Cafe.QBW', DIR, null),
    );
    const of = (input: string) => unanswered(o, [{ configuredPath: input }]);
    expect(of('C:\\Fine')).toEqual([]);
    expect(of('C:\\Gone')).toEqual([]);
    expect(of('C:\\File.txt')).toEqual([]);
    expect(of('\\\\SRV\\Off')).toEqual([{ what: 'Looking at \\\\SRV\\Off', message: 'the network path was not found' }]);
    expect(of('C:\\Slow')).toEqual([{ what: 'Looking at C:\\Slow', message: 'no answer in 5 s' }]);
    expect(of('C:\\Broken')).toEqual([{ what: 'Looking at C:\\Broken', message: 'I/O error' }]);
    expect(of('C:\\Unlisted')).toEqual([{ what: 'Looking inside C:\\Unlisted', message: 'its contents could not be listed' }]);
    // A QuickBooks path is never listed as a Sage dataset: a folder there has answered.
    expect(of('C:\\Books\\Cafe.QBW')).toEqual([]);
    expect(of('C:\\Never')).toEqual([{ what: 'Looking at C:\\Never', message: 'it was never looked at' }]);
  });

  it('a path verdict whose own look-ups failed becomes "could not check the path", keeping the path and software', () => {
    const o = emptyObservations();
    o.configured.push(configured('C:\\Slow', { state: 'timeout', message: 'no answer in 5 s' }));
    const missing: VerdictDraft = { code: 'path.missing', configuredPath: 'C:\\Slow', software: 'sage', requires: [{ configuredPath: 'C:\\Slow' }], title: 'Nothing exists', detail: 'x' };
    expect(withEvidence(o, missing)).toStrictEqual([{
      code: 'path.unreachable',
      configuredPath: 'C:\\Slow',
      software: 'sage',
      title: 'Could not check the AutoEntry path',
      detail: 'Sync Doctor could not look at C:\\Slow, so it cannot tell what is there. What failed: Looking at C:\\Slow (no answer in 5 s).',
    }]);
    const notDataset: VerdictDraft = { code: 'path.not-dataset', requires: [{ configuredPath: 'C:\\Nowhere' }], title: 'Not a dataset', detail: 'x' };
    expect(withEvidence(o, notDataset)).toStrictEqual([{
      code: 'path.unreachable',
      title: 'Could not check the AutoEntry path',
      detail: 'Sync Doctor could not look at the path, so it cannot tell what is there. What failed: Looking at C:\\Nowhere (it was never looked at).',
    }]);
  });

  it('names at most three failed look-ups, each once, then counts the rest', () => {
    const o = emptyObservations();
    for (const n of [1, 2, 2, 3, 4, 5]) o.problems.push(problem('sage-settings', `Reading folder ${n}`, 'error', 'denied'));
    const f = only(diagnose(o), 'sage.unknown');
    expect(f.detail).toBe('No sign of Sage 50 Accounts was seen on OFFICE-PC1, but not every place it could show up was read. What failed: Reading folder 1 (denied); Reading folder 2 (denied); Reading folder 3 (denied); and 2 more.');
    const three = emptyObservations();
    for (const n of [1, 2, 3]) three.problems.push(problem('sage-settings', `Reading folder ${n}`, 'error', 'denied'));
    expect(only(diagnose(three), 'sage.unknown').detail).toMatch(/What failed: Reading folder 1 \(denied\); Reading folder 2 \(denied\); Reading folder 3 \(denied\)\.$/);
  });

  it('no Sage seen while its settings could not be read is "could not check", info, not "not found"', () => {
    const o = emptyObservations();
    o.problems.push(problem('sage-settings', 'Reading Sage settings', 'timeout', 'no answer'));
    const report = diagnose(o);
    expect(codesOf(report)).not.toContain('sage.not-found');
    const f = only(report, 'sage.unknown');
    expect(f.severity).toBe('info');
    expect(f.title).toBe('Could not check for Sage 50 Accounts');
  });

  it('no Sage seen while a configured Sage path did not answer is "could not check" too', () => {
    const o = emptyObservations();
    o.configured.push(configured('\\\\SRV\\Sage\\Company.000', { state: 'unreachable', message: 'the share is off' }));
    expect(only(diagnose(o), 'sage.unknown').detail).toContain('What failed: Looking at \\\\SRV\\Sage\\Company.000 (the share is off).');
    // A QuickBooks path is not a place Sage shows up.
    const qb = emptyObservations();
    qb.configured.push(configured('\\\\SRV\\Books\\Cafe.QBW', { state: 'unreachable', message: 'the share is off' }));
    expect(codesOf(diagnose(qb))).toContain('sage.not-found');
    expect(only(diagnose(qb), 'quickbooks.unknown').detail).toContain('Looking at \\\\SRV\\Books\\Cafe.QBW (the share is off)');
  });

  it('no QuickBooks seen while its lists could not be read is "could not check", info', () => {
    const o = emptyObservations();
    o.problems.push(problem('quickbooks-lists', 'Reading QBWUSER.INI', 'error', 'denied'));
    const report = diagnose(o);
    expect(codesOf(report)).toContain('sage.not-found');
    const f = only(report, 'quickbooks.unknown');
    expect(f.severity).toBe('info');
    expect(f.title).toBe('Could not check for QuickBooks Desktop');
    expect(f.detail).toBe('No sign of QuickBooks Desktop was seen on OFFICE-PC1, but not every place it could show up was read. What failed: Reading QBWUSER.INI (denied).');
  });

  it('each "not found" rests on programs, services, processes and the environment', () => {
    for (const topic of ['processes', 'services', 'registry', 'environment'] as const) {
      const o = emptyObservations();
      o.problems.push(problem(topic, `Reading ${topic}`));
      const c = codesOf(diagnose(o));
      expect(c, topic).toContain('sage.unknown');
      expect(c, topic).toContain('quickbooks.unknown');
    }
    for (const [topic, code] of [['sage-settings', 'sage.unknown'], ['quickbooks-lists', 'quickbooks.unknown'], ['quickbooks-files', 'quickbooks.unknown']] as const) {
      const o = emptyObservations();
      o.problems.push(problem(topic, `Reading ${topic}`));
      const c = codesOf(diagnose(o));
      expect(c, topic).toContain(code);
      expect(c.filter((x) => x.endsWith('.unknown') && x !== 'syncapp.unknown'), topic).toEqual([code]);
    }
    // A dataset a list names is not where "no Sage at all" looks.
    const datasets = emptyObservations();
    datasets.problems.push(problem('datasets', 'Looking at a dataset'));
    expect(codesOf(diagnose(datasets))).toEqual(expect.arrayContaining(['sage.not-found', 'quickbooks.not-found']));
  });

  it('a stopped service is not reported while the service list did not answer in full', () => {
    const o = emptyObservations();
    o.sage.services.push({ name: 'SageAccountsDataService', state: 'stopped' });
    o.quickbooks.services.push({ name: 'QuickBooksDB34', state: 'stopped' });
    expect(codesOf(diagnose(o))).toEqual(expect.arrayContaining(['sage.service-stopped', 'quickbooks.db-service-stopped']));
    o.problems.push(problem('services', 'Listing services', 'timeout', 'no answer'));
    const c = codesOf(diagnose(o));
    expect(c).not.toContain('sage.service-stopped');
    expect(c).not.toContain('quickbooks.db-service-stopped');
    expect(c).toEqual(expect.arrayContaining(['sage.found', 'quickbooks.found', 'probe.timeout']));
  });
});

describe('look-ups that did not answer are findings of their own', () => {
  it('one timeout: named by its path, warn', () => {
    const o = emptyObservations();
    o.problems.push(problem('paths', 'Looking at S:\\', 'timeout', 'no answer', 'S:\\Accounts'));
    const f = only(diagnose(o), 'probe.timeout');
    expect(f.severity).toBe('warn');
    expect(f.title).toBe('Something did not answer in time');
    expect(f.detail).toBe('Sync Doctor waited, but these did not answer, so what they hold is unknown: S:\\Accounts.');
    expect(f.evidence).toEqual(['S:\\Accounts']);
    expect(codesOf(diagnose(o))).not.toContain('probe.failed');
  });

  it('several timeouts: counted, named by path or else by what, each once, at most five then a count', () => {
    const o = emptyObservations();
    for (const n of [1, 2, 3, 4, 5, 6, 7]) o.problems.push(problem('paths', `Looking ${n}`, 'timeout', 'no answer', `P:\\${n}`));
    o.problems.push(problem('paths', 'Looking again', 'timeout', 'no answer', 'P:\\1'), problem('processes', 'Listing processes', 'timeout', 'no answer'));
    const f = only(diagnose(o), 'probe.timeout');
    expect(f.title).toBe('9 things did not answer in time');
    expect(f.evidence).toEqual(['P:\\1', 'P:\\2', 'P:\\3', 'P:\\4', 'P:\\5', 'P:\\6', 'P:\\7', 'Listing processes']);
    expect(f.detail).toBe('Sync Doctor waited, but these did not answer, so what they hold is unknown: P:\\1; P:\\2; P:\\3; P:\\4; P:\\5; and 3 more.');
    const five = emptyObservations();
    for (const n of [1, 2, 3, 4, 5]) five.problems.push(problem('paths', `Looking ${n}`, 'timeout', 'no answer', `P:\\${n}`));
    expect(only(diagnose(five), 'probe.timeout').detail).toBe('Sync Doctor waited, but these did not answer, so what they hold is unknown: P:\\1; P:\\2; P:\\3; P:\\4; P:\\5.');
  });

  it('one failure: named with its error, warn, in the singular', () => {
    const o = emptyObservations();
    o.problems.push(problem('registry', 'Reading installed programs', 'error', 'reg ended with exit code 1'));
    const f = only(diagnose(o), 'probe.failed');
    expect(f.severity).toBe('warn');
    expect(f.title).toBe('Sync Doctor could not read one thing it checks');
    expect(f.detail).toBe('Windows gave an error or an answer that cannot be right, so what it would have shown is unknown, and no verdict in this report rests on it.');
    expect(f.evidence).toEqual(['Reading installed programs: reg ended with exit code 1']);
    expect(codesOf(diagnose(o))).not.toContain('probe.timeout');
  });

  it('several failures, denied, impossible answers: counted in the plural, each named once', () => {
    const o = emptyObservations();
    o.problems.push(
      problem('registry', 'Reading installed programs', 'error', 'exit 1'),
      problem('processes', 'Listing processes', 'wrong-kind', 'no processes at all'),
      problem('processes', 'Listing processes', 'wrong-kind', 'no processes at all'),
      problem('paths', 'Looking at D:\\', 'timeout', 'no answer'),
    );
    const report = diagnose(o);
    const f = only(report, 'probe.failed');
    expect(f.title).toBe('Sync Doctor could not read 2 things it checks');
    expect(f.detail).toBe('Windows gave an error or an answer that cannot be right, so what they would have shown is unknown, and no verdict in this report rests on them.');
    expect(f.evidence).toEqual(['Reading installed programs: exit 1', 'Listing processes: no processes at all']);
    expect(only(report, 'probe.timeout').evidence).toEqual(['Looking at D:\\']);
  });

  it('a refusal says "access denied" and who should run the check, in plain words first', () => {
    const o = emptyObservations();
    o.problems.push(problem('registry', 'Reading installed programs', 'denied', 'Access is denied'));
    const f = only(diagnose(o), 'probe.failed');
    expect(f.title).toBe('Access denied: Sync Doctor could not read everything it checks');
    expect(f.detail).toMatch(/^Access denied: run Sync Doctor as the Windows user who uses Sage or QuickBooks, or ask IT\. /);
  });

  it('with every look-up answered there is no probe finding', () => {
    expect(codesOf(diagnose(emptyObservations())).filter((c) => c.startsWith('probe.'))).toEqual([]);
  });

  it('a configured path this user may not read is path.denied, and "no Sage" cannot stand beside it (denied is never absent)', () => {
    const o = emptyObservations();
    o.configured.push(configured('C:\\Locked', { state: 'denied', message: 'access is denied' }, null));
    const c = codesOf(diagnose(o));
    expect(c).not.toContain('sage.not-found');
    expect(c).toContain('sage.unknown');
    expect(c).toContain('path.denied');
    expect(only(diagnose(o), 'sage.unknown').detail).toContain('Looking at C:\\Locked (access is denied)');
  });

  it('a configured Sage path that did not answer leaves "no QuickBooks" standing', () => {
    const o = emptyObservations();
    o.configured.push(configured('\\\\SRV\\Sage\\Company.000', { state: 'unreachable', message: 'the share is off' }));
    const c = codesOf(diagnose(o));
    expect(c).toContain('quickbooks.not-found');
    expect(c).toContain('sage.unknown');
  });
});
