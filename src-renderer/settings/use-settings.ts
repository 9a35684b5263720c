import { useCallback, useEffect, useState } from 'react';
import type { IpcResponse } from '../../src-shared/ipc/contract.js';
import type { Settings } from '../../src-shared/settings/settings-schema.js';
import { useBridge } from '../bridge/bridge-context.js';

export type SettingsState = IpcResponse<'settings-get'>;

/** The saved settings, reloaded whenever `refreshKey` changes (e.g. a new report). */
export function useSettings(refreshKey?: string) {
  const bridge = useBridge();
  const [state, setState] = useState<SettingsState | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    let live = true;
    bridge.invoke('settings-get', {}).then(
      (next) => live && setState(next),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [bridge, refreshKey]);

  const save = useCallback(
    async (settings: Settings) => {
      const saved = await bridge.invoke('settings-save', settings);
      setState(saved);
      return saved;
    },
    [bridge],
  );

  return { state, error, save };
}
