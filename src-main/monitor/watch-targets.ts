import type { Report } from '../../src-shared/model/report-schema.js';
import type { CheckInputs } from '../check/check-inputs.js';
import type { PathFlavour } from '../host/host.js';
import { monitoredInventory } from '../../src-shared/report/report-inventory.js';
import { winUpcase } from '../../src-shared/winpath/win-case.js';

/** One path the monitor watches (never recursively: a folder is watched at depth 0). */
export interface WatchTarget {
  path: string;
  /** Poll instead of native events: network drives and shares do not deliver events reliably. */
  polling: boolean;
}

/** More than this many paths is not "the few files that matter"; the rest are left to the periodic check. */
export const MAX_WATCH_TARGETS = 400;

const WINDOWS_ABSOLUTE = /^(?:[A-Za-z]:[\\/]|\\\\|\/\/)/;
const UNC = /^(?:\\\\|\/\/)/;
const QUICKBOOKS_COMPANY_FILE = /\.qbw$/i;

function isAbsoluteFor(flavour: PathFlavour, path: string): boolean {
  return flavour === 'windows' ? WINDOWS_ABSOLUTE.test(path) : path.startsWith('/');
}

/** Whether a path is on another computer (UNC, or a drive the report saw mapped): such paths are polled. */
export function networkPathTest(report: Report | undefined): (path: string) => boolean {
  const networkDrives = new Set(
    monitoredInventory(report).drives.filter((drive) => drive.kind === 'network').map((drive) => drive.letter.toUpperCase()),
  );
  // A drive letter is the path's first two characters ("S:"): nothing else can equal one.
  return (path) => UNC.test(path) || networkDrives.has(path.slice(0, 2).toUpperCase());
}

/**
 * The files that can change a report, read from the last report and the inputs: Sage COMPANY
 * lists and dataset folders, QuickBooks QBWUSER.INI lists, company files and their `.ND`
 * sidecars, and the configured paths. Only meaningful for a live host (a snapshot's paths are
 * another computer's); paths that are not absolute on `flavour` are skipped.
 */
export function deriveWatchTargets(report: Report | undefined, inputs: CheckInputs, flavour: PathFlavour): WatchTarget[] {
  const inventory = monitoredInventory(report);
  const onNetwork = networkPathTest(report);

  const targets = new Map<string, WatchTarget>();
  const add = (path: string, network = false): void => {
    if (!isAbsoluteFor(flavour, path) || targets.size >= MAX_WATCH_TARGETS) return;
    const key = flavour === 'windows' ? winUpcase(path) : path;
    const existing = targets.get(key);
    const polling = network || onNetwork(path);
    if (existing === undefined) targets.set(key, { path, polling });
    else if (polling && !existing.polling) existing.polling = true;
  };
  const addCompanyFile = (path: string): void => {
    add(path);
    add(`${path}.ND`);
  };

  for (const path of inputs.autoentryPaths) {
    if (QUICKBOOKS_COMPANY_FILE.test(path)) addCompanyFile(path);
    else add(path);
  }
  for (const version of inventory.sage.versions) {
    add(version.companyFile);
    for (const dataset of version.datasets) add(dataset.path, dataset.network);
  }
  for (const recent of inventory.quickbooks.recentFiles) add(recent.listedIn);
  for (const file of inventory.quickbooks.companyFiles) addCompanyFile(file.path);
  return [...targets.values()];
}
