import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src-shared/model/report-schema.js';
import { createServeCommand, parseServeArgs } from '../../src-main/cli/serve-command.js';
import type { CliIo } from '../../src-main/cli/cli-io.js';
import { http } from './preview-http.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/machines/${name}.json`, import.meta.url));
let dir: string;
let root: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sd-serve-'));
  root = join(dir, 'package');
  mkdirSync(join(root, 'assets', 'demo'), { recursive: true });
  writeFileSync(join(root, 'package.json'), JSON.stringify({ version: '9.8.7' }));
  copyFileSync(fixture('quickbooks-sync-app-stopped'), join(root, 'assets', 'demo', 'demo-machine.json'));
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
  const cookie = String((await http(port, `/?token=${u.searchParams.get('token')}`)).headers['set-cookie']?.[0]).split(';')[0]!;
  const call = async (channel: string, body: unknown = {}) => {
    const answer = await http(port, `/api/${channel}`, { method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    return { status: answer.status, json: JSON.parse(answer.body) };
  };
  return { port, call };
}

describe('sync-doctor serve', () => {
  it('serves a snapshot given with --machine until stopped, printing the URL on one line', async () => {
    const { io, out, url, stop } = fakeIo();
    const exit = createServeCommand({ root })(['--machine', fixture('sage-healthy'), '--port', '0'], io);
    const address = await url;
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^Sync Doctor is at http:\/\/127\.0\.0\.1:\d+\/\?token=\S+\n$/);
    const { call } = await session(address);
    const info = await call('app-info');
    expect(info.json).toMatchObject({ version: '9.8.7', mode: 'preview', demo: false });
    expect(info.json.source).toMatch(/^snapshot of /);
    const report = await call('report-get');
    expect(report.status).toBe(200);
    expect(ReportSchema.parse(report.json).machine.computerName).toBeTruthy();
    const text = await call('report-text');
    expect(text.json.text).toContain('Sync Doctor report for');
    expect((await call('open-folder', { path: 'C:\\ProgramData' })).json.ok).toBe(false);
    stop.abort();
    expect(await exit).toBe(0);
  });

  it('--demo loads the bundled demo machine, labelled as a demo', async () => {
    const { io, out, url, stop } = fakeIo();
    const exit = createServeCommand({ root })(['--demo'], io);
    const { call } = await session(await url);
    expect(out[0]).toMatch(/\(demo machine\)/);
    expect((await call('app-info')).json).toMatchObject({ demo: true, source: expect.stringMatching(/^demo machine/) });
    expect((await call('report-get')).json.status).toBe('error');
    stop.abort();
    expect(await exit).toBe(0);
  });

  it('switches to the demo machine on request', async () => {
    const { io, url, stop } = fakeIo();
    const exit = createServeCommand({ root })(['--machine', fixture('sage-healthy')], io);
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
    const exit = createServeCommand({ root })(['--machine', fixture('sage-healthy')], io);
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
    for (const argv of [['--port', 'abc'], ['--bogus'], ['--machine', join(dir, 'missing.json')], ['--demo', '--machine', 'x.json']]) {
      const { io, err } = fakeIo();
      expect(await createServeCommand({ root })(argv, io), argv.join(' ')).toBe(3);
      expect(err.join('')).toMatch(/^sync-doctor serve: .+\n$/);
    }
  });

  it('parses check inputs to pass through', () => {
    expect(parseServeArgs(['--autoentry-path', 'A', '--autoentry-path', 'B', '--sync-app-location', 'PC2', '--timeout', '2000'])).toEqual({
      ok: true,
      args: { port: 0, demo: false, overrides: { autoentryPaths: ['A', 'B'], syncAppLocation: 'PC2', timeoutMs: 2000 } },
    });
  });
});
