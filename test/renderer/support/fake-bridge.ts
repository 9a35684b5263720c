import type { IpcChannel, IpcRequest, IpcResponse, SyncDoctorBridge } from '../../../src-shared/ipc/contract.js';
import { IPC_CHANNELS } from '../../../src-shared/ipc/contract.js';
import type { Report } from '../../../src-shared/model/report-schema.js';
import { DEFAULT_SETTINGS } from '../../../src-shared/settings/settings-schema.js';

type Handler<C extends IpcChannel> = (request: IpcRequest<C>) => IpcResponse<C> | Promise<IpcResponse<C>>;
export type FakeHandlers = { [C in IpcChannel]?: Handler<C> };

export interface FakeBridge extends SyncDoctorBridge {
  calls: Array<{ channel: IpcChannel; request: unknown }>;
  /** Pushes a report as the main side's `report-changed` event would. */
  push(report: Report): void;
  callsTo(channel: IpcChannel): unknown[];
}

/**
 * A stand-in for the main side: answers each channel from `handlers` (or a sensible default),
 * and checks requests and responses against the contract like the real bridges do.
 */
export function createFakeBridge(report: Report, handlers: FakeHandlers = {}): FakeBridge {
  const listeners = new Set<(r: Report) => void>();
  const calls: FakeBridge['calls'] = [];
  const defaults: FakeHandlers = {
    'app-info': () => ({ version: '0.1.0', mode: 'electron', demo: false, source: 'this PC' }),
    'report-get': () => report,
    'report-check-now': () => report,
    'report-text': () => ({ text: `Sync Doctor report for ${report.machine.computerName}` }),
    'settings-get': () => ({ settings: DEFAULT_SETTINGS }),
    'settings-save': (s) => ({ settings: IPC_CHANNELS['settings-save'].request.parse(s) }),
    'copy-text': () => ({ ok: true }),
    'open-folder': () => ({ ok: true }),
    'open-external': () => ({ ok: true }),
    'syncapp-start': () => ({ ok: true }),
    'history-get': ({ range }) => ({ range, events: [], uptime: [] }),
    'logs-recent': () => ({ lines: [] }),
    'log-write': () => ({ ok: true }),
    'support-bundle': ({ redact }) => ({ fileName: 'sync-doctor-bundle.json', savedTo: 'C:\\Users\\jane\\Desktop\\sync-doctor-bundle.json', content: JSON.stringify({ redact }) }),
  };
  return {
    calls,
    callsTo: (channel) => calls.filter((c) => c.channel === channel).map((c) => c.request),
    async invoke<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>> {
      IPC_CHANNELS[channel].request.parse(request);
      calls.push({ channel, request });
      const handler = (handlers[channel] ?? defaults[channel]) as Handler<C> | undefined;
      if (!handler) throw new Error(`No fake for ${channel}`);
      const response = await handler(request);
      return IPC_CHANNELS[channel].response.parse(response) as IpcResponse<C>;
    },
    onReportChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    push(next) {
      for (const l of listeners) l(next);
    },
  };
}
