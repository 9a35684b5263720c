import { createContext, useContext, type ReactNode } from 'react';
import type { SyncDoctorBridge } from '../../src-shared/ipc/contract.js';

const BridgeContext = createContext<SyncDoctorBridge | null>(null);

export function BridgeProvider({ bridge, children }: { bridge: SyncDoctorBridge; children: ReactNode }) {
  return <BridgeContext.Provider value={bridge}>{children}</BridgeContext.Provider>;
}

/** The one way screens talk to the main side. */
export function useBridge(): SyncDoctorBridge {
  const bridge = useContext(BridgeContext);
  if (!bridge) throw new Error('useBridge needs a BridgeProvider above it');
  return bridge;
}
