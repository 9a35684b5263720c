/**
 * The preload: exposes exactly the IPC contract as `window.syncDoctor`, nothing else. It runs
 * sandboxed, where only `electron` can be required, so it is CommonJS (`.cts`) and imports the
 * contract's types only; the channel list below is checked against the contract by the
 * compiler (both ways) and by test/desktop/electron-shell.test.ts. Main validates every call.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { IpcChannel, SyncDoctorBridge } from '../../src-shared/ipc/contract.js';

export const BRIDGE_CHANNELS = [
  'app-info', 'report-get', 'report-check-now', 'report-text', 'settings-get', 'settings-save',
  'path-validate', 'syncapp-start', 'open-folder', 'path-browse', 'open-external', 'copy-text', 'history-get',
  'support-bundle', 'logs-recent', 'log-write', 'demo-load', 'office-check', 'office-folder',
] as const satisfies readonly IpcChannel[];

type Missing = Exclude<IpcChannel, (typeof BRIDGE_CHANNELS)[number]>;
const everyChannelListed: [Missing] extends [never] ? true : Missing = true;
void everyChannelListed;

/** Must equal REPORT_CHANGED_EVENT of the contract. */
export const REPORT_CHANGED = 'report-changed';

type Envelope = { ok: true; value: unknown } | { ok: false; error: string };

export const bridge: SyncDoctorBridge = {
  async invoke(channel, request) {
    if (!(BRIDGE_CHANNELS as readonly string[]).includes(channel)) throw new Error(`Unknown channel ${String(channel)}`);
    const answer = (await ipcRenderer.invoke(channel, request)) as Envelope;
    if (!answer.ok) throw new Error(answer.error);
    return answer.value as never;
  },
  onReportChanged(listener) {
    const handler = (_event: IpcRendererEvent, report: unknown) => listener(report as never);
    ipcRenderer.on(REPORT_CHANGED, handler);
    return () => void ipcRenderer.removeListener(REPORT_CHANGED, handler);
  },
};

contextBridge.exposeInMainWorld('syncDoctor', bridge);
