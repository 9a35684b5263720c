import { diagnose } from '../../src-shared/diagnose/diagnose.js';
import { runsSyncApp } from '../../src-shared/office/data-in-use.js';
import { judgeOffice } from '../../src-shared/office/judge-office.js';
import type { OfficeInputs, OfficeMachine, UnreadableBundle } from '../../src-shared/office/office-machine.js';
import type { OfficeReport } from '../../src-shared/office/office-report-schema.js';
import { newestPerComputer, officeInputsFrom, reportSyncAppLocation } from '../../src-shared/office/office-roles.js';
import type { SnapshotLoad } from '../host/snapshot/load-snapshot.js';
import { DEFAULT_TIMEOUT_MS } from './check-inputs.js';
import { isSighting, observeOfficeSnapshot, sightingOf, type OfficeSighting } from './observe-office-snapshot.js';
import type { OfficeFile, OfficeSource } from './office-sources.js';

export interface OfficeCheckOptions {
  /**
   * Worker threads that read and observe the files (office-observer-pool.ts; `officeWorkerCount`
   * says how many pay). 0, the default: all on this thread. Only files (`OfficeFile`) go to
   * workers, and only from the built bundle; the report is the same either way.
   */
  workers?: number;
}

export interface OfficeGivenInputs {
  autoentryPaths: string[];
  syncAppLocation?: string;
}

/** A sighting, and how to read its file again should the office settle on other paths. */
interface Seen extends OfficeSighting {
  read: () => Promise<SnapshotLoad>;
}

/** There is nothing to judge: no file given was a readable snapshot. */
export class NoReadableSnapshot extends Error {
  /** Why the first file given could not be read, when there was one. */
  firstUnreadable: string | undefined;
  constructor(message: string, firstUnreadable?: string) {
    super(message);
    this.firstUnreadable = firstUnreadable;
  }
}

/** Snapshots read at once: the rest wait, so an office of a thousand PCs never holds more than these in memory. */
const SNAPSHOTS_AT_ONCE = 4;

/**
 * The office check: each readable snapshot (the newest per computer) is observed, the
 * office's inputs settled, each PC judged with them, then the PCs judged together.
 *
 * Sources given as files (`OfficeFile`) are read a few at a time and each snapshot let go once
 * observed, so memory stays flat however many PCs the office has. Each is observed once, with
 * the paths the office will most likely settle on — those given, else those its own bundle was
 * collected with (one office's bundles carry the same); who runs the Sync App does not depend
 * on them. A PC observed with other paths than the ones settled on is read and observed again.
 */
export async function runOfficeCheck(
  sources: ReadonlyArray<OfficeSource | OfficeFile>,
  given: OfficeGivenInputs,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  options: OfficeCheckOptions = {},
): Promise<OfficeReport> {
  return (await judgeOfficeSources(sources, given, timeoutMs, options)).report;
}

/** The office check, with the inputs it settled on (given, else from the bundles) — the Office screen shows them. */
export async function judgeOfficeSources(
  sources: ReadonlyArray<OfficeSource | OfficeFile>,
  given: OfficeGivenInputs,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  options: OfficeCheckOptions = {},
): Promise<{ report: OfficeReport; inputs: OfficeInputs }> {
  const outcomes = await sightingsOf(sources, given.autoentryPaths, timeoutMs, options.workers ?? 0);
  const unreadable = outcomes.filter((o): o is UnreadableBundle => !isSighting(o));
  const kept = newestPerComputer(outcomes.filter((o): o is Seen => isSighting(o)));
  if (kept.length === 0) {
    throw new NoReadableSnapshot(sources.length === 0 ? 'No snapshot files were given.' : 'None of the files given is a readable machine snapshot.', unreadable[0]?.message);
  }

  // Who runs the Sync App (it does not depend on the paths); then the office's inputs.
  const running = kept.map((s) => runsSyncApp(s.observations));
  const inputs = officeInputsFrom(given, kept.map((s, i) => ({ runsSyncApp: running[i]!, ...(s.checkInputs && { checkInputs: s.checkInputs }) })));
  const location = reportSyncAppLocation(kept.filter((_, i) => running[i]).map((s) => s.computerName), inputs.syncAppLocation);

  const generatedAt = new Date().toISOString();
  const machines: OfficeMachine[] = [];
  for (const s of kept) {
    let observations = s.observations;
    if (!samePaths(s.observedWith, inputs.autoentryPaths)) {
      const again = await s.read();
      if (!again.ok) {
        unreadable.push({ file: s.file, message: again.message }); // changed on disk since it was first read
        continue;
      }
      observations = await observeOfficeSnapshot(again.snapshot, s.patterns, inputs.autoentryPaths, timeoutMs);
    }
    machines.push({
      computerName: s.computerName,
      capturedAt: s.capturedAt,
      file: s.file,
      observations,
      report: diagnose(observations, location !== undefined ? { syncAppLocation: location } : {}, generatedAt),
      ...(s.links && { links: s.links }),
    });
  }
  return { report: judgeOffice({ machines, unreadable, inputs, generatedAt }), inputs };
}

function samePaths(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i]);
}

/**
 * Each source read and observed (a few files at a time on this thread, or on worker threads),
 * in the order given. A file no worker finished is done here, as if there were no workers.
 */
async function sightingsOf(
  sources: ReadonlyArray<OfficeSource | OfficeFile>,
  givenPaths: string[],
  timeoutMs: number,
  workers: number,
): Promise<Array<Seen | UnreadableBundle>> {
  const readOf = (source: OfficeSource | OfficeFile) => ('read' in source ? () => source.read() : async () => source.load);
  const fromWorkers = workers > 0 && sources.every((s) => 'read' in s) ? await workerSightings(sources.map((s) => s.file), givenPaths, timeoutMs, workers) : [];

  const outcomes: Array<Seen | UnreadableBundle> = new Array(sources.length);
  let next = 0;
  async function reader(): Promise<void> {
    for (let index = next++; index < sources.length; index = next++) {
      const source = sources[index]!;
      const read = readOf(source);
      const outcome = fromWorkers[index] ?? (await sightingOf(source.file, await read(), givenPaths, timeoutMs));
      outcomes[index] = isSighting(outcome) ? { ...outcome, read } : outcome;
    }
  }
  await Promise.all(Array.from({ length: Math.min(SNAPSHOTS_AT_ONCE, sources.length) }, reader));
  return outcomes;
}

async function workerSightings(files: string[], givenPaths: string[], timeoutMs: number, workers: number) {
  const pool = await import('./office-observer-pool.js');
  return pool.workersAvailable() ? pool.observeOnWorkers(files, givenPaths, timeoutMs, workers) : [];
}
