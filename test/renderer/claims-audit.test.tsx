// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src-renderer/app/App.js';
import { parseSnapshotText } from '../../src-main/host/snapshot/load-snapshot.js';
import { officeSourcesFromTexts } from '../../src-main/check/office-sources.js';
import { runOfficeCheck } from '../../src-main/check/run-office-check.js';
import type { MachineSnapshot } from '../../src-shared/model/machine-snapshot-schema.js';
import type { Finding, Report } from '../../src-shared/model/report-schema.js';
import { OFFICE_FINDING_CODES } from '../../src-shared/office/office-codes.js';
import type { OfficeReport } from '../../src-shared/office/office-report-schema.js';
import { formatOfficeSummaryLine, formatOfficeText } from '../../src-shared/report/office-text.js';
import { formatReportSummaryLine, formatReportText } from '../../src-shared/report/report-text.js';
import { statusOf } from '../../src-shared/model/severity.js';
import { DEFAULT_SETTINGS } from '../../src-shared/settings/settings-schema.js';
import { checkSnapshot } from '../support/check-machine.js';
import { audit, CARD_RULES, evidenceOf, OFFICE_RULES, STEP_RULES, type Breach } from '../audit/claims.js';
import { createFakeBridge } from './support/fake-bridge.js';
import { renderWithBridge } from './support/render-window.js';

/**
 * The claims audit (issue 19): for every example machine and office, as given and in variants
 * that reach the other states, every sentence that asserts a state — the banner, the summary
 * line, the text report, each card's headline in the window, the office verdict — is checked
 * against the findings behind it (test/audit/claims.ts).
 */

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const MACHINE_DIRS = [join(FIXTURES, 'machines'), '/work/shared/machines'];

interface Story {
  name: string;
  snapshot: MachineSnapshot;
  autoentryPaths: string[];
  syncAppLocation?: string;
  /** Replaces the report, as another branch's rule will write it (path.unverified). */
  rewrite?: (report: Report) => Report;
}

function readMachine(path: string, name: string): MachineSnapshot {
  const loaded = parseSnapshotText(readFileSync(path, 'utf8'), name);
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.snapshot;
}

/** Every example machine once (a name in two folders is read from the first), with the path its .expect.json gives. */
function exampleMachines(): Array<{ name: string; snapshot: MachineSnapshot; path?: string }> {
  const seen = new Map<string, { name: string; snapshot: MachineSnapshot; path?: string }>();
  for (const dir of MACHINE_DIRS) {
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.json') && !n.endsWith('.expect.json'));
    } catch {
      continue;
    }
    for (const file of names) {
      const name = file.replace(/\.json$/, '');
      if (seen.has(name)) continue;
      const snapshot = readMachine(join(dir, file), name);
      // The path the machine's story is checked with: its .expect.json's, else the one its bundle carries.
      let args: string[] = [];
      try {
        args = (JSON.parse(readFileSync(join(dir, `${name}.expect.json`), 'utf8')) as { args?: string[] }).args ?? [];
      } catch {
        args = [];
      }
      const at = args.indexOf('--autoentry-path');
      const path = at >= 0 ? args[at + 1] : snapshot.checkInputs?.autoentryPaths?.[0];
      seen.set(name, { name, snapshot, ...(path !== undefined && { path }) });
    }
  }
  return [...seen.values()];
}

const isSyncApp = (text: string | undefined) => /autoentry/i.test(text ?? '');

function withoutSyncAppRunning(s: MachineSnapshot): MachineSnapshot {
  const copy = structuredClone(s);
  copy.processes = copy.processes.filter((p) => !isSyncApp(p.name) && !isSyncApp(p.path));
  copy.services = copy.services.filter((v) => !isSyncApp(v.name) && !isSyncApp(v.displayName));
  return copy;
}

function withoutSyncApp(s: MachineSnapshot): MachineSnapshot {
  const copy = withoutSyncAppRunning(s);
  copy.registry = Object.fromEntries(Object.entries(copy.registry ?? {}).filter(([, v]) => !isSyncApp(String((v as Record<string, unknown>).DisplayName ?? ''))));
  return copy;
}

/** Sage's settings folders closed to this user (the denied-settings story). */
function withSageSettingsDenied(s: MachineSnapshot): MachineSnapshot {
  const copy = structuredClone(s);
  copy.denied = [...(copy.denied ?? []), 'C:\\ProgramData\\Sage\\Accounts'];
  return copy;
}

/** The whole-computer lists failed (a support bundle records them): "not running", "not found" must not follow. */
function withListsFailed(s: MachineSnapshot): MachineSnapshot {
  const copy = withoutSyncApp(s);
  copy.lookupFailures = (['processes', 'services', 'registry'] as const).map((topic) => ({ topic, what: `Listing ${topic}`, kind: 'error' as const, message: 'Access is denied' }));
  return copy;
}

/** The first path this machine's accounting software lists, spelled exactly as it lists it. */
function listedSpelling(s: MachineSnapshot): string | undefined {
  const company = Object.entries(s.files ?? {}).find(([p]) => /\\COMPANY$/i.test(p));
  const text = (company?.[1] as { text?: string } | undefined)?.text;
  return text?.split(/\r?\n/).find((l) => l.trim() !== '')?.trim();
}

/** Issue 18's report for denied Sage settings: a failed look-up naming the folder, and the path not compared. */
function asSettingsDenied(report: Report): Report {
  const failed: Finding = { code: 'probe.failed', severity: 'warn', title: 'Access denied: Sync Doctor could not read everything it checks', detail: 'Access denied.', evidence: ['Listing C:\\ProgramData\\Sage\\Accounts: Access is denied'], guidance: [] };
  const unverified = asUnverified(report);
  const findings = [...unverified.findings.filter((f) => f.code !== 'probe.failed'), failed];
  return { ...unverified, findings, status: statusOf(findings.map((f) => f.severity)) };
}

/** What truth-core's rule writes for a path whose comparison rested on a list that could not be read. */
function asUnverified(report: Report): Report {
  const findings: Finding[] = report.findings.map((f) =>
    f.code === 'path.match'
      ? { ...f, code: 'path.unverified', severity: 'warn', title: 'Could not compare the AutoEntry path with the data in use', detail: `${f.configuredPath} answered, but Sage's list of companies could not be read (access denied).`, guidance: [{ text: 'Access denied: run Sync Doctor as the Windows user who uses Sage, or ask IT.' }], equivalence: undefined, inUsePath: undefined } as Finding
      : f,
  );
  return { ...report, findings, status: statusOf(findings.map((f) => f.severity)) };
}

function stories(): Story[] {
  return exampleMachines().flatMap(({ name, snapshot, path: given }) => {
    const listed = listedSpelling(snapshot);
    const path = given ?? listed;
    if (path === undefined) return [{ name: `${name}, no AutoEntry path`, snapshot, autoentryPaths: [] }];
    return [
      { name: `${name}`, snapshot, autoentryPaths: [path] },
      { name: `${name}, no AutoEntry path`, snapshot, autoentryPaths: [] },
      { name: `${name}, Sync App installed but not running`, snapshot: withoutSyncAppRunning(snapshot), autoentryPaths: [path] },
      { name: `${name}, Sync App not installed`, snapshot: withoutSyncApp(snapshot), autoentryPaths: [path] },
      { name: `${name}, Sync App expected on SYNC-PC`, snapshot: withoutSyncApp(snapshot), autoentryPaths: [path], syncAppLocation: 'SYNC-PC' },
      { name: `${name}, Sync App here but expected on SYNC-PC`, snapshot, autoentryPaths: [path], syncAppLocation: 'SYNC-PC' },
      { name: `${name}, process, service and program lists failed`, snapshot: withListsFailed(snapshot), autoentryPaths: [path] },
      { name: `${name}, Sage settings denied`, snapshot: withSageSettingsDenied(snapshot), autoentryPaths: [path] },
      { name: `${name}, Sage settings denied, as issue 18 reports it`, snapshot: withSageSettingsDenied(snapshot), autoentryPaths: [path], rewrite: asSettingsDenied },
      { name: `${name}, path unverified`, snapshot, autoentryPaths: [path], rewrite: asUnverified },
      ...(listed ? [{ name: `${name}, AutoEntry spelled exactly as Sage lists it`, snapshot, autoentryPaths: [listed] }] : []),
    ];
  });
}

/** The window's sentences that assert a state: banner, card headlines and badges, finding and path headings. */
function windowSentences(): { all: string[]; byCard: Record<string, string[]> } {
  const select = '.status-banner h2, .status-banner p, .badge, section.card > p:not(.hint), section.card li, section.card h3, article h3';
  const all = [...document.querySelectorAll(select)].map((e) => e.textContent ?? '');
  const byCard: Record<string, string[]> = {};
  for (const card of document.querySelectorAll('section.card')) {
    const heading = card.querySelector('h3')?.textContent ?? '';
    byCard[heading] = [...card.querySelectorAll(':scope > p:not(.hint)')].map((e) => e.textContent ?? '');
  }
  return { all, byCard };
}

async function windowBreaches(report: Report, where: string): Promise<Breach[]> {
  const evidence = evidenceOf(report);
  const breaches: Breach[] = [];
  for (const hash of ['', '#findings', '#paths']) {
    window.location.hash = hash;
    const view = renderWithBridge(<App />, createFakeBridge(report));
    await screen.findAllByRole('heading', { level: 2 });
    const { all, byCard } = windowSentences();
    breaches.push(...audit(`${where} window ${hash || '#overview'}`, all, evidence));
    // Each step with its button (the banner's first step, every finding's steps).
    const steps = [...document.querySelectorAll('ol.steps > li, .first-step')].map((e) => e.textContent ?? '');
    breaches.push(...audit(`${where} steps ${hash || '#overview'}`, steps, evidence, STEP_RULES));
    for (const [card, rule] of Object.entries(CARD_RULES)) breaches.push(...audit(`${where} ${card} card`, byCard[card] ?? [], evidence, [rule]));
    // Denied Sage settings are said on the Sage card, never a blank card.
    if (hash === '' && sageSettingsDenied(report)) {
      const sage = (byCard['Sage 50 Accounts'] ?? []).join(' ');
      if (!/access denied: run Sync Doctor as the Windows user who uses Sage, or ask IT/i.test(sage)) breaches.push({ where: `${where} Sage card`, sentence: sage, rule: 'denied Sage settings are said on the Sage card' });
    }
    view.unmount();
  }
  return breaches;
}

function sageSettingsDenied(report: Report): boolean {
  return report.findings.some((f) => f.code === 'probe.failed' && (f.evidence ?? []).some((e) => /\\Sage\\/i.test(e) && /denied/i.test(e)));
}

function textBreaches(report: Report, where: string): Breach[] {
  const evidence = evidenceOf(report);
  const text = formatReportText(report).trimEnd().split('\n');
  // Headings (a mark first) and the closing summary assert states; the indented detail explains them.
  const claims = text.filter((l) => /^\[/.test(l));
  return [...audit(`${where} text`, claims, evidence), ...audit(`${where} --summary`, [formatReportSummaryLine(report)], evidence)];
}

describe('claims audit: every sentence that asserts a state has its finding', () => {
  const all = stories();

  it('covers every example machine in every state variant', () => {
    expect(all.length).toBeGreaterThanOrEqual(8 * 4);
  });

  for (const story of all) {
    it(story.name, async () => {
      const checked = await checkSnapshot(story.snapshot, { autoentryPaths: story.autoentryPaths, ...(story.syncAppLocation && { syncAppLocation: story.syncAppLocation }) });
      const report = story.rewrite ? story.rewrite(checked) : checked;
      const breaches = [...textBreaches(report, story.name), ...(await windowBreaches(report, story.name))];
      expect(breaches).toEqual([]);
    });
  }
});

describe('claims audit: the first step from everything known', () => {
  const mapped = exampleMachines().find((m) => m.name === 'sage-network-mapped-drive')!;

  it('AutoEntry on an old NAS that does not answer while Sage works in S:\\Sage\\Company.000: lead with that dataset, the old server second', async () => {
    const snapshot = structuredClone(mapped.snapshot);
    snapshot.shares = { ...(snapshot.shares ?? {}), '\\\\OLDNAS\\sage': { reachable: false } };
    const report = await checkSnapshot(snapshot, { autoentryPaths: ['\\\\OLDNAS\\sage\\Company.000'] });
    const unreachable = report.findings.find((f) => f.code === 'path.unreachable')!;
    expect(unreachable.suggestedPath).toBe('S:\\Sage\\Company.000');
    renderWithBridge(<App />, createFakeBridge(report));
    await screen.findAllByRole('heading', { level: 2 });
    const banner = document.querySelector('.status-banner')!;
    // The company's path is named, the first step is the data in use with Copy path, then where to paste it.
    expect(banner.querySelector('.status-path')).toHaveTextContent('AutoEntry is set to \\\\OLDNAS\\sage\\Company.000');
    const first = banner.querySelector('.first-step')!;
    expect(first.querySelector('p')).toHaveTextContent(/^First step: Sage 2025 works in S:\\Sage\\Company\.000/);
    expect(first.querySelector('button.primary')).toHaveTextContent('Copy path');
    expect(first).toHaveTextContent(/Then: Open the AutoEntry Desktop Sync App, disconnect this company and connect it again choosing S:\\Sage\\Company\.000/);
    expect(first).not.toHaveTextContent(/switched on|server/);
    // One accent button in the view.
    expect(document.querySelectorAll('button.primary')).toHaveLength(1);
  });

  it('names the company the user gave that path in Settings, in the problem and in the step', async () => {
    const snapshot = structuredClone(mapped.snapshot);
    snapshot.shares = { ...(snapshot.shares ?? {}), '\\\\OLDNAS\\sage': { reachable: false } };
    const report = await checkSnapshot(snapshot, { autoentryPaths: ['\\\\OLDNAS\\sage\\Company.000'] });
    const settings = { ...DEFAULT_SETTINGS, companies: [{ id: 'c1', name: 'Harbour Cafe Ltd', software: 'sage' as const, path: '\\\\oldnas\\sage\\Company.000\\' }] };
    renderWithBridge(<App />, createFakeBridge(report, { 'settings-get': () => ({ settings }) }));
    const banner = (await screen.findByRole('heading', { name: /overall status/i })).closest('section')!;
    await within(banner).findByText(/^Harbour Cafe Ltd: /);
    expect(banner.querySelector('.first-step')).toHaveTextContent(/disconnect the company “Harbour Cafe Ltd” and connect it again choosing S:\\Sage\\Company\.000/);
  });
});

const OFFICES = join(FIXTURES, 'offices');
/** Office-ui's side of issue 19 (office.autoentry-path-unknown); until it is in, an office with no path is judged as before. */
const OFFICE_KNOWS_PATH_UNKNOWN = (OFFICE_FINDING_CODES as readonly string[]).includes('office.autoentry-path-unknown');

function officeFiles(dir: string, dropInputs: boolean): Array<{ name: string; text: string }> {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .map((n) => {
      const text = readFileSync(join(dir, n), 'utf8');
      if (!dropInputs) return { name: n, text };
      try {
        const json = JSON.parse(text) as Record<string, unknown>;
        delete json.checkInputs;
        return { name: n, text: JSON.stringify(json) };
      } catch {
        return { name: n, text };
      }
    });
}

function officeBreaches(report: OfficeReport, where: string): Breach[] {
  const pathKnown = report.machines.some((m) => m.report.findings.some((f) => f.code.startsWith('path.') && f.code !== 'path.not-configured'));
  const evidence = { codes: new Set<string>(report.findings.map((f) => f.code)), status: report.status, everyPathMatches: false, autoEntryPathKnown: pathKnown };
  const lines = formatOfficeText(report).trimEnd().split('\n').filter((l) => /^\[/.test(l));
  const breaches = [
    ...audit(`${where} office text`, lines, evidence, OFFICE_RULES),
    ...audit(`${where} office --summary`, [formatOfficeSummaryLine(report)], evidence, OFFICE_RULES),
    ...audit(`${where} office findings`, report.findings.map((f) => `${f.title}. ${f.detail}`), evidence, OFFICE_RULES),
  ];
  // Each PC's own report inside the office: its summary line and headings.
  for (const m of report.machines) breaches.push(...textBreaches(m.report, `${where} ${m.computerName}`));
  return breaches;
}

describe('claims audit: the office verdict', () => {
  for (const office of readdirSync(OFFICES).filter((n) => !n.includes('.'))) {
    it(`${office}, with the paths its bundles carry`, async () => {
      const report = await runOfficeCheck(officeSourcesFromTexts(officeFiles(join(OFFICES, office), false)), { autoentryPaths: [] });
      expect(officeBreaches(report, office)).toEqual([]);
    });

    it.runIf(OFFICE_KNOWS_PATH_UNKNOWN)(`${office}, with no AutoEntry path anywhere: never "agrees"`, async () => {
      const report = await runOfficeCheck(officeSourcesFromTexts(officeFiles(join(OFFICES, office), true)), { autoentryPaths: [] });
      expect(officeBreaches(report, `${office} (no path)`)).toEqual([]);
    });
  }
});
