import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src-shared/diagnose/diagnose.js';
import { REPORT_FORMAT, ReportSchema } from '../../src-shared/model/report-schema.js';
import type { Observations } from '../../src-shared/model/observations.js';
import { companyFile, configured, dataset, DIR, emptyObservations, FILE, HERE, MISSING, PD, problem, recent, sageVersion, USER } from '../support/observations-builder.js';

/**
 * The finding codes and severities of spec/report.md (a contract other programs rely on),
 * copied here as the spec states them: every report diagnose makes must agree with it.
 */
const SPEC_SEVERITY: Record<string, 'ok' | 'info' | 'warn' | 'error'> = {
  'syncapp.running': 'ok',
  'syncapp.other-session': 'info',
  'syncapp.not-running': 'error',
  'syncapp.not-installed': 'error',
  'syncapp.elsewhere': 'info',
  'syncapp.location-mismatch': 'warn',
  'sage.found': 'info',
  'sage.not-found': 'info',
  'sage.company-list-unreadable': 'warn',
  'sage.service-stopped': 'warn',
  'quickbooks.found': 'info',
  'quickbooks.not-found': 'info',
  'quickbooks.db-service-stopped': 'warn',
  'quickbooks.hosted-elsewhere': 'info',
  'path.not-configured': 'warn',
  'path.match': 'ok',
  'path.mismatch': 'error',
  'path.stale-version': 'error',
  'path.missing': 'error',
  'path.not-dataset': 'error',
  'path.unreachable': 'error',
  'path.denied': 'error',
  'probe.timeout': 'warn',
  // The spec names probe.failed (warn) as the product code for a failed look-up.
  'probe.failed': 'warn',
};

const S25 = `${PD}\\2025\\Company.000`;
const S24 = `${PD}\\2024\\Company.000`;
const QBW = 'C:\\Users\\Public\\Documents\\Intuit\\QuickBooks\\Company Files\\Harbour Cafe.QBW';

/** Machines that between them give every code of the spec. */
function scenarios(): Array<[string, Observations, { syncAppLocation?: string }]> {
  const out: Array<[string, Observations, { syncAppLocation?: string }]> = [];
  const add = (name: string, edit: (o: Observations) => void, inputs: { syncAppLocation?: string } = {}) => {
    const o = emptyObservations();
    edit(o);
    out.push([name, o, inputs]);
  };
  add('nothing at all', () => {});
  add('running, Sage in use, path matches', (o) => {
    o.syncApp.processes.push({ pid: 10, name: 'AutoEntry.SyncApp.exe', thisSession: true });
    o.sage.versions.push(sageVersion('2025', 31, [dataset(S25)]));
    o.configured.push(configured(S25, DIR, true));
  });
  add('other session, stale path, stopped services', (o) => {
    o.syncApp.processes.push({ pid: 11, name: 'AutoEntry.SyncApp.exe', thisSession: false, user: 'bob', sessionId: 2 });
    o.sage.versions.push(sageVersion('2025', 31, [dataset(S25)], '2025-04-02T08:00:00Z'), sageVersion('2024', 30, [dataset(S24)]));
    o.sage.services.push({ name: 'SageAccountsDataService', state: 'stopped' });
    o.quickbooks.services.push({ name: 'QuickBooksDB34', state: 'stopped' });
    o.configured.push(configured(S24, DIR, true));
  });
  add('installed, not running; garbled list; missing path', (o) => {
    o.syncApp.installs.push({ displayName: 'AutoEntry Sync App', registryKey: 'HKLM\\X' });
    o.sage.versions.push({ ...sageVersion('2025', 31, []), list: { readable: false, problem: 'it is not text' } });
    o.configured.push(configured('C:\\Gone\\Company.000', MISSING));
  });
  add('elsewhere; mismatch; not a dataset; unreachable; denied', (o) => {
    o.sage.versions.push(sageVersion('2025', 31, [dataset(S25)]));
    o.configured.push(configured('D:\\Other\\Company.000', DIR, true));
    o.configured.push(configured('C:\\Temp', DIR, false));
    o.configured.push(configured('\\\\SRV\\Share\\Company.000', { state: 'unreachable', message: 'the network path was not found' }));
    o.configured.push(configured('C:\\Locked', { state: 'denied', message: 'access denied' }));
  }, { syncAppLocation: 'SERVER2' });
  add('runs here and expected elsewhere; QuickBooks hosted elsewhere; look-ups fail', (o) => {
    o.syncApp.services.push({ name: 'AutoEntrySync', state: 'running' });
    o.quickbooks.recent.push(recent(QBW, 0));
    o.quickbooks.companyFiles.push(companyFile(QBW, FILE, { file: `${QBW}.ND`, hostName: 'QBSERVER', serverMode: 1, hostedHere: false }));
    o.problems.push(problem('paths', 'Looking at D:\\', 'timeout', 'no answer', 'D:\\'), problem('registry', 'Reading the registry'));
  }, { syncAppLocation: 'SERVER2' });
  return out;
}

describe('the finding codes and severities of spec/report.md', () => {
  it('every finding carries the severity the spec fixes for its code', () => {
    const seen = new Set<string>();
    for (const [name, obs, inputs] of scenarios()) {
      const report = diagnose(obs, inputs);
      for (const f of report.findings) {
        seen.add(f.code);
        if (f.code in SPEC_SEVERITY) expect(f.severity, `${name}: ${f.code}`).toBe(SPEC_SEVERITY[f.code]);
      }
    }
    // The scenarios reach every code of the spec, so none is left unchecked.
    expect([...seen].filter((c) => c in SPEC_SEVERITY).sort()).toEqual(Object.keys(SPEC_SEVERITY).sort());
  });

  it('the status is the worst severity, with info and ok both giving ok', () => {
    for (const [name, obs, inputs] of scenarios()) {
      const report = diagnose(obs, inputs);
      const sev = report.findings.map((f) => f.severity);
      const expected = sev.includes('error') ? 'error' : sev.includes('warn') ? 'warn' : 'ok';
      expect(report.status, name).toBe(expected);
    }
  });

  it('every report is valid sync-doctor/report@1 JSON naming the machine and the time it was observed', () => {
    for (const [name, obs, inputs] of scenarios()) {
      const report = diagnose(obs, inputs);
      expect(ReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success, name).toBe(true);
      expect(report.format).toBe(REPORT_FORMAT);
      expect(report.format).toBe('sync-doctor/report@1');
      expect(report.generatedAt).toBe('2026-11-20T09:30:00Z');
      expect(report.machine).toEqual({ computerName: HERE, userName: USER });
    }
    expect(diagnose(emptyObservations(), {}, '2026-12-01T00:00:00Z').generatedAt).toBe('2026-12-01T00:00:00Z');
  });

  it('every finding has a title and a detail in words, and guidance steps', () => {
    for (const [name, obs, inputs] of scenarios()) {
      for (const f of diagnose(obs, inputs).findings) {
        expect(f.title.trim().length, `${name}: ${f.code} title`).toBeGreaterThan(10);
        expect(f.detail.trim().length, `${name}: ${f.code} detail`).toBeGreaterThan(20);
        expect(Array.isArray(f.guidance), `${name}: ${f.code}`).toBe(true);
      }
    }
  });

  it('there is one path.* finding per configured path, carrying that path', () => {
    for (const [name, obs, inputs] of scenarios()) {
      const report = diagnose(obs, inputs);
      const pathFindings = report.findings.filter((f) => f.code.startsWith('path.') && f.code !== 'path.not-configured');
      expect(pathFindings.map((f) => f.configuredPath), name).toEqual(obs.configured.map((c) => c.input));
      expect(report.findings.some((f) => f.code === 'path.not-configured'), name).toBe(obs.configured.length === 0);
    }
  });

  it('the same observations always give the same report', () => {
    for (const [, obs, inputs] of scenarios()) expect(diagnose(obs, inputs)).toEqual(diagnose(structuredClone(obs), inputs));
  });
});
