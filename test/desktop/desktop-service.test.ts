import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src-shared/settings/settings-schema.js';
import { makeCollectedSupportBundle } from '../../src-main/app/collected-support-bundle.js';
import { createCheckEngine, NO_ARGS } from '../../src-main/app/host-check-engine.js';
import { monitorReportSource } from '../../src-main/app/monitor-report-source.js';
import { parseSnapshotText } from '../../src-main/host/snapshot/load-snapshot.js';
import { hostForSnapshot } from '../../src-main/host/snapshot/host-for-snapshot.js';
import { runCheck } from '../../src-main/check/run-check.js';
import { createPosixHost } from '../../src-main/host/posix/posix-host.js';
import { MACHINES_DIR } from '../support/check-machine.js';
import { PATIENT } from '../support/eventually.js';

const work = mkdtempSync(join(tmpdir(), 'sd-desktop-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const stale = fileURLToPath(new URL('sage-stale-after-upgrade.json', MACHINES_DIR));
const settings = { ...DEFAULT_SETTINGS, companies: [{ id: '1', name: 'Office', software: 'sage' as const, path: 'C:\\ProgramData\\Sage\\Accounts\\2024\\Company.000' }] };

describe('the desktop service', () => {
  it('saves a support bundle that is a collect snapshot, redacted on request, and diagnoses the same', async () => {
    const engine = await createCheckEngine({ ...NO_ARGS, machine: stale }, () => createPosixHost());
    const direct = await engine.check(settings);
    const bundle = await makeCollectedSupportBundle(engine, settings, true);
    expect(bundle.fileName).toMatch(/^sync-doctor-.+-\d{8}-\d{4}\.json$/);
    expect(bundle.content).not.toMatch(/OFFICE-PC1|jane/i);
    const loaded = parseSnapshotText(bundle.content);
    if (!loaded.ok) throw new Error(loaded.message);
    const again = await runCheck(hostForSnapshot(loaded.snapshot), { autoentryPaths: loaded.snapshot.checkInputs!.autoentryPaths, syncAppPatterns: ['AutoEntry'] }, { timeoutMs: 2000 });
    expect(again.findings.map((f) => f.code).sort()).toEqual(direct.findings.map((f) => f.code).sort());
    expect(again.status).toBe('error');
  });

  it('follows a snapshot through the monitor: removing the Sync App turns the report red without asking', async () => {
    const file = join(work, 'machine.json');
    copyFileSync(fileURLToPath(new URL('sage-healthy.json', MACHINES_DIR)), file);
    const engine = await createCheckEngine({ ...NO_ARGS, machine: file }, () => createPosixHost());
    const okSettings = { ...settings, companies: [{ ...settings.companies[0]!, path: 'C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000' }] };
    const source = monitorReportSource(engine, () => okSettings, { onError: () => undefined });
    const seen: string[] = [];
    source.subscribe((r) => seen.push(r.status));
    try {
      await vi.waitFor(() => expect(seen).toEqual(['ok']), PATIENT);
      const machine = JSON.parse(readFileSync(file, 'utf8'));
      machine.processes = machine.processes.filter((p: { name: string }) => !p.name.includes('AutoEntry'));
      writeFileSync(file, JSON.stringify(machine));
      await vi.waitFor(() => expect(seen).toEqual(['ok', 'error']), PATIENT);
      expect(source.current()?.findings.map((f) => f.code)).toContain('syncapp.not-running');
    } finally {
      await source.close();
    }
  });
});
