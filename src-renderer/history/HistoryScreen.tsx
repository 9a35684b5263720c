import { useEffect, useState } from 'react';
import type { HistoryRange, HistoryView } from '../../src-shared/history/history-schema.js';
import { useBridge } from '../bridge/bridge-context.js';
import { useReport } from '../bridge/report-context.js';
import { useActsHere } from '../bridge/use-acts-here.js';
import { SnapshotFacts } from './SnapshotFacts.js';
import { EventList } from './EventList.js';
import { UptimeChart } from './UptimeChart.js';
import { layoutUptime, timelineEnd } from './uptime-layout.js';

/** When the Sync App was up or down, and what changed — from the monitor's history; a snapshot has none. */
export function HistoryScreen({ refreshKey }: { refreshKey?: string }) {
  const { report, appInfo } = useReport();
  const where = useActsHere();
  if (appInfo && !where.here && where.reason && report) {
    return (
      <>
        <h2>History</h2>
        <SnapshotFacts report={report} reason={where.reason} />
      </>
    );
  }
  return <LiveHistory {...(refreshKey !== undefined && { refreshKey })} />;
}

function LiveHistory({ refreshKey }: { refreshKey?: string }) {
  const bridge = useBridge();
  const [range, setRange] = useState<HistoryRange>('24h');
  const [view, setView] = useState<HistoryView | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    let live = true;
    bridge.invoke('history-get', { range }).then(
      (next) => {
        if (!live) return;
        setView(next);
        setError(undefined);
      },
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [bridge, range, refreshKey]);

  return (
    <>
      <h2>History</h2>
      <div className="segmented" role="group" aria-label="Period">
        {(['24h', '7d'] as const).map((r) => (
          <button key={r} type="button" aria-pressed={range === r} onClick={() => setRange(r)}>
            {r === '24h' ? 'Last 24 hours' : 'Last 7 days'}
          </button>
        ))}
      </div>
      {error && <p role="alert">The history could not be read: {error}</p>}
      {view && (
        <>
          <section className="card" aria-labelledby="uptime-heading">
            <h3 id="uptime-heading">Sync App uptime</h3>
            <UptimeChart layout={layoutUptime(view.uptime, view.range, timelineEnd(view.uptime, Date.now()))} range={view.range} />
          </section>
          <section className="card" aria-labelledby="events-heading">
            <h3 id="events-heading">Events</h3>
            <EventList events={view.events} />
          </section>
        </>
      )}
    </>
  );
}
