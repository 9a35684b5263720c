import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding, Report } from '../../src-shared/model/report-schema.js';
import {
  alarmHistoryEvent,
  createMisdirectedWriteAlarm,
  DEFAULT_ALARM_QUIET_MS,
  type MisdirectedWriteAlarm,
} from '../../src-main/monitor/misdirected-write-alarm.js';
import { systemClock } from '../../src-main/monitor/monitor-clock.js';
import { alarmReport, fakeWatcher } from './monitor-fakes.js';

// The misdirected-invoice alarm over time: one alarm per delivery of writes, however long the
// delivery lasts, a new one only after the data has been left alone for the quiet period.
// Fake timers drive the monitor's clock; the watcher is played by the test.
const STALE = 'C:\\ProgramData\\Sage\\Accounts\\2024\\Company.000';
const CURRENT = 'C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000';

function report(findings: Array<Partial<Finding> & Pick<Finding, 'code'>>): Report {
  return alarmReport(findings, {
    sage: {
      versions: [
        { name: '2025', companyFile: 'C:\\ProgramData\\Sage\\Accounts\\2025\\COMPANY', datasets: [{ path: CURRENT, network: false }] },
        { name: '2024', companyFile: 'C:\\ProgramData\\Sage\\Accounts\\2024\\COMPANY', datasets: [{ path: STALE, network: false }] },
      ],
    },
  });
}

const staleReport = report([{ code: 'path.stale-version', configuredPath: STALE, suggestedPath: CURRENT, software: 'sage' }]);

function alarmOver(quietMs?: number) {
  const watcher = fakeWatcher();
  const alarms: MisdirectedWriteAlarm[] = [];
  const errors: unknown[] = [];
  const alarm = createMisdirectedWriteAlarm({
    pathWatcher: watcher.factory,
    clock: systemClock,
    ...(quietMs !== undefined && { quietMs }),
    onAlarm: (raised) => void alarms.push(raised),
    onError: (error) => void errors.push(error),
  });
  return { alarm, watcher, alarms, errors };
}

/** One write every `everyMs` for `forMs` into `file`, in fake time. */
async function deliver(emit: (path: string) => void, file: string, forMs: number, everyMs: number): Promise<void> {
  for (let t = 0; t < forMs; t += everyMs) {
    emit(file);
    await vi.advanceTimersByTimeAsync(everyMs);
  }
}

describe('the misdirected-invoice alarm over a long delivery', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-20T09:30:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('a delivery longer than the quiet period, its writes closer together than it, raises exactly one alarm', async () => {
    const { alarm, watcher, alarms, errors } = alarmOver();
    alarm.update(staleReport, 'windows');
    // Two minutes of writes, one every ten seconds: four times the 30-second quiet period.
    await deliver(watcher.emit, `${STALE}\\ACCDATA\\QUEUE.DTA`, 120_000, 10_000);
    expect(alarms).toHaveLength(1);
    expect(alarms[0]).toMatchObject({ type: 'alarm', kind: 'misdirected-write', code: 'path.stale-version', configuredPath: STALE, watched: `${STALE}\\ACCDATA`, at: '2026-11-20T09:30:00.000Z' });
    expect(alarms[0]!.title).toBe('The Sage 2024 data was just written to');
    // Still inside the quiet period after the last write: the same delivery, no new alarm.
    watcher.emit(`${STALE}\\ACCDATA\\QUEUE.DTA`);
    await vi.advanceTimersByTimeAsync(DEFAULT_ALARM_QUIET_MS - 1);
    watcher.emit(`${STALE}\\ACCDATA\\INVOICE.DTA`);
    expect(alarms).toHaveLength(1);
    // Left alone for the whole quiet period, the next write is a new delivery: a second alarm.
    await vi.advanceTimersByTimeAsync(DEFAULT_ALARM_QUIET_MS);
    watcher.emit(`${STALE}\\ACCDATA\\QUEUE.DTA`);
    expect(alarms).toHaveLength(2);
    expect(errors).toEqual([]);
    await alarm.close();
  });

  it('the quiet period is the one given: writes a little further apart than it are separate deliveries', async () => {
    const { alarm, watcher, alarms } = alarmOver(5000);
    alarm.update(staleReport, 'windows');
    await deliver(watcher.emit, `${STALE}\\ACCDATA\\QUEUE.DTA`, 30_000, 4000);
    expect(alarms).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(5000);
    await deliver(watcher.emit, `${STALE}\\ACCDATA\\QUEUE.DTA`, 18_000, 6000);
    expect(alarms).toHaveLength(4);
    await alarm.close();
  });

  it('writes into the right data, or next to the wrong data, raise nothing', async () => {
    const { alarm, watcher, alarms } = alarmOver();
    alarm.update(staleReport, 'windows');
    watcher.emit(`${CURRENT}\\ACCDATA\\QUEUE.DTA`);
    watcher.emit(`${STALE}\\ACCDATA2\\QUEUE.DTA`);
    watcher.emit(`${STALE}\\NOTES.TXT`);
    expect(alarms).toEqual([]);
    // The watched folder itself (its own change event) is a write into it.
    watcher.emit(`${STALE}\\ACCDATA`);
    expect(alarms).toHaveLength(1);
    await alarm.close();
  });

  it('a path set with ACCDATA in any case is the data folder itself, and a write into it alarms', async () => {
    for (const accdata of ['accdata', 'AccData', 'ACCDATA']) {
      const { alarm, watcher, alarms } = alarmOver();
      const configured = `D:\\Sage\\Harbour\\Company.000\\${accdata}`;
      alarm.update(report([{ code: 'path.mismatch', configuredPath: configured, software: 'sage' }]), 'windows');
      expect(watcher.targets(), accdata).toEqual([{ path: configured, polling: false }]);
      watcher.emit(`D:\\Sage\\Harbour\\Company.000\\${accdata}\\QUEUE.DTA`);
      expect(alarms, accdata).toHaveLength(1);
      expect(alarms[0]).toMatchObject({ code: 'path.mismatch', configuredPath: configured, watched: configured, title: `The dataset at ${configured} was just written to` });
      await alarm.close();
    }
  });

  it('matches the written path to the watched one as Windows compares names (any case), and with forward slashes on Linux', async () => {
    const windows = alarmOver();
    windows.alarm.update(staleReport, 'windows');
    windows.watcher.emit(`${STALE.toLowerCase()}\\accdata\\queue.dta`);
    expect(windows.alarms).toHaveLength(1);
    await windows.alarm.close();

    const posix = alarmOver();
    posix.alarm.update(report([{ code: 'path.mismatch', configuredPath: '/srv/sage/Company.000', software: 'sage' }]), 'posix');
    expect(posix.watcher.targets()).toEqual([{ path: '/srv/sage/Company.000/ACCDATA', polling: false }]);
    posix.watcher.emit('/srv/sage/Company.000/ACCDATA2/QUEUE.DTA');
    posix.watcher.emit('/srv/sage/Company.000/ACCDATA.bak');
    expect(posix.alarms).toHaveLength(0);
    posix.watcher.emit('/srv/sage/Company.000/ACCDATA/QUEUE.DTA');
    expect(posix.alarms).toHaveLength(1);
    await posix.alarm.close();
  });

  it('says when the write came, in words and in the history', async () => {
    const { alarm, watcher, alarms } = alarmOver();
    alarm.update(staleReport, 'windows');
    await vi.advanceTimersByTimeAsync(60_000);
    watcher.emit(`${STALE}\\ACCDATA\\QUEUE.DTA`);
    const [raised] = alarms;
    expect(raised!.at).toBe('2026-11-20T09:31:00.000Z');
    expect(raised!.message).toMatch(/^The Sage 2024 data was written to at \d\d:\d\d — most likely AutoEntry delivering an invoice into books nobody works in\. Correct AutoEntry's path, then publish that invoice again\.$/);
    expect(alarmHistoryEvent(raised!)).toEqual({ at: '2026-11-20T09:31:00.000Z', type: 'misdirected-write', detail: raised!.message });
    await alarm.close();
  });

  it('watches nothing, and makes no watcher, until a report names wrong data; stops alarming once the path is fixed', async () => {
    const made = vi.fn();
    const watcher = fakeWatcher();
    const alarms: MisdirectedWriteAlarm[] = [];
    const alarm = createMisdirectedWriteAlarm({
      pathWatcher: (change, error) => (made(), watcher.factory(change, error)),
      clock: systemClock,
      onAlarm: (raised) => void alarms.push(raised),
      onError: () => undefined,
    });
    alarm.update(report([{ code: 'path.match', configuredPath: CURRENT }]), 'windows');
    expect(made).not.toHaveBeenCalled();
    alarm.update(staleReport, 'windows');
    expect(made).toHaveBeenCalledTimes(1);
    watcher.emit(`${STALE}\\ACCDATA\\QUEUE.DTA`);
    expect(alarms).toHaveLength(1);
    // Fixed: nothing is watched any more, and a late event from the old watch raises nothing.
    alarm.update(report([{ code: 'path.match', configuredPath: CURRENT }]), 'windows');
    expect(watcher.targets()).toEqual([]);
    watcher.emit(`${STALE}\\ACCDATA\\QUEUE.DTA`);
    expect(alarms).toHaveLength(1);
    // Wrong again at once: a new delivery alarms at once, not after the old quiet period.
    alarm.update(staleReport, 'windows');
    watcher.emit(`${STALE}\\ACCDATA\\QUEUE.DTA`);
    expect(alarms).toHaveLength(2);
    expect(made).toHaveBeenCalledTimes(1);
    await alarm.close();
    expect(watcher.closed()).toBe(true);
    watcher.emit(`${STALE}\\ACCDATA\\QUEUE.DTA`);
    alarm.update(staleReport, 'windows');
    expect(alarms).toHaveLength(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('two wrong datasets have a delivery each; fixing one leaves the other\'s delivery going', async () => {
    const OTHER = 'D:\\Old\\Harbour\\Company.001';
    const both = report([
      { code: 'path.stale-version', configuredPath: STALE, suggestedPath: CURRENT, software: 'sage' },
      { code: 'path.mismatch', configuredPath: OTHER, software: 'sage' },
    ]);
    const { alarm, watcher, alarms } = alarmOver();
    alarm.update(both, 'windows');
    expect(watcher.targets()).toEqual([
      { path: `${STALE}\\ACCDATA`, polling: false },
      { path: `${OTHER}\\ACCDATA`, polling: false },
    ]);
    watcher.emit(`${STALE}\\ACCDATA\\QUEUE.DTA`);
    watcher.emit(`${OTHER}\\ACCDATA\\QUEUE.DTA`);
    expect(alarms.map((a) => a.configuredPath)).toEqual([STALE, OTHER]);
    // The stale path is fixed; the other is still wrong and still being written to: the same delivery.
    alarm.update(report([{ code: 'path.mismatch', configuredPath: OTHER, software: 'sage' }]), 'windows');
    await vi.advanceTimersByTimeAsync(10_000);
    watcher.emit(`${OTHER}\\ACCDATA\\INVOICE.DTA`);
    expect(alarms).toHaveLength(2);
    // The fixed one, wrong again, alarms at once: its old delivery ended with the fix.
    alarm.update(both, 'windows');
    watcher.emit(`${STALE}\\ACCDATA\\QUEUE.DTA`);
    expect(alarms.map((a) => a.configuredPath)).toEqual([STALE, OTHER, STALE]);
    await alarm.close();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a report that arrives after close makes no watcher', async () => {
    const made = vi.fn();
    const watcher = fakeWatcher();
    const alarm = createMisdirectedWriteAlarm({
      pathWatcher: (change, error) => (made(), watcher.factory(change, error)),
      clock: systemClock,
      onAlarm: () => undefined,
      onError: () => undefined,
    });
    await alarm.close();
    alarm.update(staleReport, 'windows');
    expect(made).not.toHaveBeenCalled();
  });

  it('a listener that throws is an error reported, not a crash, and the delivery is still one', async () => {
    const watcher = fakeWatcher();
    const errors: unknown[] = [];
    const alarm = createMisdirectedWriteAlarm({
      pathWatcher: watcher.factory,
      clock: systemClock,
      onAlarm: () => {
        throw new Error('listener broke');
      },
      onError: (error) => void errors.push(error),
    });
    alarm.update(staleReport, 'windows');
    watcher.emit(`${STALE}\\ACCDATA\\QUEUE.DTA`);
    watcher.emit(`${STALE}\\ACCDATA\\QUEUE.DTA`);
    expect(errors).toEqual([new Error('listener broke')]);
    await alarm.close();
  });
});
