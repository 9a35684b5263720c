import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../src-shared/model/report-schema.js';
import { createPollingReportSource } from '../../src-main/app/polling-report-source.js';
import { createSwitchableReportSource } from '../../src-main/app/switchable-report-source.js';
import { fakeReportSource, makeReport, SERVICE_STOPPED, SYNC_APP_STOPPED } from './fakes.js';

afterEach(() => vi.useRealTimers());

describe('polling report source', () => {
  it('checks at once and on every interval, telling subscribers only about changes', async () => {
    vi.useFakeTimers();
    const answers = [
      makeReport('ok', [{}], { generatedAt: '10:00' }),
      makeReport('ok', [{}], { generatedAt: '10:01' }),
      makeReport('error', [SYNC_APP_STOPPED], { generatedAt: '10:02' }),
      makeReport('error', [SYNC_APP_STOPPED], { generatedAt: '10:03' }),
      makeReport('error', [SYNC_APP_STOPPED, SERVICE_STOPPED], { generatedAt: '10:04' }),
    ];
    let call = 0;
    const runCheck = vi.fn(async () => answers[Math.min(call++, answers.length - 1)]!);
    const source = createPollingReportSource(runCheck, 1000);
    const seen: Report[] = [];
    source.subscribe((r) => seen.push(r));
    await vi.advanceTimersByTimeAsync(4500);
    expect(runCheck).toHaveBeenCalledTimes(5);
    expect(seen.map((r) => r.generatedAt)).toEqual(['10:00', '10:02', '10:04']);
    expect(source.current()?.generatedAt).toBe('10:04');
    await source.close();
    await vi.advanceTimersByTimeAsync(5000);
    expect(runCheck).toHaveBeenCalledTimes(5);
  });

  it('joins a check already running rather than starting another', async () => {
    let release!: (r: Report) => void;
    const runCheck = vi.fn(() => new Promise<Report>((resolve) => (release = resolve)));
    const source = createPollingReportSource(runCheck, 60_000);
    const a = source.checkNow();
    const b = source.checkNow();
    release(makeReport('warn'));
    expect((await a).status).toBe('warn');
    expect(await b).toBe(await a);
    expect(runCheck).toHaveBeenCalledOnce();
    await source.close();
  });

  it('reports a failed scheduled check to onError and keeps going', async () => {
    vi.useFakeTimers();
    const onError = vi.fn();
    const runCheck = vi.fn().mockRejectedValueOnce(new Error('probe crashed')).mockResolvedValue(makeReport('ok'));
    const source = createPollingReportSource(runCheck, 1000, { onError });
    await vi.advanceTimersByTimeAsync(1100);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'probe crashed' }));
    expect(source.current()?.status).toBe('ok');
    await source.close();
  });
});

describe('switchable report source (the demo swaps the machine)', () => {
  it('keeps subscribers across a switch and closes the old source', async () => {
    const live = fakeReportSource(makeReport('ok'));
    const demo = fakeReportSource(makeReport('error', [SYNC_APP_STOPPED]));
    const source = createSwitchableReportSource(live);
    const seen: string[] = [];
    source.subscribe((r) => seen.push(r.status));
    live.publish(makeReport('warn'));
    await source.switchTo(demo);
    expect(live.closed).toBe(true);
    live.publish(makeReport('ok'));
    demo.publish(makeReport('error', [SYNC_APP_STOPPED]));
    expect(seen).toEqual(['warn', 'error']);
    expect(source.current()?.status).toBe('error');
    expect((await source.checkNow()).status).toBe('error');
    await source.close();
    expect(demo.closed).toBe(true);
  });
});
