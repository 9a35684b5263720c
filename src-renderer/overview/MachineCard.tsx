import type { Report } from '../../src-shared/model/report-schema.js';
import { useActsHere } from '../bridge/use-acts-here.js';
import { formatDayTime, withReadableTimes } from '../format/format-time.js';
import { MachineIdentity } from './MachineIdentity.js';

interface Props {
  report: Report;
  checking: boolean;
  onCheckNow: () => void;
  source?: string;
  /** The view's one accent button, when nothing else on it is. */
  prominent?: boolean;
}

/** Which computer and Windows user were checked, and when — to compare with the Sync App location AutoEntry shows. */
export function MachineCard({ report, checking, onCheckNow, source, prominent = true }: Props) {
  // Checking again re-reads a snapshot, which never changes: only a live check can be refreshed.
  const where = useActsHere();
  return (
    <section className="card" aria-labelledby="machine-heading">
      <h3 id="machine-heading">This computer</h3>
      <dl className="facts">
        <MachineIdentity report={report} />
        {source && source !== 'this PC' && (
          <>
            <dt>What was checked</dt>
            <dd>{withReadableTimes(source)}</dd>
          </>
        )}
        <dt>Last check</dt>
        <dd>
          <time dateTime={report.generatedAt}>{formatDayTime(report.generatedAt)}</time>
        </dd>
      </dl>
      <p className="hint">
        AutoEntry’s Integrate page shows the “Sync App location”: it should name this computer if the Sync App runs here.
      </p>
      <span className="action">
        <button type="button" className={prominent && where.here ? 'primary' : undefined} onClick={onCheckNow} disabled={checking || !where.here} aria-busy={checking}>
          {checking ? 'Checking…' : 'Check now'}
        </button>
        {!where.here && where.reason && <span className="hint action-reason">{where.reason}</span>}
      </span>
    </section>
  );
}
