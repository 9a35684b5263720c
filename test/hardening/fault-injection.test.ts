import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src-main/check/run-check.js';
import { DEFAULT_SYNC_APP_PATTERNS, type CheckInputs } from '../../src-main/check/check-inputs.js';
import { createSnapshotHost } from '../../src-main/host/snapshot/snapshot-host.js';
import { ABSENCE_CODES } from '../../src-shared/diagnose/evidence-rule.js';
import type { Finding, Report } from '../../src-shared/model/report-schema.js';
import { machine } from '../support/check-machine.js';
import { fixtureMachinesWithInputs } from '../collect/support.js';
import { faultyHost, HOST_METHODS, IMPOSSIBLE_ANSWER, type Fault, type HostMethod } from './support/faulty-host.js';

/**
 * Fault injection over the Host port: on every example machine, every Host method in turn times
 * out, throws, or gives an answer that cannot be right. Whatever breaks, no "not there / not
 * running" verdict may rest on the broken look-up, and the report must say what failed.
 */

/** A path no machine has, so every machine also has a `path.missing` verdict to keep honest. */
const NOWHERE = 'C:\\Nowhere\\Company.000';
/** Long enough that a snapshot (answering in microtasks) always answers first; a hang always loses. */
const DEADLINE_MS = 150;

/** What each "not there" code rests on, from its meaning in spec/report.md: the look-ups and the paths they ask about. */
const RESTS_ON: Record<string, { methods: readonly HostMethod[]; about?: RegExp }> = {
  'syncapp.not-running': { methods: ['processes', 'services'] },
  'syncapp.not-installed': { methods: ['processes', 'services', 'registry'] },
  'syncapp.elsewhere': { methods: ['processes', 'services'] },
  'sage.service-stopped': { methods: ['services'] },
  'quickbooks.db-service-stopped': { methods: ['services'] },
  'sage.not-found': { methods: ['processes', 'services', 'registry', 'environment', 'stat', 'list', 'readFile'], about: /\\sage\\accounts|nowhere/i },
  'quickbooks.not-found': { methods: ['processes', 'services', 'registry', 'environment', 'stat', 'list', 'readFile'], about: /\\intuit|\.qbw|\.nd$/i },
  'path.missing': { methods: ['stat'] },
  'path.not-dataset': { methods: ['stat', 'list'] },
};
/** How a report says it could not check what an absence code would have claimed. */
const COULD_NOT_CHECK: Record<string, readonly string[]> = {
  'syncapp.not-running': ['syncapp.unknown'],
  'syncapp.not-installed': ['syncapp.unknown'],
  'syncapp.elsewhere': ['syncapp.unknown'],
  'sage.not-found': ['sage.unknown'],
  'quickbooks.not-found': ['quickbooks.unknown'],
  'path.missing': ['path.unreachable'],
  'path.not-dataset': ['path.unreachable'],
  'sage.service-stopped': [],
  'quickbooks.db-service-stopped': [],
};
const isAbsence = (f: Finding) => f.code in RESTS_ON;
const key = (f: Finding) => `${f.code} ${f.configuredPath ?? ''}`;

function inputsOf(example: { autoentryPaths: string[]; syncAppLocation?: string }): CheckInputs {
  return {
    autoentryPaths: [...example.autoentryPaths, NOWHERE],
    syncAppPatterns: [...DEFAULT_SYNC_APP_PATTERNS],
    ...(example.syncAppLocation !== undefined && { syncAppLocation: example.syncAppLocation }),
  };
}

async function check(name: string, inputs: CheckInputs, method?: HostMethod, fault?: Fault): Promise<{ report: Report; faulted: string[] }> {
  const snapshot = createSnapshotHost(machine(name));
  if (method === undefined || fault === undefined) {
    const { host } = faultyHost(snapshot, 'processAlive', 'throw'); // the same live-adapter wrapper, nothing it breaks is asked
    return { report: await runCheck(host, inputs, { timeoutMs: DEADLINE_MS }), faulted: [] };
  }
  const { host, faulted } = faultyHost(snapshot, method, fault);
  return { report: await runCheck(host, inputs, { timeoutMs: DEADLINE_MS }), faulted };
}

const FAULTS: readonly Fault[] = ['timeout', 'throw', 'empty'];
const cases = HOST_METHODS.flatMap((method) => FAULTS.filter((fault) => fault !== 'empty' || method in IMPOSSIBLE_ANSWER).map((fault) => ({ method, fault })));

/** Each example machine as its expectation checks it, and again with AutoEntry's Sync App location on another computer. */
const examples = fixtureMachinesWithInputs().flatMap((m) => [
  { ...m, label: m.name },
  { ...m, syncAppLocation: 'ELSEWHERE-PC', label: `${m.name}, Sync App location ELSEWHERE-PC` },
]);

it('knows what every absence code of the rules rests on', () => {
  expect(Object.keys(RESTS_ON).sort()).toEqual([...ABSENCE_CODES].sort());
  expect(Object.keys(COULD_NOT_CHECK).sort()).toEqual([...ABSENCE_CODES].sort());
});

describe.each(examples)('fault injection on $label', (example) => {
  const inputs = inputsOf(example);
  const baseline = check(example.name, inputs);

  it('answers every look-up without a failure when nothing is broken', async () => {
    const { report } = await baseline;
    const codes = report.findings.map((f) => f.code);
    // Machines that hold denied, stalled or failed look-ups on purpose (denied folders at every level) fail those, and only those.
    const m = machine(example.name);
    const failsByDesign = (m.denied?.length ?? 0) > 0 || Object.keys(m.slow ?? {}).length > 0 || (m.lookupFailures?.length ?? 0) > 0;
    expect(codes.includes('probe.failed') || codes.includes('probe.timeout')).toBe(failsByDesign);
    expect(report.findings.some((f) => f.code === 'path.missing' && f.configuredPath === NOWHERE)).toBe(true);
  });

  it.concurrent.each(cases)('$method: $fault', async ({ method, fault }) => {
    const before = (await baseline).report;
    const { report, faulted } = await check(example.name, inputs, method, fault);

    if (faulted.length === 0) {
      // Never asked (the monitor's liveness check): nothing can rest on it.
      expect(report.findings.map(key)).toEqual(before.findings.map(key));
      return;
    }

    // 1. The failure is visible: every broken look-up is named in probe.timeout or probe.failed.
    const shownIn = report.findings.find((f) => f.code === (fault === 'timeout' ? 'probe.timeout' : 'probe.failed'));
    expect(shownIn, `no ${fault === 'timeout' ? 'probe.timeout' : 'probe.failed'} finding`).toBeDefined();
    for (const asked of new Set(faulted)) {
      expect(shownIn!.evidence?.some((e) => e.toLowerCase().includes(asked.toLowerCase())), `${asked} is not named in ${shownIn!.code}`).toBe(true);
    }

    // 2. No absence verdict rests on the broken look-up.
    for (const f of report.findings.filter(isAbsence)) {
      const rests = RESTS_ON[f.code]!;
      const broken = rests.methods.includes(method) && (rests.about === undefined || !['stat', 'list', 'readFile'].includes(method) || faulted.some((p) => rests.about!.test(p)));
      expect(broken, `${f.code} rests on the broken ${method}`).toBe(false);
    }

    // 3. A fault never invents an absence: every one left was there with all look-ups answering.
    const absentBefore = new Set(before.findings.filter(isAbsence).map(key));
    for (const f of report.findings.filter(isAbsence)) expect(absentBefore, `${key(f)} appeared only under the fault`).toContain(key(f));

    // 4. An absence the fault took away is replaced by "could not check", never by silence.
    const codesNow = report.findings.map(key);
    for (const f of before.findings.filter(isAbsence)) {
      if (codesNow.includes(key(f))) continue;
      const standIns = COULD_NOT_CHECK[f.code]!;
      if (standIns.length === 0) continue;
      expect(report.findings.some((g) => standIns.includes(g.code) && (f.configuredPath === undefined || g.configuredPath === f.configuredPath)), `${key(f)} vanished without a "could not check"`).toBe(true);
    }
  });
});
