import type { Report } from '../../src-shared/model/report-schema.js';
import { STATUS_HEADLINE } from '../format/status-words.js';
import { formatDayTime, withReadableTimes } from '../format/format-time.js';
import { MachineIdentity } from '../overview/MachineIdentity.js';
import { readInventory } from '../overview/read-inventory.js';

/**
 * History for a report that is not this computer's live check: a snapshot is one moment, so it
 * has no history — it says so and shows that moment's facts instead of an "uptime" of replaying a file.
 */
export function SnapshotFacts({ report, reason }: { report: Report; reason: string }) {
  const inventory = readInventory(report);
  const syncApp = report.findings.find((f) => f.code.startsWith('syncapp.') && f.code !== 'syncapp.other-session');
  const running = inventory.syncApp.running;
  const syncAppWords =
    syncApp?.code === 'syncapp.unknown'
      ? 'Could not be checked'
      : running.length > 0
        ? `Running (${running.map((r) => r.name).join(', ')})`
        : (syncApp?.title ?? 'Not running');
  return (
    <>
      <p className="notice">
        {reason.startsWith('This is the demo') ? 'The demo machine has no history: it is one made-up moment.' : 'A snapshot has no history: it is one moment of that PC, recorded when the snapshot was taken.'} The
        Sync App’s uptime and the events are recorded only by Sync Doctor running on that PC.
      </p>
      <section className="card" aria-labelledby="snapshot-facts-heading">
        <h3 id="snapshot-facts-heading">What the snapshot shows</h3>
        <dl className="facts">
          {inventory.source && (
            <>
              <dt>What was checked</dt>
              <dd>{withReadableTimes(inventory.source)}</dd>
            </>
          )}
          <MachineIdentity report={report} />
          <dt>Sync App at that moment</dt>
          <dd>{syncAppWords}</dd>
          <dt>Overall</dt>
          <dd>{STATUS_HEADLINE[report.status].label}</dd>
          <dt>Judged</dt>
          <dd>
            <time dateTime={report.generatedAt}>{formatDayTime(report.generatedAt)}</time>
          </dd>
        </dl>
      </section>
    </>
  );
}
