import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { IpcResponse } from '../../src-shared/ipc/contract.js';
import type { Report } from '../../src-shared/model/report-schema.js';
import { useBridge } from './bridge-context.js';

export type AppInfo = IpcResponse<'app-info'>;

export interface ReportState {
  report: Report | undefined;
  appInfo: AppInfo | undefined;
  /** Why the last request failed, in words for the user. */
  error: string | undefined;
  checking: boolean;
  checkNow: () => Promise<void>;
  loadDemo: () => Promise<void>;
}

const ReportContext = createContext<ReportState | null>(null);

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Holds the current report: fetched once, then replaced whenever the main side says it changed. */
export function ReportProvider({ children }: { children: ReactNode }) {
  const bridge = useBridge();
  const [report, setReport] = useState<Report | undefined>();
  const [appInfo, setAppInfo] = useState<AppInfo | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [checking, setChecking] = useState(false);
  const [stopped, setStopped] = useState<string | undefined>();

  useEffect(() => {
    let live = true;
    const stop = bridge.onReportChanged((next) => {
      if (!live) return;
      setReport(next);
      setError(undefined);
    });
    // The preview's server is gone: say so, and keep saying so (no later answer clears it).
    const stopStopped = bridge.onStopped?.((message) => live && setStopped(message));
    bridge.invoke('report-get', {}).then(
      (first) => live && setReport((current) => current ?? first),
      (e: unknown) => live && setError(messageOf(e)),
    );
    bridge.invoke('app-info', {}).then(
      (info) => live && setAppInfo(info),
      () => undefined,
    );
    return () => {
      live = false;
      stop();
      stopStopped?.();
    };
  }, [bridge]);

  const run = useCallback(
    async (channel: 'report-check-now' | 'demo-load') => {
      setChecking(true);
      try {
        setReport(await bridge.invoke(channel, {}));
        setError(undefined);
        if (channel === 'demo-load') setAppInfo(await bridge.invoke('app-info', {}));
      } catch (e) {
        setError(messageOf(e));
      } finally {
        setChecking(false);
      }
    },
    [bridge],
  );

  const value = useMemo<ReportState>(
    () => ({
      report,
      appInfo,
      error: stopped ?? error,
      checking,
      checkNow: () => run('report-check-now'),
      loadDemo: () => run('demo-load'),
    }),
    [report, appInfo, error, stopped, checking, run],
  );
  return <ReportContext.Provider value={value}>{children}</ReportContext.Provider>;
}

/** The current report, live: it updates from `report-changed` without a reload. */
export function useReport(): ReportState {
  const state = useContext(ReportContext);
  if (!state) throw new Error('useReport needs a ReportProvider above it');
  return state;
}
