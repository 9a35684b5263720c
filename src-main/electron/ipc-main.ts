import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNELS, type IpcChannel, type IpcHandlers } from '../../src-shared/ipc/contract.js';
import { dispatchIpc } from '../app/ipc-dispatch.js';
import type { TrustedSenders } from '../app/trusted-senders.js';

type Envelope = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * Registers one `ipcMain.handle` per channel of the contract (the channel type admits no other
 * name, as in GitHub Desktop) and checks each call's sender, request and response. Returns a
 * function that removes them all.
 */
export function registerIpcHandlers(handlers: IpcHandlers, senders: TrustedSenders, onRefused: (message: string) => void): () => void {
  const handle = <C extends IpcChannel>(channel: C) =>
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, raw: unknown): Promise<Envelope> => {
      const sender = { webContentsId: event.sender.id, frameUrl: event.senderFrame?.url };
      if (!senders.isTrusted(sender)) {
        onRefused(`IPC ${channel} refused from an untrusted sender (${sender.webContentsId}, ${sender.frameUrl ?? 'no frame'})`);
        return { ok: false, error: 'Refused: this page may not use Sync Doctor.' };
      }
      const result = await dispatchIpc(handlers, channel, raw);
      return result.ok ? result : { ok: false, error: result.error };
    });
  const channels = Object.keys(IPC_CHANNELS) as IpcChannel[];
  for (const channel of channels) handle(channel);
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
