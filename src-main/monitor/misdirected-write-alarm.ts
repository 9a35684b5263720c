import type { HistoryEvent } from '../../src-shared/history/history-schema.js';
import type { Finding, Report } from '../../src-shared/model/report-schema.js';
import type { PathFlavour } from '../host/host.js';
import type { MonitorClock } from './monitor-clock.js';
import type { PathWatcher, PathWatcherFactory } from './path-watcher.js';
import { monitoredInventory } from '../../src-shared/report/report-inventory.js';
import { networkPathTest, type WatchTarget } from './watch-targets.js';
import { sameWinName, winUpcase } from '../../src-shared/winpath/win-case.js';

/** "The 2024 data was just written to": raised once per burst of writes into data AutoEntry should not use. */
export interface MisdirectedWriteAlarm {
  type: 'alarm';
  kind: 'misdirected-write';
  /** When the burst's first write was noticed (ISO 8601). */
  at: string;
  /** The wrong path AutoEntry is set to (as configured). */
  configuredPath: string;
  /** What is watched: the dataset's ACCDATA folder, or the company file. */
  watched: string;
  /** The finding that made it wrong. */
  code: 'path.stale-version' | 'path.mismatch';
  title: string;
  message: string;
}

/** A burst of writes is over once the wrong data has been quiet this long. */
export const DEFAULT_ALARM_QUIET_MS = 30_000;

interface WrongData {
  target: WatchTarget;
  finding: Finding & { configuredPath: string };
  label: string;
}

const WRONG_CODES = new Set(['path.stale-version', 'path.mismatch']);

/** The data a report says AutoEntry wrongly points at, and what to watch of it (read-only, depth 0). */
export function wrongDataTargets(report: Report | undefined, flavour: PathFlavour): WrongData[] {
  if (report === undefined) return [];
  const onNetwork = networkPathTest(report);
  const versions = monitoredInventory(report).sage.versions;
  const sep = flavour === 'windows' ? '\\' : '/';
  const same = (a: string, b: string) => (flavour === 'windows' ? sameWinName(a, b) : a === b);
  const wrong: WrongData[] = [];
  for (const f of report.findings) {
    if (!WRONG_CODES.has(f.code) || f.configuredPath === undefined) continue;
    const configured = f.configuredPath.replace(/[\\/]+$/, '');
    const quickbooks = f.software === 'quickbooks' || /\.qbw$/i.test(configured);
    const watched = quickbooks || /[\\/]accdata$/i.test(configured) ? configured : `${configured}${sep}ACCDATA`;
    const version = versions.find((v) => v.datasets.some((d) => same(d.path.replace(/[\\/]+$/, ''), configured)))?.name;
    const label = quickbooks
      ? `The other copy of ${configured.split(/[\\/]/).at(-1)}`
      : f.code === 'path.stale-version' && version !== undefined
        ? `The Sage ${version} data`
        : `The dataset at ${configured}`;
    wrong.push({ target: { path: watched, polling: onNetwork(watched) }, finding: { ...f, configuredPath: f.configuredPath }, label });
  }
  return wrong;
}

export interface MisdirectedWriteAlarmOptions {
  pathWatcher: PathWatcherFactory;
  clock: MonitorClock;
  quietMs?: number;
  onAlarm(alarm: MisdirectedWriteAlarm): void;
  onError(error: unknown): void;
}

function clockTime(ms: number): string {
  return new Date(ms).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false });
}

/**
 * Watches the wrong data while a report says AutoEntry points at it, and raises one alarm per
 * burst of writes: the first write alarms at once, the next ones are quiet until the data has
 * been left alone for `quietMs`. Its watcher is made only once there is wrong data to watch.
 */
export function createMisdirectedWriteAlarm(options: MisdirectedWriteAlarmOptions) {
  const quietMs = options.quietMs ?? DEFAULT_ALARM_QUIET_MS;
  let watcher: PathWatcher | undefined;
  // Stryker disable next-line ArrayDeclaration: read only by the watcher's events, and the watcher is made by update(), which sets it first
  let watchedData: WrongData[] = [];
  const bursts = new Map<string, unknown>();
  let closed = false;

  function dataFor(path: string): WrongData | undefined {
    // A watched path never ends in a separator (wrongDataTargets); a written path that does is inside it.
    const written = winUpcase(path);
    const sep = path.includes('\\') ? '\\' : '/';
    return watchedData.find((w) => written === winUpcase(w.target.path) || written.startsWith(`${winUpcase(w.target.path)}${sep}`));
  }

  function onWrite(path: string): void {
    if (closed) return;
    const data = dataFor(path);
    if (!data) return;
    const key = data.target.path;
    const quiet = bursts.get(key);
    if (quiet !== undefined) options.clock.clearTimeout(quiet);
    else raise(data);
    bursts.set(key, options.clock.setTimeout(() => bursts.delete(key), quietMs));
  }

  function raise(data: WrongData): void {
    const now = options.clock.now();
    const title = `${data.label} was just written to`;
    const message = `${data.label} was written to at ${clockTime(now)} — most likely AutoEntry delivering an invoice into books nobody works in. Correct AutoEntry's path, then publish that invoice again.`;
    try {
      options.onAlarm({ type: 'alarm', kind: 'misdirected-write', at: new Date(now).toISOString(), configuredPath: data.finding.configuredPath, watched: data.target.path, code: data.finding.code as MisdirectedWriteAlarm['code'], title, message });
    } catch (error) {
      options.onError(error);
    }
  }

  return {
    /** Follows a new report: watches exactly the wrong data it names. */
    update(report: Report, flavour: PathFlavour): void {
      if (closed) return;
      watchedData = wrongDataTargets(report, flavour);
      if (watchedData.length === 0 && watcher === undefined) return;
      watcher ??= options.pathWatcher(onWrite, options.onError);
      watcher.update(watchedData.map((w) => w.target));
      for (const [key, timer] of bursts) {
        if (!watchedData.some((w) => w.target.path === key)) {
          options.clock.clearTimeout(timer);
          bursts.delete(key);
        }
      }
    },
    async close(): Promise<void> {
      closed = true;
      for (const timer of bursts.values()) options.clock.clearTimeout(timer);
      bursts.clear();
      await watcher?.close();
    },
  };
}

/** The alarm as a line of the monitor's history. */
export function alarmHistoryEvent(alarm: MisdirectedWriteAlarm): HistoryEvent {
  return { at: alarm.at, type: 'misdirected-write', detail: alarm.message };
}
