import { afterEach, describe, expect, it } from 'vitest';
import { observe } from '../../src-main/check/observe.js';
import type { CheckInputs } from '../../src-main/check/check-inputs.js';
import { coverageOf } from '../../src-main/host/host.js';
import { windowsSessionControls } from '../../src-main/host/windows/session/session-controls.js';
import { createWindowsHost } from '../../src-main/host/windows/windows-host.js';
import { registryFailures } from '../../src-main/host/windows/registry-errors.js';
import { PROBE_REGISTRY_ROOTS } from '../../src-shared/model/registry-roots.js';
import { diagnose } from '../../src-shared/diagnose/diagnose.js';
import { officePcInventory, type OfficePcInventory } from '../support/office-pc-inventory.js';
import { fixtureBytes, recordedRunner, replay } from './support/recorded-runner.js';
import { standInSessionHost } from './support/stand-in-session.js';

/**
 * The coverage rule on the Windows producers (host.ts `Coverage`): a list the session narrowed on
 * purpose says so, and its empty answer is an answer; what the script could not read in the
 * registry (its `errors`) is partial coverage of the root it concerns, on the PowerShell path as
 * on the console path.
 */
const INPUTS: CheckInputs = { autoentryPaths: [], syncAppPatterns: ['AutoEntry'] };
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function withSession(inventory: OfficePcInventory) {
  const standIn = standInSessionHost({ inventory });
  cleanups.push(() => windowsSessionControls(standIn.host)?.session.close());
  return standIn;
}

/** Most PCs: no Sage, no QuickBooks database, no Sync App process or service. */
function pcWithoutAccounting(): OfficePcInventory {
  const pc = officePcInventory();
  pc.processes = pc.processes.filter((p) => !/sage|qbw|autoentry/i.test(`${p.name} ${p.path ?? ''}`));
  pc.services = pc.services.filter((s) => !/sage|quickbooksdb|autoentry/i.test(`${s.name} ${s.displayName} ${s.path}`));
  return pc;
}

const UNINSTALL_32 = 'HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall';
const DENIED_KEY = `${UNINSTALL_32}\\{LOCKED-VENDOR}`;
const NOT_ALLOWED = 'Requested registry access is not allowed.';

describe('after narrowTo, an empty list of the relevant processes and services is an answer', () => {
  it('says what it was narrowed to, starts no console tool, and no impossible answer or "could not check" comes of it', async () => {
    const { host, commands } = withSession(pcWithoutAccounting());
    windowsSessionControls(host)!.narrowTo(INPUTS.syncAppPatterns);
    const processes = await host.processes();
    const services = await host.services();
    expect(processes).toMatchObject({ ok: true, value: [] });
    expect(coverageOf(processes)).toEqual({ kind: 'narrowed', to: expect.stringContaining('AutoEntry') });
    expect(coverageOf(services)).toMatchObject({ kind: 'narrowed' });
    const observations = await observe(host, INPUTS, { timeoutMs: 10_000 });
    expect(observations.problems).toEqual([]);
    const codes = diagnose(observations).findings.map((f) => f.code);
    expect(codes).not.toContain('probe.failed');
    expect(codes).not.toContain('syncapp.unknown');
    expect(codes).toContain('syncapp.not-running');
    expect(commands.map((c) => c.command)).toEqual([]);
  });

  it('before narrowTo the same PC gives full lists (complete), which are never empty', async () => {
    const { host } = withSession(pcWithoutAccounting());
    const processes = await host.processes();
    expect(coverageOf(processes)).toEqual({ kind: 'complete' });
    expect(processes.ok && processes.value.length).toBeGreaterThan(100);
  });
});

describe("the script's registry errors are partial coverage of the root they concern", () => {
  it('maps each error to the most specific root at or above its key, denied by its .NET message', () => {
    const roots = [...PROBE_REGISTRY_ROOTS];
    expect(registryFailures([`registry ${DENIED_KEY}: ${NOT_ALLOWED}`, 'processes: Access denied', 'registry HKLM\\SOFTWARE\\Other: x'], roots)).toEqual([
      { kind: 'denied', message: `${DENIED_KEY}: ${NOT_ALLOWED}`, path: UNINSTALL_32 },
    ]);
    expect(registryFailures(['registry HKLM\\SOFTWARE\\Intuit: Cannot invoke method.'], roots)).toEqual([
      { kind: 'error', message: 'HKLM\\SOFTWARE\\Intuit: Cannot invoke method.', path: 'HKLM\\SOFTWARE\\Intuit' },
    ]);
  });

  it('one-shot script: the keys read stand, the unread tree is an error of the answer', async () => {
    const runner = recordedRunner({ 'powershell.exe': replay('powershell-partial-errors.json') });
    const host = createWindowsHost({ runner, env: {} });
    const answer = await host.registry(['HKCU\\Network', 'HKLM\\SOFTWARE\\Intuit']);
    expect(answer).toMatchObject({ ok: true, value: [] });
    expect(coverageOf(answer)).toEqual({ kind: 'partial', errors: [{ kind: 'error', message: expect.stringContaining('Method invocation'), path: 'HKLM\\SOFTWARE\\Intuit' }] });
    // A root it was not asked about is none of this answer's business.
    expect(coverageOf(await host.registry(['HKCU\\Network']))).toEqual({ kind: 'complete' });
  });

  it('session: an Uninstall key this user may not open suppresses "not installed", names the key, and stays named while the trees are kept between reads', async () => {
    const pc = pcWithoutAccounting();
    pc.registry = pc.registry.filter((k) => !/AutoEntry/.test(JSON.stringify(k.values)));
    pc.registryErrors = [{ key: DENIED_KEY, message: NOT_ALLOWED }];
    const { host } = withSession(pc);
    windowsSessionControls(host)!.narrowTo(INPUTS.syncAppPatterns);
    for (const round of [1, 2]) {
      const observations = await observe(host, INPUTS, { timeoutMs: 10_000 });
      expect(observations.problems, `round ${round}`).toEqual([
        { topic: 'registry', what: `Reading the registry (${UNINSTALL_32})`, kind: 'denied', message: `${DENIED_KEY}: ${NOT_ALLOWED}`, path: UNINSTALL_32 },
      ]);
      const report = diagnose(observations);
      expect(report.findings.map((f) => f.code), `round ${round}`).toEqual(expect.arrayContaining(['syncapp.unknown', 'probe.failed']));
      expect(report.findings.map((f) => f.code)).not.toContain('syncapp.not-installed');
      await new Promise((resolve) => setTimeout(resolve, 1100));
    }
  });

  it('console path: one root denied, the others read — the same partial answer, not a failed registry', async () => {
    const runner = recordedRunner({
      'powershell.exe': { ran: false, reason: 'not-found', message: 'blocked' },
      'cmd.exe': replay('chcp-de.txt'),
      'reg.exe': (request) => {
        if (request.args[1] === 'HKLM\\SOFTWARE\\Sage') return replay(undefined, 1, 'reg-denied-de.stderr.txt');
        // `reg query HKLM\SOFTWARE` without /s (how missing is told from denied): its subkeys as
        // Wine 8 printed them (wine8/reg-list-software.stdout.txt), plus the Sage key this PC has
        // (a parent lists a subkey this user may not open).
        if (request.args[1] === 'HKLM\\SOFTWARE' && !request.args.includes('/s')) return { ran: true, stdout: softwareWithSage(), stderr: new Uint8Array(), exitCode: 0 };
        return replay('reg-query-de.txt');
      },
    });
    const host = createWindowsHost({ runner, env: {} });
    const answer = await host.registry(['HKCU\\Network', 'HKLM\\SOFTWARE\\Sage']);
    expect(answer.ok && answer.value.length).toBeGreaterThan(0);
    expect(coverageOf(answer)).toEqual({ kind: 'partial', errors: [{ kind: 'denied', message: expect.stringContaining('reg query HKLM\\SOFTWARE\\Sage'), path: 'HKLM\\SOFTWARE\\Sage' }] });
  });
});

function softwareWithSage(): Uint8Array {
  const listing = Buffer.from(fixtureBytes('wine8/reg-list-software.stdout.txt')).toString('latin1');
  return new Uint8Array(Buffer.from(listing.replace(/(HKEY_LOCAL_MACHINE\\SOFTWARE\\Registered Applications\r?\n)/, '$1HKEY_LOCAL_MACHINE\\SOFTWARE\\Sage\r\n'), 'latin1'));
}
