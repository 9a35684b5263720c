import { diagnose } from '../../src-shared/diagnose/diagnose.js';
import type { MachineSnapshot } from '../../src-shared/model/machine-snapshot-schema.js';
import { runsSyncApp } from '../../src-shared/office/data-in-use.js';
import { judgeOffice } from '../../src-shared/office/judge-office.js';
import type { OfficeInputs, OfficeMachine, UnreadableBundle } from '../../src-shared/office/office-machine.js';
import type { OfficeReport } from '../../src-shared/office/office-report-schema.js';
import { newestPerComputer, officeInputsFrom, reportSyncAppLocation } from '../../src-shared/office/office-roles.js';
import { hostForSnapshot } from '../host/snapshot/host-for-snapshot.js';
import { DEFAULT_SYNC_APP_PATTERNS, DEFAULT_TIMEOUT_MS } from './check-inputs.js';
import { observe } from './observe.js';
import type { OfficeSource } from './office-sources.js';

export interface OfficeGivenInputs {
  autoentryPaths: string[];
  syncAppLocation?: string;
}

interface Snap {
  computerName: string;
  capturedAt: string;
  file: string;
  snapshot: MachineSnapshot;
}

/** There is nothing to judge: no file given was a readable snapshot. */
export class NoReadableSnapshot extends Error {}

/**
 * The office check: each readable snapshot (the newest per computer) is observed, the
 * office's inputs settled, each PC judged with them, then the PCs judged together.
 */
export async function runOfficeCheck(sources: readonly OfficeSource[], given: OfficeGivenInputs, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<OfficeReport> {
  return (await judgeOfficeSources(sources, given, timeoutMs)).report;
}

/** The office check, with the inputs it settled on (given, else from the bundles) — the Office screen shows them. */
export async function judgeOfficeSources(sources: readonly OfficeSource[], given: OfficeGivenInputs, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<{ report: OfficeReport; inputs: OfficeInputs }> {
  const unreadable: UnreadableBundle[] = [];
  const snaps: Snap[] = [];
  for (const s of sources) {
    if (s.load.ok) snaps.push({ computerName: s.load.snapshot.host.computerName, capturedAt: s.load.snapshot.capturedAt, file: s.file, snapshot: s.load.snapshot });
    else unreadable.push({ file: s.file, message: s.load.message });
  }
  const kept = newestPerComputer(snaps);
  if (kept.length === 0) throw new NoReadableSnapshot(sources.length === 0 ? 'No snapshot files were given.' : 'None of the files given is a readable machine snapshot.');

  const patternsOf = (s: Snap) => s.snapshot.checkInputs?.syncAppPatterns ?? DEFAULT_SYNC_APP_PATTERNS;
  // First look: who runs the Sync App (it does not depend on the paths).
  const running = await Promise.all(kept.map(async (s) => runsSyncApp(await observe(hostForSnapshot(s.snapshot), { autoentryPaths: [], syncAppPatterns: patternsOf(s) }, { timeoutMs }))));
  const inputs = officeInputsFrom(given, kept.map((s, i) => ({ runsSyncApp: running[i]!, ...(s.snapshot.checkInputs && { checkInputs: s.snapshot.checkInputs }) })));
  const location = reportSyncAppLocation(kept.filter((_, i) => running[i]).map((s) => s.computerName), inputs.syncAppLocation);

  const generatedAt = new Date().toISOString();
  const machines: OfficeMachine[] = await Promise.all(kept.map(async (s) => {
    const observations = await observe(hostForSnapshot(s.snapshot), { autoentryPaths: inputs.autoentryPaths, syncAppPatterns: patternsOf(s) }, { timeoutMs });
    return {
      computerName: s.computerName,
      capturedAt: s.capturedAt,
      file: s.file,
      observations,
      report: diagnose(observations, location !== undefined ? { syncAppLocation: location } : {}, generatedAt),
      ...(s.snapshot.links && { links: s.snapshot.links }),
    };
  }));
  return { report: judgeOffice({ machines, unreadable, inputs, generatedAt }), inputs };
}
