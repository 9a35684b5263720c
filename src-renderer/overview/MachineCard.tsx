import type { Report } from '../../src-shared/model/report-schema.js';
import { formatDayTime, withReadableTimes } from '../format/format-time.js';
import { visibleBidi } from '../format/visible-bidi.js';

interface Props {
  report: Report;
  checking: boolean;
  onCheckNow: () => void;
  source?: string;
}

/** Which computer and Windows user were checked, and when — to compare with the Sync App location AutoEntry shows. */
export function MachineCard({ report, checking, onCheckNow, source }: Props) {
  return (
    <section className="card" aria-labelledby="machine-heading">
      <h3 id="machine-heading">This computer</h3>
      <dl className="facts">
        <dt>Computer name</dt>
        <dd>
          <code dir="auto">{visibleBidi(report.machine.computerName)}</code>
        </dd>
        <dt>Windows user</dt>
        <dd>
          <code dir="auto">{visibleBidi(report.machine.userName)}</code>
        </dd>
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
      <button type="button" className="primary" onClick={onCheckNow} disabled={checking} aria-busy={checking}>
        {checking ? 'Checking…' : 'Check now'}
      </button>
    </section>
  );
}
