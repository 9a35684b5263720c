import { computerKey, sameComputer } from '../model/computer-names.js';
import { runsSyncApp } from './data-in-use.js';
import type { OfficeInputs, OfficeMachine } from './office-machine.js';

/** Who runs the Sync App, and where AutoEntry expects it. */
export interface OfficeRoles {
  runners: OfficeMachine[];
  /** The Sync App location given (command line or bundles), trimmed. */
  location?: string;
  /** The office PC the given location names, if it is one of them. */
  locationMachine?: OfficeMachine;
  /** The PC whose view of the AutoEntry paths counts: the one runner, else the location PC. */
  syncAppMachine?: OfficeMachine;
}

export function officeRoles(machines: readonly OfficeMachine[], inputs: OfficeInputs): OfficeRoles {
  const runners = machines.filter((m) => runsSyncApp(m.observations));
  const location = inputs.syncAppLocation?.trim() || undefined;
  const locationMachine = location === undefined ? undefined : machines.find((m) => sameComputer(m.computerName, location));
  const syncAppMachine = runners.length === 1 ? runners[0] : runners.length === 0 ? locationMachine : undefined;
  return {
    runners,
    ...(location !== undefined && { location }),
    ...(locationMachine && { locationMachine }),
    ...(syncAppMachine && { syncAppMachine }),
  };
}

/**
 * The Sync App location each PC's own report is made with: the office PC where it runs when
 * exactly one does (so the others read `syncapp.elsewhere`), else the location given.
 */
export function reportSyncAppLocation(runnerNames: readonly string[], given: string | undefined): string | undefined {
  if (runnerNames.length === 1) return runnerNames[0];
  return given?.trim() || undefined;
}

/** Of several snapshots of one computer, the newest `capturedAt` counts; order is kept otherwise. */
export function newestPerComputer<T extends { computerName: string; capturedAt: string }>(items: readonly T[]): T[] {
  const kept: T[] = [];
  // By computer key, in one pass: an office may bring a thousand PCs.
  const indexOf = new Map<string, number>();
  for (const item of items) {
    const key = computerKey(item.computerName);
    const index = indexOf.get(key);
    if (index === undefined) {
      indexOf.set(key, kept.length);
      kept.push(item);
    } else if (Date.parse(item.capturedAt) > Date.parse(kept[index]!.capturedAt)) kept[index] = item;
  }
  return kept;
}

export interface BundledInputs {
  runsSyncApp: boolean;
  checkInputs?: { autoentryPaths?: string[]; syncAppLocation?: string };
}

/** The command line's inputs, else those a bundle was collected with — the Sync App PC's first. */
export function officeInputsFrom(given: { autoentryPaths: string[]; syncAppLocation?: string }, bundles: readonly BundledInputs[]): OfficeInputs {
  // The Sync App PCs' bundles, then all in the order given (the first that has an answer counts).
  const ordered = [...bundles.filter((b) => b.runsSyncApp), ...bundles];
  const paths = given.autoentryPaths.length > 0 ? given.autoentryPaths : (ordered.map((b) => b.checkInputs?.autoentryPaths ?? []).find((p) => p.length > 0) ?? []);
  const location = given.syncAppLocation?.trim() || ordered.map((b) => b.checkInputs?.syncAppLocation?.trim()).find((l) => l !== undefined && l !== '');
  return { autoentryPaths: [...paths], ...(location !== undefined && { syncAppLocation: location }) };
}
