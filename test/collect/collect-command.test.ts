import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src-shared/settings/settings-schema.js';
import { MachineSnapshotSchema } from '../../src-shared/model/machine-snapshot-schema.js';
import { collectCommand } from '../../src-main/cli/collect-command.js';
import { defaultSnapshotFileName } from '../../src-main/collect/snapshot-file-name.js';
import { createSnapshotHost } from '../../src-main/host/snapshot/snapshot-host.js';
import { machine } from '../support/check-machine.js';
import { fakeCliIo } from '../hosts/support/fake-cli-io.js';

describe('sync-doctor collect', () => {
  let cwd: string;
  beforeEach(() => void (cwd = mkdtempSync(join(tmpdir(), 'sd-collect-'))));
  afterEach(() => rmSync(cwd, { recursive: true, force: true }));
  const command = () =>
    collectCommand({ createLiveHost: () => createSnapshotHost(machine('sage-healthy')), loadSettings: async () => DEFAULT_SETTINGS, cwd: () => cwd });

  it('writes sync-doctor-<COMPUTER>-<time>.json in the current folder and says where', async () => {
    const io = fakeCliIo();
    expect(await command()(['--autoentry-path', 'C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000'], io)).toBe(0);
    const [file] = readdirSync(cwd);
    expect(file).toMatch(/^sync-doctor-OFFICE-PC1-\d{8}-\d{4}\.json$/);
    expect(io.out()).toContain(join(cwd, file!));
    const written = JSON.parse(readFileSync(join(cwd, file!), 'utf8'));
    expect(MachineSnapshotSchema.safeParse(written).success).toBe(true);
    expect(written.checkInputs.autoentryPaths).toEqual(['C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000']);
  });

  it('prints the snapshot on stdout for --out -, redacted with --redact', async () => {
    const io = fakeCliIo();
    expect(await command()(['--out', '-', '--redact'], io)).toBe(0);
    const printed = JSON.parse(io.out());
    expect(printed.format).toBe('sync-doctor/machine@1');
    expect(printed.host.computerName).toBe('PC-1');
    expect(io.out()).not.toContain('OFFICE-PC1');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('writes to the file --out names', async () => {
    const io = fakeCliIo();
    expect(await command()(['--out', 'bundle.json'], io)).toBe(0);
    expect(readdirSync(cwd)).toEqual(['bundle.json']);
  });

  it('collects from a snapshot given with --machine, and explains itself with --help', async () => {
    const file = join(cwd, 'bundle.json');
    expect(await command()(['--out', file], fakeCliIo())).toBe(0);
    const io = fakeCliIo();
    expect(await command()(['--machine', file, '--out', '-'], io)).toBe(0);
    expect(JSON.parse(io.out()).host.computerName).toBe('OFFICE-PC1');
    const help = fakeCliIo();
    expect(await command()(['--help'], help)).toBe(0);
    expect(help.out()).toContain('--redact');
  });

  it('ends with exit 3 and one line on bad arguments', async () => {
    for (const argv of [['--bogus'], ['--out'], ['--timeout', 'soon'], ['--machine', '/nonexistent/bundle.json']]) {
      const io = fakeCliIo();
      expect(await command()(argv, io)).toBe(3);
      expect(io.err().trim().split('\n')).toHaveLength(1);
    }
  });

  it('names the file after the computer and the local time', () => {
    expect(defaultSnapshotFileName('OFFICE PC/1', new Date(2026, 10, 20, 9, 5))).toBe('sync-doctor-OFFICE_PC_1-20261120-0905.json');
  });
});
