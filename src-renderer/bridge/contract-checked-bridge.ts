import {
  IPC_CHANNELS,
  type IpcChannel,
  type IpcRequest,
  type IpcResponse,
  type SyncDoctorBridge,
} from '../../src-shared/ipc/contract.js';
import { ReportSchema } from '../../src-shared/model/report-schema.js';

/** A request or answer that breaks the IPC contract. */
export class ContractError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContractError';
  }
}

/**
 * Wraps either transport (Electron's preload or the preview's HTTP) so that the window only
 * ever sends requests and trusts answers and pushed reports that match the contract's schemas.
 */
export function withContractChecks(inner: SyncDoctorBridge): SyncDoctorBridge {
  return {
    async invoke<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>> {
      const schemas = IPC_CHANNELS[channel];
      const checkedRequest = schemas.request.safeParse(request);
      if (!checkedRequest.success) throw new ContractError(`That request for ${channel} is not valid.`);
      const answer: unknown = await inner.invoke(channel, checkedRequest.data as IpcRequest<C>);
      const parsed = schemas.response.safeParse(answer);
      if (!parsed.success) throw new ContractError(`The answer to ${channel} did not have the expected shape.`);
      return parsed.data as IpcResponse<C>;
    },
    onReportChanged(listener) {
      return inner.onReportChanged((report: unknown) => {
        const parsed = ReportSchema.safeParse(report);
        if (parsed.success) listener(parsed.data);
      });
    },
    ...(inner.onStopped && { onStopped: inner.onStopped.bind(inner) }),
  };
}
