import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src-shared/model/report-schema.js';
import { parseServeArgs, serveCommand } from '../../src-main/cli/serve-command.js';
import { createSnapshotHost } from '../../src-main/host/snapshot/snapshot-host.js';
import { machine } from '../support/check-machine.js';
import type { CliIo } from '../../src-main/cli/cli-io.js';
import { http } from './preview-http.js';
import { InputError } from '../../src-main/check/input-error.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/machines/${name}.json`, import.meta.url));
const version = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
let dir: string;
/** A build without live host adapters, as the CLI's default is. */
const noLiveHost = () => {
  throw new InputError('Checking this computer directly needs the live host adapters, which are not in this build.');
};
const createServeCommand = () => serveCommand({ createLiveHost: noLiveHost });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sd-serve-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function fakeIo() {
  const stop = new AbortController();
  const out: string[] = [];
  const err: string[] = [];
  let announce: (url: string) => void;
  const url = new Promise<string>((resolve) => (announce = resolve));
  const io: CliIo = {
    stdout: (t) => {
      out.push(t);
      const m = /(http:\/\/\S+)/.exec(t);
      if (m) announce(m[1]!);
    },
    stderr: (t) => void err.push(t),
    isTTY: false,
    stderrIsTTY: false,
    env: { SYNC_DOCTOR_CONFIG_DIR: join(dir, 'config'), SYNC_DOCTOR_LOG_DIR: join(dir, 'logs') },
    stopSignal: stop.signal,
  };
  return { io, out, err, url, stop };
}

async function session(url: string) {
  const u = new URL(url);
  const port = Number(u.port);
  const token = u.hash.replace(/^#token=/, '');
  const call = async (channel: string, body: unknown = {}) => {
    const answer = await http(port, `/api/${channel}`, { method: 'POST', headers: { 'X-Sync-Doctor-Token': token, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    return { status: answer.status, json: JSON.parse(answer.body) };
  };
  return { port, call };
}

describe('sync-doctor serve', () => {
  it('serves a snapshot given with --machine until stopped, printing the URL on one line', async () => {
    const { io, out, url, stop } = fakeIo();
    const exit = createServeCommand()(['--machine', fixture('sage-healthy'), '--port', '0'], io);
    const address = await url;
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^Sync Doctor is at http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{40,}\n$/);
    const { call } = await session(address);
    const info = await call('app-info');
    expect(info.json).toMatchObject({ version, mode: 'preview', demo: false });
    expect(info.json.source).toMatch(/^snapshot of /);
    const report = await call('report-get');
    expect(report.status).toBe(200);
    expect(ReportSchema.parse(report.json).machine.computerName).toBeTruthy();
    const text = await call('report-text');
    expect(text.json.text).toMatch(/\[✓\]/);
    expect((await call('open-folder', { path: 'C:\\ProgramData' })).json.ok).toBe(false);
    stop.abort();
    expect(await exit).toBe(0);
  });

  it('--demo loads the bundled demo machine, labelled as a demo', async () => {
    const { io, out, url, stop } = fakeIo();
    const exit = createServeCommand()(['--demo'], io);
    const { call } = await session(await url);
    expect(out[0]).toMatch(/\(demo machine\)/);
    expect((await call('app-info')).json).toMatchObject({ demo: true, source: expect.stringMatching(/DEMO machine/) });
    const report = (await call('report-get')).json;
    expect(report.status).toBe('error');
    expect(report.findings.some((f: { code: string }) => f.code === 'path.stale-version')).toBe(true);
    stop.abort();
    expect(await exit).toBe(0);
  });

  it('switches to the demo machine on request', async () => {
    const { io, url, stop } = fakeIo();
    const exit = createServeCommand()(['--machine', fixture('sage-healthy')], io);
    const { call } = await session(await url);
    expect((await call('app-info')).json.demo).toBe(false);
    const demo = await call('demo-load');
    expect(demo.status).toBe(200);
    expect((await call('app-info')).json.demo).toBe(true);
    stop.abort();
    await exit;
  });

  it('saves settings to the same file the CLI reads, and re-checks with them', async () => {
    const { io, url, stop } = fakeIo();
    const exit = createServeCommand()(['--machine', fixture('sage-healthy')], io);
    const { call } = await session(await url);
    const state = (await call('settings-get')).json;
    const saved = await call('settings-save', { ...state.settings, companies: [{ id: 'x', name: 'Cafe', software: 'sage', path: 'Z:\\Nowhere\\ACCDATA' }] });
    expect(saved.status).toBe(200);
    const { loadSettingsForCli } = await import('../../src-main/settings/settings-store.js');
    expect((await loadSettingsForCli({ env: io.env })).companies[0]?.path).toBe('Z:\\Nowhere\\ACCDATA');
    const checked = await call('report-check-now');
    expect(checked.json.findings.some((f: { configuredPath?: string }) => f.configuredPath === 'Z:\\Nowhere\\ACCDATA')).toBe(true);
    stop.abort();
    await exit;
  });

  it('exits 3 with one line for bad arguments or an unreadable snapshot', async () => {
    for (const argv of [['--port', 'abc'], ['--bogus'], ['--machine', join(dir, 'missing.json')], ['--demo', '--machine', 'x.json'], ['--port', '70000']]) {
      const { io, err } = fakeIo();
      expect(await createServeCommand()(argv, io), argv.join(' ')).toBe(3);
      expect(err.join('')).toMatch(/^sync-doctor serve: .+\n$/);
    }
  });

  it('prints its usage for --help', async () => {
    const { io, out } = fakeIo();
    expect(await createServeCommand()(['--help'], io)).toBe(0);
    expect(out.join('')).toMatch(/^Usage: sync-doctor serve/);
  });

  it('parses the check inputs like check does, plus --port', () => {
    expect(parseServeArgs(['--autoentry-path', 'A', '--autoentry-path', 'B', '--sync-app-location', 'PC2', '--timeout', '2000', '--port', '8080'])).toEqual({
      port: 8080,
      check: { autoentryPaths: ['A', 'B'], syncAppLocation: 'PC2', timeoutMs: 2000, demo: false, json: false, help: false },
    });
    expect(() => parseServeArgs(['--port', '-1'])).toThrow(InputError);
  });

  it('shows the demo machine, saying why, when this build cannot check this computer', async () => {
    const { io, err, url, stop } = fakeIo();
    const exit = createServeCommand()([], io);
    const { call } = await session(await url);
    expect(err.join('')).toMatch(/^Checking this computer is not available in this build, so the preview shows the demo machine\.\n/);
    expect((await call('app-info')).json.demo).toBe(true);
    stop.abort();
    expect(await exit).toBe(0);
  });

  it('checks this computer when a live host is there, with the saved settings and --autoentry-path', async () => {
    const { io, url, stop } = fakeIo();
    const live = createSnapshotHost(machine('sage-network-mapped-drive'), 'this PC');
    const exit = serveCommand({ createLiveHost: () => live })(['--autoentry-path', 'Q:\\Nowhere\\Company.000'], io);
    const { call } = await session(await url);
    expect((await call('app-info')).json).toMatchObject({ demo: false, source: 'this PC' });
    const report = (await call('report-get')).json;
    expect(report.findings.find((f: { code: string }) => f.code.startsWith('path.')).configuredPath).toBe('Q:\\Nowhere\\Company.000');
    const verdict = (await call('path-validate', { path: 'Z:\\Other\\Company.001' })).json.finding;
    expect(verdict).toMatchObject({ configuredPath: 'Z:\\Other\\Company.001', code: expect.stringMatching(/^path\./) });
    stop.abort();
    expect(await exit).toBe(0);
  });
});
