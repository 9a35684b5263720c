import { describe, expect, it } from 'vitest';
import type { MachineSnapshot } from '../../src-shared/model/machine-snapshot-schema.js';
import { formatReportText } from '../../src-shared/report/report-text.js';
import { checkSnapshot, codes, findingOf, machine } from '../support/check-machine.js';

/**
 * Denied is never absent (spec/report.md): a settings folder, recently-opened list or registry
 * tree this user may not read is a failed look-up (`probe.failed`), never "nothing there"; a path
 * verdict that rested on it is `path.unverified`; a verdict seen through other evidence stands.
 * Each story runs the real check over a snapshot: snapshot host → probes → diagnose.
 */
const PD = 'C:\\ProgramData\\Sage\\Accounts';
const QB_FILE = 'C:\\Users\\Public\\Documents\\Intuit\\QuickBooks\\Company Files\\Harbour Cafe.QBW';
const INTUIT = 'C:\\Users\\sam\\AppData\\Local\\Intuit';

/** sage-healthy without the program traces of Sage: only its settings folders can show it. */
function sageOnlyInSettings(): MachineSnapshot {
  const m = machine('sage-healthy');
  m.processes = m.processes.filter((p) => p.name !== 'sage.exe');
  m.registry = Object.fromEntries(Object.entries(m.registry).filter(([k]) => !k.includes('Sage')));
  return m;
}

function failedEvidence(report: Awaited<ReturnType<typeof checkSnapshot>>): string {
  return (findingOf(report, 'probe.failed').evidence ?? []).join('\n');
}

describe('Sage settings denied at every level', () => {
  for (const denied of ['C:\\ProgramData\\Sage', PD]) {
    it(`${denied} locked to administrators: no "no Sage 50", the failed look-up is named, and the status is not ok`, async () => {
      const m = sageOnlyInSettings();
      m.denied = [denied];
      const report = await checkSnapshot(m);
      expect(codes(report)).not.toContain('sage.not-found');
      expect(codes(report)).toContain('sage.unknown');
      expect(failedEvidence(report)).toContain(`Listing ${PD}`);
      expect(report.status).not.toBe('ok');
    });
  }

  it('the same machine with the folder readable says Sage is there (the denial is what hid it)', async () => {
    expect(codes(await checkSnapshot(sageOnlyInSettings()))).toContain('sage.found');
  });

  it('a dataset under a denied settings folder: path.unverified is not given, path.denied is — and no "no Sage 50" beside it', async () => {
    const m = sageOnlyInSettings();
    m.denied = [PD];
    const report = await checkSnapshot(m, { autoentryPaths: [`${PD}\\2025\\Company.000`] });
    expect(codes(report)).toContain('path.denied');
    expect(codes(report)).not.toContain('sage.not-found');
  });

  it('the settings folder denied and the profile stalled: no "no Sage 50" next to path.denied', async () => {
    const m = sageOnlyInSettings();
    m.denied = [PD];
    m.slow = { 'C:\\Users\\jane': 60_000 };
    const report = await checkSnapshot(m, { autoentryPaths: [`${PD}\\2025\\Company.000`] }, 300);
    expect(codes(report)).toEqual(expect.arrayContaining(['path.denied', 'probe.timeout', 'probe.failed', 'sage.unknown']));
    expect(codes(report)).not.toContain('sage.not-found');
  });

  it('a dataset on a server while the local settings folder is denied: the path answered, Sage\'s list could not be read → path.unverified naming the folder', async () => {
    const m = sageOnlyInSettings();
    m.denied = ['C:\\ProgramData\\Sage'];
    m.files['\\\\FILESRV\\Accounts\\Company.000\\ACCDATA\\SETUP.DTA'] = { size: 1 };
    const report = await checkSnapshot(m, { autoentryPaths: ['\\\\FILESRV\\Accounts\\Company.000'] });
    const f = findingOf(report, 'path.unverified');
    expect(f.severity).toBe('warn');
    expect(f.configuredPath).toBe('\\\\FILESRV\\Accounts\\Company.000');
    expect(f.software).toBe('sage');
    expect(f.evidence?.join('\n')).toContain(`Sage's settings folder ${PD}`);
    expect(f.detail).toContain(PD);
    expect(f.guidance[0]!.text).toMatch(/^Access denied: run Sync Doctor as the Windows user who uses Sage/);
    expect(codes(report)).not.toContain('path.match');
    // The text report shows it as a warning with what could not be read, never as a match.
    const text = formatReportText(report, { glyphs: 'ascii', colour: false });
    expect(text).toContain(`[!] ${f.title}`);
    expect(text).toContain(`- Sage's settings folder ${PD}: Access to ${PD} is denied`);
    expect(text).not.toContain('Same place, because');
  });

  it('with the folder readable the same server dataset is a match (no settings to contradict it)', async () => {
    const m = sageOnlyInSettings();
    for (const k of Object.keys(m.files)) if (k.includes('\\Sage\\')) delete m.files[k];
    m.files['\\\\FILESRV\\Accounts\\Company.000\\ACCDATA\\SETUP.DTA'] = { size: 1 };
    expect(codes(await checkSnapshot(m, { autoentryPaths: ['\\\\FILESRV\\Accounts\\Company.000'] }))).toContain('path.match');
  });

  describe('a newer version whose settings are denied may be the one in use', () => {
    for (const denied of [`${PD}\\2025`, `${PD}\\2025\\COMPANY`]) {
      it(`${denied} denied: the 2024 dataset is not a match against the 2024 list → path.unverified`, async () => {
        const m = machine('sage-stale-after-upgrade');
        m.denied = [denied];
        const report = await checkSnapshot(m, { autoentryPaths: [`${PD}\\2024\\Company.000`] });
        expect(codes(report)).not.toContain('path.match');
        const f = findingOf(report, 'path.unverified');
        expect(f.evidence?.join('\n')).toContain(`Sage 2025's list of companies (${PD}\\2025\\COMPANY)`);
        expect(codes(report)).not.toContain('sage.company-list-unreadable');
        expect(findingOf(report, 'sage.found').title).toBe('Sage 50 Accounts found');
        expect(report.status).toBe('warn');
      });
    }

    it('an older version denied does not undermine a match with the version in use', async () => {
      const m = machine('sage-stale-after-upgrade');
      m.denied = [`${PD}\\2024`];
      const report = await checkSnapshot(m, { autoentryPaths: [`${PD}\\2025\\Company.000`] });
      expect(codes(report)).toContain('path.match');
      expect(codes(report)).toContain('probe.failed');
    });

    it('a stale version seen through other evidence (its own folder) is still reported', async () => {
      const m = machine('sage-stale-after-upgrade');
      m.files[`${PD}\\2026\\COMPANY`] = { text: `${PD}\\2026\\Company.000\r\n` };
      m.denied = [`${PD}\\2026`];
      const report = await checkSnapshot(m, { autoentryPaths: [`${PD}\\2024\\Company.000`] });
      expect(codes(report)).toContain('path.stale-version');
    });

    it('a path missing while the newer list is denied is still missing, with a word about the list', async () => {
      const m = machine('sage-stale-after-upgrade');
      m.denied = [`${PD}\\2025`];
      const f = findingOf(await checkSnapshot(m, { autoentryPaths: ['C:\\Gone\\Company.000'] }), 'path.missing');
      expect(f.detail).toContain(`Could not read Sage 2025's list of companies`);
      expect(f.evidence?.join('\n')).toContain(`${PD}\\2025\\COMPANY`);
    });
  });
});

describe("QuickBooks' recently-opened lists denied", () => {
  for (const denied of [INTUIT, `${INTUIT}\\QuickBooks 2024`, `${INTUIT}\\QuickBooks 2024\\QBWUSER.INI`]) {
    it(`${denied} denied: a missing company file is path.missing with a word about the lists`, async () => {
      const m = machine('quickbooks-sync-app-stopped');
      m.denied = [denied];
      const report = await checkSnapshot(m, { autoentryPaths: ['C:\\Users\\sam\\Documents\\Harbour Cafe.QBW'] });
      const f = findingOf(report, 'path.missing');
      expect(f.detail).toMatch(/Could not read QuickBooks' recently-opened list C:\\Users\\sam\\AppData\\Local\\Intuit/);
      expect(f.evidence?.length).toBeGreaterThan(0);
      expect(failedEvidence(report)).toContain(INTUIT);
    });

    it(`${denied} denied: an existing company file is path.unverified, not a match`, async () => {
      const m = machine('quickbooks-sync-app-stopped');
      m.denied = [denied];
      const report = await checkSnapshot(m, { autoentryPaths: [QB_FILE] });
      expect(codes(report)).not.toContain('path.match');
      const f = findingOf(report, 'path.unverified');
      expect(f.software).toBe('quickbooks');
      expect(f.detail).toContain("QuickBooks' recently-opened lists could not be read");
    });
  }

  it('a readable list keeps the match (the denial was what made it unverified)', async () => {
    expect(codes(await checkSnapshot(machine('quickbooks-sync-app-stopped'), { autoentryPaths: [QB_FILE] }))).toContain('path.match');
  });

  it('the shared company files folder denied: no "no QuickBooks" on a PC whose only trace is there', async () => {
    const m = machine('quickbooks-sync-app-stopped');
    m.processes = m.processes.filter((p) => p.name !== 'QBW.exe');
    m.services = m.services.filter((s) => !s.name.startsWith('QuickBooks'));
    m.registry = Object.fromEntries(Object.entries(m.registry).filter(([k]) => !/Intuit|QB34/.test(k)));
    delete m.files[`${INTUIT}\\QuickBooks 2024\\QBWUSER.INI`];
    m.denied = ['C:\\Users\\Public\\Documents\\Intuit'];
    const report = await checkSnapshot(m);
    expect(codes(report)).not.toContain('quickbooks.not-found');
    expect(codes(report)).toContain('quickbooks.unknown');
    expect(failedEvidence(report)).toContain('Company Files');
  });

  it('a profile on a share that cannot be reached is not "no QuickBooks" either', async () => {
    const m = machine('quickbooks-sync-app-stopped');
    m.processes = m.processes.filter((p) => p.name !== 'QBW.exe');
    m.services = m.services.filter((s) => !s.name.startsWith('QuickBooks'));
    m.registry = Object.fromEntries(Object.entries(m.registry).filter(([k]) => !/Intuit|QB34/.test(k)));
    for (const k of Object.keys(m.files)) if (/Intuit/.test(k)) delete m.files[k];
    m.env.LOCALAPPDATA = '\\\\PROFILES\\sam\\AppData\\Local';
    m.shares = { '\\\\PROFILES\\sam': { reachable: false } };
    const report = await checkSnapshot(m);
    expect(codes(report)).not.toContain('quickbooks.not-found');
    expect(codes(report)).toContain('quickbooks.unknown');
    expect(failedEvidence(report)).toContain('\\\\PROFILES\\sam\\AppData\\Local\\Intuit');
  });

  it('a denied .ND sidecar is a failed look-up, not "no host named"', async () => {
    const m = machine('quickbooks-sync-app-stopped');
    m.files[`${QB_FILE}.ND`] = { text: '[NetConnect]\r\nServerIp=192.168.1.20\r\nEngineName=QB_FILESRV_34\r\nServerMode=1\r\n' };
    m.denied = [`${QB_FILE}.ND`];
    const report = await checkSnapshot(m, { autoentryPaths: [QB_FILE] });
    expect(failedEvidence(report)).toContain(`${QB_FILE}.ND`);
    expect(codes(report)).toContain('path.match');
  });
});

describe('a mismatch seen through other evidence stands while another list is denied', () => {
  it('QuickBooks opened the file elsewhere (a readable list) while a second list is denied: path.mismatch', async () => {
    const m = machine('quickbooks-sync-app-stopped');
    m.files[`${INTUIT}\\QuickBooks 2023\\QBWUSER.INI`] = { text: '[MRUFILES]\r\nFILE1=C:\\Old\\Harbour Cafe.QBW\r\n' };
    m.denied = [`${INTUIT}\\QuickBooks 2023`];
    m.files['C:\\Copy\\Harbour Cafe.QBW'] = { size: 10 };
    const report = await checkSnapshot(m, { autoentryPaths: ['C:\\Copy\\Harbour Cafe.QBW'] });
    expect(findingOf(report, 'path.mismatch').suggestedPath).toBe(QB_FILE);
  });
});
