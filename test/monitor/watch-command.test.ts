import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src-shared/model/report-schema.js';
import type { CliIo } from '../../src-main/cli/cli-io.js';
import { createWatchCommand, parseWatchArgs, type WatchArgs } from '../../src-main/cli/watch-command.js';
import { fakeHost, fakeRunCheck, fakeWatcher, INPUTS, type FakeWorld } from './monitor-fakes.js';

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

const until = async (predicate: () => boolean, ms = 3000): Promise<void> => {
  const started = Date.now();
  while (!predicate()) {
    if (Date.now() - started > ms) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

function command(world: FakeWorld, seen: { args?: WatchArgs }) {
  const control = { livenessCalls: 0 };
  return createWatchCommand({
    async resolveContext(args) {
      seen.args = args;
      return { host: fakeHost(world, control), inputs: INPUTS, timeoutMs: 1000, alwaysWatch: [], live: true };
    },
    runCheck: fakeRunCheck(world, () => 5).run,
    monitor: { pathWatcher: fakeWatcher().factory, intervals: { livenessMs: 20, fullCheckMs: 100 } },
  });
}

describe('sync-doctor watch', () => {
  it('--json prints the full report first, then one report per change, each with observedAt, and exits with the last status', async () => {
    const world: FakeWorld = { syncAppPid: 77, configuredPathExists: true, datasets: [] };
    const seen: { args?: WatchArgs } = {};
    const controller = new AbortController();
    const { io, out } = fakeIo(controller);
    const running = command(world, seen)(['--json', '--autoentry-path', '/data/Company.000', '--timeout', '1000'], io);
    await until(() => out.length === 1);
    world.syncAppPid = undefined;
    await until(() => out.length === 2);
    await new Promise((resolve) => setTimeout(resolve, 350));
    controller.abort();
    expect(await running).toBe(2);
    expect(seen.args).toMatchObject({ json: true, autoentryPaths: ['/data/Company.000'], timeoutMs: 1000 });
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
    const running = command(world, {})([], io);
    await until(() => out.length === 1);
    world.syncAppPid = 12;
    await until(() => out.length === 2);
    controller.abort();
    expect(await running).toBe(0);
    expect(out[0]).toMatch(/^\d\d:\d\d:\d\d {2}ERROR {2}1 problem: syncapp\.not-running\n$/);
    expect(out[1]).toMatch(/^\d\d:\d\d:\d\d {2}OK {5}resolved: syncapp\.not-running\n$/);
  });

  it('ends with exit 3 and one line on stderr for bad arguments', async () => {
    const controller = new AbortController();
    const { io, out, err } = fakeIo(controller);
    const code = await command({ syncAppPid: 1, configuredPathExists: true, datasets: [] }, {})(['--timeout', 'soon'], io);
    expect(code).toBe(3);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/--timeout/);
    expect(() => parseWatchArgs(['--frobnicate'])).toThrow();
  });
});
