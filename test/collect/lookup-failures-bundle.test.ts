import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src-shared/settings/settings-schema.js';
import { MachineSnapshotSchema } from '../../src-shared/model/machine-snapshot-schema.js';
import type { Report } from '../../src-shared/model/report-schema.js';
import { checkCommand } from '../../src-main/cli/check-command.js';
import { collectCommand } from '../../src-main/cli/collect-command.js';
import { fail, succeed, type Host } from '../../src-main/host/host.js';
import { createSnapshotHost } from '../../src-main/host/snapshot/snapshot-host.js';
import { runCheck } from '../../src-main/check/run-check.js';
import { DEFAULT_SYNC_APP_PATTERNS } from '../../src-main/check/check-inputs.js';
import { checkSnapshot, codes, findingOf, machine } from '../support/check-machine.js';
import { fakeCliIo } from '../hosts/support/fake-cli-io.js';

const DATASET = 'C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000';

/** The healthy office PC as a live computer (not a recording), with its process list broken as given. */
function liveOfficePc(processes: Host['processes']): Host {
  return { ...createSnapshotHost(machine('sage-healthy')), recording: false, processes };
}

const emptyList: Host['processes'] = async () => succeed([]);
const toolError: Host['processes'] = async () => fail('error', 'tasklist exited with 1: ERROR: the RPC server on OFFICE-PC1 is unavailable for jane');
const neverAnswers: Host['processes'] = () => new Promise(() => {});

describe('a support bundle keeps the look-ups that failed (evidence before absence)', () => {
  let cwd: string;
  beforeEach(() => void (cwd = mkdtempSync(join(tmpdir(), 'sd-lookup-failures-'))));
  afterEach(() => rmSync(cwd, { recursive: true, force: true }));

  async function collectThenCheck(host: Host, extra: string[] = []): Promise<{ bundle: Record<string, unknown>; live: Report; replayed: Report }> {
    const deps = { createLiveHost: () => host, loadSettings: async () => DEFAULT_SETTINGS, cwd: () => cwd };
    const file = join(cwd, 'bundle.json');
    expect(await collectCommand(deps)(['--autoentry-path', DATASET, '--out', file, '--timeout', '300', ...extra], fakeCliIo())).toBe(0);
    const io = fakeCliIo();
    await checkCommand(deps)(['--machine', file, '--json', '--timeout', '300'], io);
    const live = await runCheck(host, { autoentryPaths: [DATASET], syncAppPatterns: DEFAULT_SYNC_APP_PATTERNS }, { timeoutMs: 300 });
    return { bundle: JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>, live, replayed: JSON.parse(io.out()) as Report };
  }

  it('an impossible (empty) process list replays as probe.failed and syncapp.unknown, not syncapp.not-running', async () => {
    const { bundle, live, replayed } = await collectThenCheck(liveOfficePc(emptyList));
    expect(bundle.lookupFailures).toEqual([expect.objectContaining({ topic: 'processes', what: 'Listing processes', kind: 'error' })]);
    expect(MachineSnapshotSchema.parse(bundle).lookupFailures).toHaveLength(1);
    expect(codes(live)).toEqual(expect.arrayContaining(['syncapp.unknown', 'probe.failed']));
    expect(codes(replayed)).toEqual(expect.arrayContaining(['syncapp.unknown', 'probe.failed']));
    expect(codes(replayed)).not.toContain('syncapp.not-running');
    expect(codes(replayed).sort()).toEqual(codes(live).sort());
    expect(findingOf(replayed, 'probe.failed').evidence).toEqual(findingOf(live, 'probe.failed').evidence);
  });

  it('the same bundle without the field judges from the empty list, as a reader that ignores it would', async () => {
    const { bundle } = await collectThenCheck(liveOfficePc(emptyList));
    delete bundle.lookupFailures;
    const report = await checkSnapshot(MachineSnapshotSchema.parse(bundle), { autoentryPaths: [DATASET] });
    expect(codes(report)).toContain('syncapp.not-running');
    expect(codes(report)).not.toContain('probe.failed');
  });

  it('a look-up that timed out replays as probe.timeout, without waiting again', async () => {
    const { bundle, live, replayed } = await collectThenCheck(liveOfficePc(neverAnswers));
    expect(bundle.lookupFailures).toEqual([expect.objectContaining({ topic: 'processes', kind: 'timeout' })]);
    expect(codes(replayed)).toEqual(expect.arrayContaining(['syncapp.unknown', 'probe.timeout']));
    expect(codes(replayed)).not.toContain('syncapp.not-running');
    expect(codes(replayed).sort()).toEqual(codes(live).sort());
  });

  it('a redacted bundle keeps the failure, with the names in its message replaced', async () => {
    const { bundle, replayed } = await collectThenCheck(liveOfficePc(toolError), ['--redact']);
    const [failure] = bundle.lookupFailures as Array<{ message: string }>;
    expect(failure!.message).toMatch(/^tasklist exited with 1: ERROR: the RPC server on PC-1 is unavailable for user-1$/);
    expect(JSON.stringify(bundle)).not.toMatch(/OFFICE-PC1|\bjane\b/i);
    expect(codes(replayed)).toEqual(expect.arrayContaining(['syncapp.unknown', 'probe.failed']));
  });

  it('a snapshot without the field, or with one it cannot read, is checked as before', async () => {
    const stopped = machine('sage-healthy');
    stopped.processes = [];
    expect(codes(await checkSnapshot(stopped))).toContain('syncapp.not-running');
    const file = join(cwd, 'odd.json');
    writeFileSync(file, JSON.stringify({ ...stopped, lookupFailures: [{ topic: 'weather', kind: 'cloudy' }] }));
    const io = fakeCliIo();
    const deps = { createLiveHost: () => liveOfficePc(emptyList), loadSettings: async () => DEFAULT_SETTINGS, cwd: () => cwd };
    await checkCommand(deps)(['--machine', file, '--json'], io);
    const report = JSON.parse(io.out()) as Report;
    expect(codes(report)).toContain('syncapp.not-running');
    expect(codes(report)).not.toContain('probe.failed');
  });
});
