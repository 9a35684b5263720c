import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportSchema, type Report } from '../../src-shared/model/report-schema.js';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../src-shared/settings/settings-schema.js';
import type { CheckInputs } from '../../src-main/check/check-inputs.js';
import type { CheckContextDeps } from '../../src-main/check/check-context.js';
import type { CliIo } from '../../src-main/cli/cli-io.js';
import { watchCommand } from '../../src-main/cli/watch-command.js';
import { PATIENCE_MS } from '../support/eventually.js';
import { fakeHost, fakeRunCheck, fakeWatcher, type FakeWorld } from './monitor-fakes.js';

function fakeIo(controller: AbortController) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    isTTY: false,
    stderrIsTTY: false,
    env: {},
    stopSignal: controller.signal,
  };
  return { io, out, err };
}

const until = async (predicate: () => boolean, ms = PATIENCE_MS): Promise<void> => {
  const started = Date.now();
  while (!predicate()) {
    if (Date.now() - started > ms) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

function liveDeps(world: FakeWorld): CheckContextDeps {
  const control = { livenessCalls: 0 };
  return { createLiveHost: () => fakeHost(world, control), loadSettings: async () => DEFAULT_SETTINGS };
}

function fakeWatch(world: FakeWorld) {
  return watchCommand(liveDeps(world), {
    runCheck: fakeRunCheck(world, () => 5).run,
    processStarts: () => undefined,
    monitor: { pathWatcher: fakeWatcher().factory, intervals: { livenessMs: 20, fullCheckMs: 100 } },
  });
}

describe('sync-doctor watch', () => {
  it('--json prints the full report first, then one report per change, each with observedAt, and exits with the last status', async () => {
    const world: FakeWorld = { syncAppPid: 77, configuredPathExists: true, datasets: [] };
    const controller = new AbortController();
    const { io, out } = fakeIo(controller);
    const running = fakeWatch(world)(['--json', '--autoentry-path', '/data/Company.000', '--timeout', '1000'], io);
    await until(() => out.length === 1);
    world.syncAppPid = undefined;
    await until(() => out.length === 2);
    await new Promise((resolve) => setTimeout(resolve, 350));
    controller.abort();
    expect(await running).toBe(2);
    expect(out).toHaveLength(2);
    const lines = out.map((line) => {
      expect(line.endsWith('\n')).toBe(true);
      expect(line.trimEnd()).not.toContain('\n');
      return JSON.parse(line) as Record<string, unknown>;
    });
    for (const line of lines) {
      expect(line.type).toBe('report');
      expect(ReportSchema.safeParse(line).success).toBe(true);
      expect(Number.isNaN(Date.parse(String(line.observedAt)))).toBe(false);
    }
    expect(lines.map((l) => l.status)).toEqual(['ok', 'error']);
  });

  it('prints one human line per change', async () => {
    const world: FakeWorld = { syncAppPid: undefined, configuredPathExists: true, datasets: [] };
    const controller = new AbortController();
    const { io, out } = fakeIo(controller);
    const running = fakeWatch(world)([], io);
    await until(() => out.length === 1);
    world.syncAppPid = 12;
    await until(() => out.length === 2);
    controller.abort();
    expect(await running).toBe(0);
    expect(out[0]).toMatch(/^\d\d:\d\d:\d\d {2}ERROR {2}1 problem: syncapp\.not-running\n$/);
    expect(out[1]).toMatch(/^\d\d:\d\d:\d\d {2}OK {5}resolved: syncapp\.not-running\n$/);
  });

  it('rejects bad arguments with one clear message (exit 3 through the CLI)', async () => {
    const controller = new AbortController();
    const { io, out } = fakeIo(controller);
    await expect(fakeWatch({ syncAppPid: 1, configuredPathExists: true, datasets: [] })(['--timeout', 'soon'], io)).rejects.toThrow(/--timeout/);
    expect(out).toEqual([]);
  });

  it('with --machine, re-checks when the snapshot file is edited (the Sync App "stops")', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-watch-machine-'));
    const machine = join(dir, 'machine.json');
    copyFileSync(new URL('../fixtures/machines/sage-healthy.json', import.meta.url), machine);
    const controller = new AbortController();
    const { io, out } = fakeIo(controller);
    try {
      const running = watchCommand(
        { createLiveHost: () => { throw new Error('no live host in this test'); }, loadSettings: async () => DEFAULT_SETTINGS },
        { monitor: { intervals: { fullCheckMs: 60_000 } } },
      )(['--json', '--machine', machine, '--autoentry-path', 'C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000'], io);
      await until(() => out.length === 1);
      const first = JSON.parse(out[0]!) as { status: string; findings: Array<{ code: string }> };
      expect(first.findings.map((f) => f.code)).toContain('syncapp.running');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const snapshot = JSON.parse(readFileSync(machine, 'utf8')) as { processes: Array<{ name: string }> };
      snapshot.processes = snapshot.processes.filter((p) => !p.name.includes('AutoEntry'));
      writeFileSync(machine, JSON.stringify(snapshot));
      await until(() => out.length === 2);
      controller.abort();
      const second = JSON.parse(out[1]!) as { status: string; findings: Array<{ code: string }> };
      expect(second.status).toBe('error');
      expect(second.findings.map((f) => f.code)).not.toContain('syncapp.running');
      expect(await running).toBe(2);
    } finally {
      controller.abort();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('follows the settings file: a company added in the app is checked without restarting watch', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-watch-settings-'));
    const settingsFile = join(dir, 'config.json');
    const company = (n: number) => ({ id: `c${n}`, name: `Company ${n}`, software: 'sage', path: `/data/Company.00${n}` });
    writeFileSync(settingsFile, JSON.stringify({ companies: [company(0)] }));
    // A check that judges every configured path as missing: the findings follow the inputs.
    const pathsCheck = async (_host: unknown, inputs: CheckInputs): Promise<Report> => ({
      format: 'sync-doctor/report@1',
      status: 'error',
      generatedAt: new Date().toISOString(),
      machine: { computerName: 'this', userName: 'me' },
      findings: inputs.autoentryPaths.map((path) => ({ code: 'path.missing', severity: 'error', title: 'Missing', detail: '', configuredPath: path, guidance: [] })),
      inventory: {},
    });
    const controller = new AbortController();
    const { io, out } = fakeIo(controller);
    try {
      const world: FakeWorld = { syncAppPid: undefined, configuredPathExists: true, datasets: [] };
      const running = watchCommand(
        {
          createLiveHost: () => fakeHost(world, { livenessCalls: 0 }),
          loadSettings: async () => SettingsSchema.parse(JSON.parse(readFileSync(settingsFile, 'utf8'))),
        },
        { runCheck: pathsCheck, settingsFile, processStarts: () => undefined, monitor: { intervals: { fullCheckMs: 60_000, settleMs: 50 } } },
      )(['--json'], io);
      await until(() => out.length === 1);
      await new Promise((resolve) => setTimeout(resolve, 300));
      writeFileSync(settingsFile, JSON.stringify({ companies: [company(0), company(1)] }));
      await until(() => out.length === 2);
      controller.abort();
      await running;
      const paths = out.map((line) => (JSON.parse(line) as Report).findings.map((f) => f.configuredPath));
      expect(paths).toEqual([['/data/Company.000'], ['/data/Company.000', '/data/Company.001']]);
    } finally {
      controller.abort();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
