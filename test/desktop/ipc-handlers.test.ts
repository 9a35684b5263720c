import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type IpcChannel } from '../../src-shared/ipc/contract.js';
import { DEFAULT_SETTINGS } from '../../src-shared/settings/settings-schema.js';
import { createIpcHandlers } from '../../src-main/app/ipc-handlers.js';
import { dispatchIpc } from '../../src-main/app/ipc-dispatch.js';
import { fakeDeps, makeReport, SYNC_APP_STOPPED } from './fakes.js';

describe('the app service behind the bridge', () => {
  it('has a handler for every channel of the contract and no other', () => {
    const handlers = createIpcHandlers(fakeDeps().deps);
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
  });

  it('answers every channel with a response the contract accepts', async () => {
    const handlers = createIpcHandlers(fakeDeps().deps);
    const requests: { [C in IpcChannel]: unknown } = {
      'app-info': {}, 'report-get': {}, 'report-check-now': {}, 'report-text': {}, 'settings-get': {},
      'settings-save': DEFAULT_SETTINGS, 'path-validate': { path: 'C:\\x.QBW' }, 'syncapp-start': {},
      'open-folder': { path: 'C:\\' }, 'path-browse': { software: 'sage' }, 'open-external': { url: 'https://app.autoentry.com/' }, 'copy-text': { text: 'x' },
      'history-get': { range: '24h' }, 'support-bundle': { redact: true }, 'logs-recent': { lines: 3 },
      'log-write': { level: 'info', message: 'hi' }, 'demo-load': {},
      'office-check': { files: [{ name: 'PC1.json', text: '{}' }] }, 'office-folder': {},
    };
    for (const channel of Object.keys(IPC_CHANNELS) as IpcChannel[]) {
      const result = await dispatchIpc(handlers, channel, requests[channel]);
      expect(result, channel).toMatchObject({ ok: true });
    }
  });

  it('gives the report text of the current report', async () => {
    const { deps, reports } = fakeDeps();
    reports.publish(makeReport('error', [SYNC_APP_STOPPED]));
    expect(await createIpcHandlers(deps)['report-text']({})).toEqual({ text: 'Sync Doctor: error' });
  });

  it('runs a check when no report exists yet', async () => {
    const { deps } = fakeDeps();
    const reports = { ...deps.reports, current: () => undefined, checkNow: vi.fn(async () => makeReport('warn')) };
    expect((await createIpcHandlers({ ...deps, reports })['report-get']({})).status).toBe('warn');
    expect(reports.checkNow).toHaveBeenCalledOnce();
  });

  it('shows the corrupt-settings notice until the user saves, then applies the saved settings', async () => {
    const { deps } = fakeDeps();
    const onSettingsSaved = vi.fn();
    const handlers = createIpcHandlers({ ...deps, settings: { ...deps.settings, notice: 'kept as config.corrupt-….json' }, onSettingsSaved });
    expect((await handlers['settings-get']({})).notice).toMatch(/corrupt/);
    const saved = await handlers['settings-save']({ ...DEFAULT_SETTINGS, startAtLogin: true });
    expect(saved).toEqual({ settings: { ...DEFAULT_SETTINGS, startAtLogin: true } });
    expect(onSettingsSaved).toHaveBeenCalledWith(expect.objectContaining({ startAtLogin: true }));
    expect((await handlers['settings-get']({})).notice).toBeUndefined();
  });

  it('starts the Sync App with the current report and settings, and a way to re-check', async () => {
    const { deps, reports } = fakeDeps();
    reports.publish(makeReport('error', [SYNC_APP_STOPPED]));
    await createIpcHandlers(deps)['syncapp-start']({});
    const call = vi.mocked(deps.actions.startSyncApp).mock.calls[0]![0];
    expect(call.report?.status).toBe('error');
    reports.setNext(makeReport('ok'));
    expect((await call.recheck()).status).toBe('ok');
  });

  it('labels renderer log lines so they can be told apart', async () => {
    const { deps, logged } = fakeDeps();
    await createIpcHandlers(deps)['log-write']({ level: 'warn', message: 'chart failed' });
    expect(logged).toEqual([['warn', 'renderer: chart failed']]);
  });
});

describe('dispatching a call from the UI', () => {
  const handlers = () => createIpcHandlers(fakeDeps().deps);

  it('refuses a channel the contract lacks', async () => {
    expect(await dispatchIpc(handlers(), 'shell-exec', {})).toMatchObject({ ok: false, status: 404 });
    expect(await dispatchIpc(handlers(), '__proto__', {})).toMatchObject({ ok: false, status: 404 });
  });

  it('refuses a request that does not match the schema', async () => {
    expect(await dispatchIpc(handlers(), 'open-external', { url: 'https://evil.example/' })).toMatchObject({ ok: false, status: 400 });
    expect(await dispatchIpc(handlers(), 'logs-recent', { lines: 1e9 })).toMatchObject({ ok: false, status: 400 });
    expect(await dispatchIpc(handlers(), 'report-get', { extra: 1 })).toMatchObject({ ok: false, status: 400 });
  });

  it('refuses to pass on an answer that breaks the contract', async () => {
    const { deps } = fakeDeps({ appInfo: () => ({ version: 1 }) as never });
    expect(await dispatchIpc(createIpcHandlers(deps), 'app-info', {})).toMatchObject({ ok: false, status: 500 });
  });

  it('turns a failing handler into an error answer, not a throw', async () => {
    const { deps } = fakeDeps({ makeSupportBundle: async () => { throw new Error('disk full'); } });
    expect(await dispatchIpc(createIpcHandlers(deps), 'support-bundle', { redact: false })).toEqual({ ok: false, status: 500, error: 'disk full' });
  });
});
