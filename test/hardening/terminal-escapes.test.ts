import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MachineSnapshotSchema, type MachineSnapshot } from '../../src-shared/model/machine-snapshot-schema.js';
import { DEFAULT_SETTINGS } from '../../src-shared/settings/settings-schema.js';
import { runCli } from '../../src-main/cli/main.js';
import type { CliIo } from '../../src-main/cli/cli-io.js';
import { terminalSafeIo, terminalSafeText } from '../../src-main/cli/terminal-safe-output.js';
import { createSnapshotHost } from '../../src-main/host/snapshot/snapshot-host.js';
import { machine } from '../support/check-machine.js';
import { PATIENCE_MS } from '../support/eventually.js';

/** What a hostile bundle puts in a name: OSC 52 (write the clipboard), clear screen, a forged colour, a C1 CSI, NUL, a right-to-left override. */
const PAYLOAD = '\u001b]52;c;ZXZpbA==\u0007\u001b[2J\u001b[31mFAKE\u009b1m\u0000\u202eexe.txt';
/** Every character that must never reach the terminal raw (tab and line feed are the CLI's own layout). */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const FIXTURES = ['sage-stale-after-upgrade', 'sage-network-mapped-drive', 'quickbooks-sync-app-stopped', 'sage-healthy'];

/** Appends the payload to every string value of the snapshot that still leaves it a valid snapshot (walking the whole document). */
function payloadInEveryString(snapshot: MachineSnapshot): MachineSnapshot {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return `${value}${PAYLOAD}`;
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  const hostile = walk(snapshot) as Record<string, unknown>;
  // Put back only the fields the format itself constrains (enums, dates, the format tag).
  for (let round = 0; round < 50; round += 1) {
    const parsed = MachineSnapshotSchema.safeParse(hostile);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      let original: unknown = snapshot;
      let target: Record<string, unknown> = hostile;
      issue.path.forEach((key, index) => {
        original = (original as Record<string | number, unknown> | undefined)?.[key as string];
        if (index < issue.path.length - 1) target = target[key as string] as Record<string, unknown>;
      });
      target[issue.path[issue.path.length - 1] as string] = original;
    }
  }
  throw new Error('could not build a valid hostile snapshot');
}

/** The same snapshot with the payload spelled into names used in paths, keys and values alike (so the report names them). */
function payloadInNames(snapshot: MachineSnapshot): MachineSnapshot {
  const json = JSON.stringify(snapshot);
  const spelled = JSON.stringify(PAYLOAD).slice(1, -1);
  const renamed = json.replace(/Company\.000|Accounts|OFFICE-PC1|jane|\.QBW/g, (name) => `${name}${spelled}`);
  return MachineSnapshotSchema.parse(JSON.parse(renamed));
}

interface Captured { code: number; out: string; err: string }

async function run(argv: string[], options: { env?: Record<string, string>; snapshot?: MachineSnapshot; stopAfterFirstLine?: boolean } = {}): Promise<Captured> {
  let out = '';
  let err = '';
  const stop = new AbortController();
  const io: CliIo = {
    stdout: (text) => {
      out += text;
      if (options.stopAfterFirstLine) stop.abort();
    },
    stderr: (text) => void (err += text),
    isTTY: false,
    stderrIsTTY: false,
    env: { SYNC_DOCTOR_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'sd-cfg-')), SYNC_DOCTOR_LOG_DIR: mkdtempSync(join(tmpdir(), 'sd-log-')), ...options.env },
    stopSignal: stop.signal,
  };
  const snapshot = options.snapshot;
  const deps = snapshot ? { createLiveHost: () => createSnapshotHost(snapshot), loadSettings: async () => DEFAULT_SETTINGS } : undefined;
  const code = await runCli(argv, io, deps);
  return { code, out, err };
}

function expectNothingRaw(result: Captured, what: string): void {
  expect(result.out, `${what}: stdout ${JSON.stringify(result.out.slice(0, 300))}`).not.toMatch(RAW);
  expect(result.err, `${what}: stderr ${JSON.stringify(result.err)}`).not.toMatch(RAW);
}

let dir: string;
const files: Array<{ name: string; file: string; snapshot: MachineSnapshot }> = [];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sd-escapes-'));
  for (const name of FIXTURES) {
    for (const [kind, snapshot] of [['strings', payloadInEveryString(machine(name))], ['names', payloadInNames(machine(name))]] as const) {
      const file = join(dir, `${name}-${kind}.json`);
      writeFileSync(file, JSON.stringify(snapshot));
      files.push({ name: `${name} (${kind})`, file, snapshot });
    }
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the terminal filter', () => {
  it('shows every control, escape and bidi character escaped and leaves other text alone', () => {
    expect(terminalSafeText(PAYLOAD)).toBe('\\x1b]52;c;ZXZpbA==\\x07\\x1b[2J\\x1b[31mFAKE\\u009b1m\\x00\\u202eexe.txt');
    expect(terminalSafeText('Sage 50 — £ é ✓\tcolumn\nnext')).toBe('Sage 50 — £ é ✓\tcolumn\nnext');
    expect(terminalSafeText('a\rb\u2066c\u200fd\u061ce\u007ff\u2028')).toBe('a\\x0db\\u2066c\\u200fd\\u061ce\\u007ff\\u2028');
  });

  it('keeps JSON valid: the escaped JSON reads back as the very same strings', () => {
    const value = { name: PAYLOAD, list: ['\u0085\u202e\u2029'] };
    expect(JSON.parse(terminalSafeText(JSON.stringify(value)))).toEqual(value);
  });
});

describe('no escape from a bundle reaches the terminal raw', () => {
  it('check, as text, --summary and --json, for every field of every fixture machine', async () => {
    for (const { name, file, snapshot } of files) {
      for (const format of [[], ['--summary'], ['--json']]) {
        const result = await run(['check', '--machine', file, '--autoentry-path', `C:\\Data${PAYLOAD}\\Company.000`, ...format]);
        expect(result.code, `${name} ${format.join('')}: ${result.err}`).toBeLessThan(3);
        expectNothingRaw(result, `check ${name} ${format.join('')}`);
        if (format[0] === '--json') expect(JSON.parse(result.out).machine?.computerName ?? snapshot.host.computerName).toBe(snapshot.host.computerName);
      }
    }
  });

  it('check shows the names it prints, escaped, and keeps its own colours', async () => {
    const { file } = files.find((f) => f.name === 'sage-stale-after-upgrade (names)')!;
    const result = await run(['check', '--machine', file, '--autoentry-path', `C:\\ProgramData\\Sage\\Accounts${PAYLOAD}\\2024\\Company.000${PAYLOAD}`], { env: { FORCE_COLOR: '1' } });
    expectNothingRaw({ ...result, out: result.out.replace(/\u001b\[(?:[0-9]|3[1-6])m/g, '') }, 'check in colour');
    expect(result.out).toMatch(/\u001b\[3[1-3]m/);
    expect(result.out).toContain('Company.000\\x1b]52;c;ZXZpbA==\\x07\\x1b[2J\\x1b[31mFAKE\\u009b1m\\x00\\u202eexe.txt');
  });

  it('the built command line, spawned, writes nothing raw either (text and --json)', () => {
    const bin = fileURLToPath(new URL('../../bin/sync-doctor.js', import.meta.url));
    const { file } = files.find((f) => f.name === 'sage-stale-after-upgrade (names)')!;
    for (const format of [[], ['--json']]) {
      const run = spawnSync(process.execPath, [bin, 'check', '--machine', file, ...format], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, FORCE_COLOR: '0', SYNC_DOCTOR_CONFIG_DIR: dir } });
      expect(run.status, run.stderr).toBeLessThan(3);
      expectNothingRaw({ code: run.status ?? 3, out: run.stdout, err: run.stderr }, `spawned check ${format.join('')}`);
      expect(run.stdout).toContain(format[0] === '--json' ? '\\u001b]52;c;' : '\\x1b]52;c;');
    }
  });

  it('office, as text, --summary and --json', async () => {
    for (const format of [[], ['--summary'], ['--json']]) {
      const result = await run(['office', ...files.map((f) => f.file), '--autoentry-path', `C:\\Data${PAYLOAD}`, ...format]);
      expect(result.code, result.err).toBeLessThan(3);
      expectNothingRaw(result, `office ${format.join('')}`);
      if (format[0] === '--json') expect(() => JSON.parse(result.out)).not.toThrow();
    }
  });

  it('watch, as text and --json', async () => {
    for (const { name, file } of files.slice(0, 2)) {
      for (const format of [[], ['--json']]) {
        const result = await run(['watch', '--machine', file, ...format], { stopAfterFirstLine: true });
        expect(result.out, name).not.toBe('');
        expectNothingRaw(result, `watch ${name} ${format.join('')}`);
      }
    }
  }, PATIENCE_MS);

  it('collect on this PC (a hostile test host): the bundle on stdout and the "Wrote a snapshot of …" lines', async () => {
    for (const { name, snapshot } of files) {
      const toStdout = await run(['collect', '--out', '-'], { snapshot });
      expect(toStdout.code, toStdout.err).toBe(0);
      expectNothingRaw(toStdout, `collect ${name} --out -`);
      expect(JSON.parse(toStdout.out).host.computerName).toBe(snapshot.host.computerName);
      const toFile = await run(['collect', '--out', join(dir, `bundle${PAYLOAD.replace(/\u0000/g, '')}.json`)], { snapshot });
      expect(toFile.code, toFile.err).toBe(0);
      expect(toFile.out).toContain('Wrote a snapshot of');
      expectNothingRaw(toFile, `collect ${name} --out FILE`);
    }
  });

  it('scan, as text and --json, over folders named with the payload on disk', async () => {
    const root = join(dir, 'scan');
    const named = join(root, `Client${PAYLOAD.replace(/\u0000/g, '')}`);
    mkdirSync(join(named, 'Company.000', 'ACCDATA'), { recursive: true });
    writeFileSync(join(named, 'Company.000', 'ACCDATA', 'SETUP.DTA'), 'x');
    writeFileSync(join(named, `Shop${PAYLOAD.replace(/\u0000/g, '')}.QBW`), 'x');
    for (const format of [[], ['--json']]) {
      const result = await run(['scan', root, join(root, `missing${PAYLOAD}`), ...format]);
      expect(result.code, result.err).toBe(0);
      expectNothingRaw(result, `scan ${format.join('')}`);
      if (format[0] === '--json') expect(JSON.parse(result.out).found.map((f: { path: string }) => f.path)).toContain(join(named, 'Company.000'));
      else expect(result.out).toContain('Client\\x1b]52;c;');
    }
  });
});

describe('the output filter’s own codes (terminalSafeIo)', () => {
  const captured = () => {
    let out = '';
    const io = terminalSafeIo({ stdout: (t) => void (out += t), stderr: () => undefined, isTTY: true, stderrIsTTY: true, env: {}, stopSignal: new AbortController().signal });
    return { io, out: () => out };
  };

  it('lets through only the codes registered, by the marker handed back; a marker-shaped text is shown as written', () => {
    const { io, out } = captured();
    // Before any code is registered (a run that prints no colour makes no key): shown as written, escaped.
    io.stdout(`\ue000${'0'.repeat(24)}0\ue001${PAYLOAD}`);
    const red = io.ownCode!('\u001b[31m');
    const reset = io.ownCode!('\u001b[0m');
    expect(io.ownCode!('\u001b[31m')).toBe(red);
    expect(reset).not.toBe(red);
    expect(red).not.toMatch(RAW);
    const key = /^\ue000([0-9a-f]{24})0\ue001$/.exec(red)![1]!;
    // After: the markers handed back become their codes; a marker with another key stays text, one with an index never handed out is dropped.
    io.stdout(`${red}A${reset} \ue000${'0'.repeat(24)}0\ue001 \ue000${key}7\ue001 ${PAYLOAD}`);
    expect(out()).toBe(
      `\ue000${'0'.repeat(24)}0\ue001${terminalSafeText(PAYLOAD)}\u001b[31mA\u001b[0m \ue000${'0'.repeat(24)}0\ue001  ${terminalSafeText(PAYLOAD)}`,
    );
  });

  it('makes a new key for every io', () => {
    expect(captured().io.ownCode!('\u001b[1m')).not.toBe(captured().io.ownCode!('\u001b[1m'));
  });
});
