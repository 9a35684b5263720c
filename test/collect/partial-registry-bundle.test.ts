import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src-shared/settings/settings-schema.js';
import type { Report } from '../../src-shared/model/report-schema.js';
import { checkCommand } from '../../src-main/cli/check-command.js';
import { collectCommand } from '../../src-main/cli/collect-command.js';
import { succeed, type Host } from '../../src-main/host/host.js';
import { createSnapshotHost } from '../../src-main/host/snapshot/snapshot-host.js';
import { runCheck } from '../../src-main/check/run-check.js';
import { DEFAULT_SYNC_APP_PATTERNS } from '../../src-main/check/check-inputs.js';
import { codes, findingOf, machine } from '../support/check-machine.js';
import { fakeCliIo } from '../hosts/support/fake-cli-io.js';

/**
 * A registry answer that was partial on the live PC (one tree this user may not open, the rest
 * read) is recorded root by root in `lookupFailures` (`path`), and `check --machine` replays it
 * as the same partial answer: the same findings as the live check — not the whole registry failed,
 * nor the tree "read and empty".
 */
const INTUIT = 'HKLM\\SOFTWARE\\WOW6432Node\\Intuit';
const DATASET = 'C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000';

/** sage-healthy as a live PC whose Sync App is not running and whose Intuit tree is closed to the user. */
function livePcWithIntuitDenied(): Host {
  const m = machine('sage-healthy');
  m.processes = m.processes.filter((p) => !p.name.startsWith('AutoEntry'));
  const snapshot = createSnapshotHost(m);
  return {
    ...snapshot,
    recording: false,
    registry: async (roots) => {
      const answer = await snapshot.registry(roots);
      if (!answer.ok || !roots.some((r) => r.toLowerCase() === INTUIT.toLowerCase())) return answer;
      return succeed(answer.value, { kind: 'partial', errors: [{ kind: 'denied', message: `${INTUIT}: Requested registry access is not allowed.`, path: INTUIT }] });
    },
  };
}

describe('a partial registry answer survives a support bundle', () => {
  let cwd: string;
  beforeEach(() => void (cwd = mkdtempSync(join(tmpdir(), 'sd-partial-registry-'))));
  afterEach(() => rmSync(cwd, { recursive: true, force: true }));

  it('records the unread root, and the replay gives the live findings', async () => {
    const host = livePcWithIntuitDenied();
    const deps = { createLiveHost: () => host, loadSettings: async () => DEFAULT_SETTINGS, cwd: () => cwd };
    const file = join(cwd, 'bundle.json');
    expect(await collectCommand(deps)(['--autoentry-path', DATASET, '--out', file], fakeCliIo())).toBe(0);
    const bundle = JSON.parse(readFileSync(file, 'utf8')) as { lookupFailures?: unknown };
    expect(bundle.lookupFailures).toEqual([{ topic: 'registry', what: `Reading the registry (${INTUIT})`, kind: 'denied', message: expect.stringContaining('not allowed'), path: INTUIT }]);

    const io = fakeCliIo();
    await checkCommand(deps)(['--machine', file, '--json'], io);
    const replayed = JSON.parse(io.out()) as Report;
    const live = await runCheck(host, { autoentryPaths: [DATASET], syncAppPatterns: DEFAULT_SYNC_APP_PATTERNS }, { timeoutMs: 5000 });

    // The Uninstall keys were read: "installed but not running" stands; "no QuickBooks" does not.
    for (const report of [live, replayed]) {
      expect(codes(report)).toEqual(expect.arrayContaining(['syncapp.not-running', 'probe.failed', 'quickbooks.unknown', 'path.match']));
      expect(codes(report)).not.toContain('quickbooks.not-found');
    }
    expect(codes(replayed).sort()).toEqual(codes(live).sort());
    expect(findingOf(replayed, 'probe.failed').evidence).toEqual(findingOf(live, 'probe.failed').evidence);
    expect(replayed.status).toBe(live.status);
  });
});
