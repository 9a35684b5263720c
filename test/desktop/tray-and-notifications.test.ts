import { describe, expect, it } from 'vitest';
import { createNotificationPolicy } from '../../src-main/app/notification-policy.js';
import { trayIconFile, trayMenu, trayTooltip, TOOLTIP_MAX } from '../../src-main/app/tray-model.js';
import { makeReport, SERVICE_STOPPED, SYNC_APP_STOPPED } from './fakes.js';

describe('tray', () => {
  it('shows one icon per status', () => {
    expect(['ok', 'warn', 'error', 'checking'].map((s) => trayIconFile(s as never))).toEqual([
      'tray-ok.png', 'tray-warn.png', 'tray-error.png', 'tray-checking.png',
    ]);
  });

  it('sums the report up in one line, worst problem first', () => {
    expect(trayTooltip(undefined)).toBe('Sync Doctor – checking…');
    expect(trayTooltip(makeReport('ok', [{}]))).toBe('Sync Doctor – all good');
    expect(trayTooltip(makeReport('error', [SERVICE_STOPPED, SYNC_APP_STOPPED]))).toBe('Sync Doctor – 2 problems: The Sync App is not running');
    expect(trayTooltip(makeReport('warn', [SERVICE_STOPPED]), true)).toBe('Sync Doctor (demo) – 1 problem: The Sage data service is stopped');
  });

  it('keeps the tooltip within what Windows shows', () => {
    const long = trayTooltip(makeReport('error', [{ ...SYNC_APP_STOPPED, title: 'x'.repeat(300) }]));
    expect(long).toHaveLength(TOOLTIP_MAX);
    expect(long.endsWith('…')).toBe(true);
  });

  it('offers Start Sync App only when it is not running', () => {
    expect(trayMenu(makeReport('ok', [{}])).map((i) => [i.label, i.enabled])).toEqual([
      ['Open Sync Doctor', true], ['Check now', true], ['Start Sync App', false], ['Quit', true],
    ]);
    expect(trayMenu(makeReport('error', [SYNC_APP_STOPPED])).find((i) => i.command === 'start-sync-app')?.enabled).toBe(true);
  });
});

describe('notifications', () => {
  const ok = makeReport('ok', [{}]);
  const warn = makeReport('warn', [SERVICE_STOPPED]);
  const error = makeReport('error', [SYNC_APP_STOPPED]);

  it('tells when the status gets worse, not when it stays bad or improves', () => {
    const policy = createNotificationPolicy({ now: () => 0, debounceMs: 0 });
    expect(policy.decide(ok, true)).toBeUndefined();
    expect(policy.decide(warn, true)?.title).toBe('AutoEntry sync needs attention');
    expect(policy.decide(warn, true)).toBeUndefined();
    expect(policy.decide(error, true)).toEqual({
      title: 'AutoEntry cannot sync',
      body: 'The Sync App is not running. Open Sync Doctor to see how to fix it.',
    });
    expect(policy.decide(warn, true)).toBeUndefined();
    expect(policy.decide(error, true)).toBeUndefined();
    expect(policy.decide(ok, true)).toBeUndefined();
    expect(policy.decide(error, true)).toBeDefined();
  });

  it('stays quiet when switched off in settings', () => {
    const policy = createNotificationPolicy({ now: () => 0, debounceMs: 0 });
    expect(policy.decide(error, false)).toBeUndefined();
  });

  it('debounces a flapping status, and announces a worsening once the window has passed', () => {
    let t = 0;
    const policy = createNotificationPolicy({ now: () => t, debounceMs: 600_000 });
    expect(policy.decide(warn, true)).toBeDefined();
    t = 60_000;
    expect(policy.decide(ok, true)).toBeUndefined();
    expect(policy.decide(warn, true)).toBeUndefined();
    expect(policy.decide(error, true)).toBeUndefined();
    t = 700_000;
    expect(policy.decide(error, true)?.title).toBe('AutoEntry cannot sync');
  });
});
