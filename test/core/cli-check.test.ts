import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { runCliCaptured } from '../support/cli-harness.js';
import { MACHINES_DIR, machine } from '../support/check-machine.js';
import { fileURLToPath } from 'node:url';

const work = mkdtempSync(join(tmpdir(), 'sd-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const healthy = fileURLToPath(new URL('sage-healthy.json', MACHINES_DIR));

function file(name: string, content: string | Buffer): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

function expectCouldNotRun(run: { code: number; stdout: string; stderr: string }, mention: string) {
  expect(run.code).toBe(3);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(mention);
  expect(run.stderr).not.toMatch(/\n\s+at\s/);
}

describe('sync-doctor check: could not run (exit 3, one line, no stack trace)', () => {
  it('no snapshot at the path', async () => {
    expectCouldNotRun(await runCliCaptured(['check', '--machine', join(work, 'nope.json')]), 'There is no file');
  });
  it('not JSON', async () => {
    expectCouldNotRun(await runCliCaptured(['check', '--machine', file('bad.json', '{"format": "sync-doctor/machine@1", ')]), 'not valid JSON');
  });
  it('2 MB of garbage', async () => {
    const garbage = Buffer.alloc(2 * 1024 * 1024);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919) % 251;
    const run = await runCliCaptured(['check', '--machine', file('garbage.json', garbage)]);
    expectCouldNotRun(run, 'not valid JSON');
    expect(run.seconds).toBeLessThan(10);
  });
  it('another format or version', async () => {
    expectCouldNotRun(await runCliCaptured(['check', '--machine', file('v2.json', JSON.stringify({ format: 'sync-doctor/machine@2' }))]), 'machine@2');
    expectCouldNotRun(await runCliCaptured(['check', '--machine', file('arr.json', '[]')]), 'not a Sync Doctor snapshot');
  });
  it('a file that is not JSON: "not a Sync Doctor snapshot" and how to make one, never the parser\'s words', async () => {
    const run = await runCliCaptured(['check', '--machine', file('notes.json', 'These are my notes about "the server", not a snapshot.')]);
    expectCouldNotRun(run, 'not a Sync Doctor snapshot');
    expect(run.stderr).toContain('sync-doctor collect --out FILE');
    expect(run.stderr).not.toMatch(/Unexpected token|position \d|is not valid JSON\)/);
  });
  it('--json and --summary together: exit 3, neither silently dropped', async () => {
    expectCouldNotRun(await runCliCaptured(['check', '--machine', healthy, '--json', '--summary']), 'either --json or --summary');
  });
  it('a field of the wrong type names the field', async () => {
    const m = machine('sage-healthy') as unknown as { processes: unknown[] };
    m.processes = [{ pid: 'one', name: 'x' }];
    expectCouldNotRun(await runCliCaptured(['check', '--machine', file('typed.json', JSON.stringify(m))]), 'processes.0.pid');
  });
  it('bad arguments', async () => {
    expectCouldNotRun(await runCliCaptured(['check', '--machine', healthy, '--timeout', 'soon']), '--timeout');
    expectCouldNotRun(await runCliCaptured(['check', '--bogus']), '--bogus');
    expectCouldNotRun(await runCliCaptured(['check', '--autoentry-path']), 'autoentry-path');
    expectCouldNotRun(await runCliCaptured(['frobnicate']), 'Unknown command');
  });
});

describe('sync-doctor check: a path as the command line delivers it', () => {
  const path = 'C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000';

  it('quotes around the path (pasted from "Copy as path") are taken off, not judged as the AutoEntry setting', async () => {
    const run = await runCliCaptured(['check', '--machine', healthy, '--autoentry-path', `"${path}"`, '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { findings: Array<{ code: string; configuredPath?: string }> };
    expect(report.findings.find((f) => f.code === 'path.match')?.configuredPath).toBe(path);
  });

  it("cmd.exe's trailing \\\" (a path ending in a quote): exit 3 with what to type instead", async () => {
    const run = await runCliCaptured(['check', '--machine', healthy, '--autoentry-path', `${path}\\"`]);
    expectCouldNotRun(run, 'ends in a quote');
    expect(run.stderr).toContain(`Type it without the last \\: --autoentry-path "${path}".`);
    const office = await runCliCaptured(['office', healthy, '--autoentry-path', `${path}"`]);
    expectCouldNotRun(office, 'ends in a quote');
  });

  it('a quote inside the path (the rest of the line swallowed by it): exit 3, never a finding', async () => {
    expectCouldNotRun(await runCliCaptured(['check', '--machine', healthy, '--autoentry-path', `${path}" --json`]), 'holds a quote');
  });
});

describe('sync-doctor check on awkward but valid machines', () => {
  it('a 300-level path in the snapshot and on the command line does not hang it', async () => {
    const m = machine('sage-healthy');
    const deep = `C:\\${Array.from({ length: 300 }, (_, i) => `level${i}`).join('\\')}`;
    m.files[`${deep}\\file.txt`] = { text: 'x' };
    const run = await runCliCaptured(['check', '--machine', file('deep.json', JSON.stringify(m)), '--autoentry-path', deep, '--json']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).findings.map((f: { code: string }) => f.code)).toContain('path.not-dataset');
  });

  it('a stalled share with --timeout 2000 still gives a complete report within a few seconds', async () => {
    const m = machine('sage-network-mapped-drive');
    m.slow = { '\\\\FILESRV\\Accounts': 60_000 };
    const run = await runCliCaptured(['check', '--machine', file('slow.json', JSON.stringify(m)), '--autoentry-path', 'S:\\Sage\\Company.000', '--timeout', '2000', '--json']);
    expect(run.seconds).toBeLessThan(10);
    const report = JSON.parse(run.stdout);
    expect(report.findings.map((f: { code: string }) => f.code)).toEqual(expect.arrayContaining(['probe.timeout', 'path.unreachable', 'syncapp.running']));
    expect(run.code).toBe(2);
  });

  it('repeated --autoentry-path gives one path finding each', async () => {
    const run = await runCliCaptured(['check', '--machine', healthy, '--autoentry-path', 'C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000', '--autoentry-path', 'C:\\Nowhere', '--json']);
    const paths = JSON.parse(run.stdout).findings.filter((f: { code: string }) => f.code.startsWith('path.'));
    expect(paths.map((f: { configuredPath: string }) => f.configuredPath)).toEqual(['C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000', 'C:\\Nowhere']);
  });
});

describe('sync-doctor check output for people', () => {
  const args = ['check', '--machine', fileURLToPath(new URL('sage-stale-after-upgrade.json', MACHINES_DIR)), '--autoentry-path', 'C:\\ProgramData\\Sage\\Accounts\\2024\\Company.000'];

  it('draws ✓ and ✗ with a closing summary and numbered steps, without colour when piped', async () => {
    const run = await runCliCaptured(args, { env: { LANG: 'en_GB.UTF-8' } });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('[✗] AutoEntry still points at the Sage 2024 data');
    expect(run.stdout).toContain('[✓] The AutoEntry Sync App is running');
    expect(run.stdout).toMatch(/ {6}1\. Sage 2025 works in C:\\ProgramData\\Sage\\Accounts\\2025\\Company\.000: copy this path\./);
    expect(run.stdout).toMatch(/ {6}2\. Open the AutoEntry Desktop Sync App, disconnect this company and connect it again choosing C:\\ProgramData\\Sage\\Accounts\\2025\\Company\.000\./);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/^\[✗\] 1 problem, 0 warnings\./);
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('falls back to ASCII marks where the console cannot draw the glyphs', async () => {
    const run = await runCliCaptured(args, { env: { LANG: 'C' } });
    expect(run.stdout).toContain('[X] AutoEntry still points');
    expect(run.stdout).toContain('[OK] The AutoEntry Sync App');
    expect(run.stdout).not.toMatch(/[✓✗]/);
  });

  it('uses colour only when forced or on a terminal, never with NO_COLOR', async () => {
    expect((await runCliCaptured(args, { env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[31m');
    expect((await runCliCaptured(args, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });

  it('--summary prints one line for remote monitoring tools', async () => {
    const run = await runCliCaptured([...args, '--summary']);
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stdout).toMatch(/^ERROR OFFICE-PC1: path\.stale-version: /);
    expect(run.stdout.length).toBeLessThanOrEqual(2049);
  });

  it('--help explains the options and exits 0', async () => {
    const run = await runCliCaptured(['check', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--autoentry-path PATH');
  });
});

describe('sync-doctor check --demo', () => {
  it('checks the bundled demo machine, clearly labelled, with its own paths', async () => {
    const run = await runCliCaptured(['check', '--demo', '--json']);
    const report = JSON.parse(run.stdout);
    expect(report.inventory.source).toContain('DEMO');
    expect(report.findings.map((f: { code: string }) => f.code)).toEqual(expect.arrayContaining(['path.stale-version', 'path.mismatch', 'quickbooks.hosted-elsewhere']));
    expect(run.code).toBe(2);
  });
  it('refuses --demo together with --machine', async () => {
    expect((await runCliCaptured(['check', '--demo', '--machine', healthy])).code).toBe(3);
  });
});

describe('sync-doctor check and the saved settings', () => {
  it('uses the saved companies when no path is given, and writes no settings file when there is none', async () => {
    const { existsSync: exists, mkdirSync } = await import('node:fs');
    const empty = join(work, 'no-settings');
    const run = await runCliCaptured(['check', '--machine', healthy, '--json'], { env: { SYNC_DOCTOR_CONFIG_DIR: empty } });
    expect(JSON.parse(run.stdout).findings.map((f: { code: string }) => f.code)).toContain('path.not-configured');
    expect(exists(join(empty, 'config.json'))).toBe(false);

    const saved = join(work, 'saved-settings');
    mkdirSync(saved, { recursive: true });
    writeFileSync(join(saved, 'config.json'), JSON.stringify({ companies: [{ id: '1', name: 'Office', software: 'sage', path: 'C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000' }], syncAppLocation: 'OFFICE-PC1' }));
    const withSettings = await runCliCaptured(['check', '--machine', healthy, '--json'], { env: { SYNC_DOCTOR_CONFIG_DIR: saved } });
    const report = JSON.parse(withSettings.stdout);
    expect(report.findings.find((f: { code: string }) => f.code === 'path.match')?.configuredPath).toBe('C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000');
    expect(withSettings.code).toBe(0);
  });

  it('a corrupt settings file is set aside with a message on stderr, and the check still runs', async () => {
    const { mkdirSync, readdirSync } = await import('node:fs');
    const dir = join(work, 'corrupt-settings');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'config.json'), '{"companies": [ oops');
    const run = await runCliCaptured(['check', '--machine', healthy, '--summary'], { env: { SYNC_DOCTOR_CONFIG_DIR: dir } });
    expect(run.stderr).toMatch(/could not be read/);
    expect(run.stdout).toMatch(/^WARN OFFICE-PC1/);
    expect(readdirSync(dir).some((f) => f.startsWith('config.corrupt-'))).toBe(true);
  });
});
