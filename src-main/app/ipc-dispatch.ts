import { IPC_CHANNELS, isIpcChannel, type IpcHandlers } from '../../src-shared/ipc/contract.js';

/** What a call across the bridge gives back: the same envelope over Electron IPC and HTTP. */
export type DispatchResult =
  | { ok: true; value: unknown }
  | { ok: false; status: 400 | 404 | 500; error: string };

/**
 * Runs one call from the UI: the channel must be in the contract, the request must match its
 * schema, and so must the handler's answer. Never throws.
 */
export async function dispatchIpc(handlers: IpcHandlers, channel: string, raw: unknown): Promise<DispatchResult> {
  if (!isIpcChannel(channel)) return { ok: false, status: 404, error: `There is no channel called "${channel}".` };
  const { request: requestSchema, response: responseSchema } = IPC_CHANNELS[channel];
  const request = requestSchema.safeParse(raw ?? {});
  if (!request.success) {
    const issue = request.error.issues[0];
    return { ok: false, status: 400, error: `Invalid request for ${channel}: ${issue?.path.join('.') || 'body'} ${issue?.message ?? ''}`.trim() };
  }
  let value: unknown;
  try {
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
    value = await handler(request.data);
  } catch (error) {
    return { ok: false, status: 500, error: error instanceof Error ? error.message : String(error) };
  }
  const response = responseSchema.safeParse(value);
  if (!response.success) return { ok: false, status: 500, error: `The answer for ${channel} did not match the contract.` };
  return { ok: true, value: response.data };
}
