import type { OfficeMachineEntry } from '../../src-shared/office/office-report-schema.js';
import { StatusBadge } from '../app/StatusBadge.js';
import { STATUS_HEADLINE } from '../format/status-words.js';
import { PathText } from '../paths/PathText.js';
import { visibleBidi } from '../format/visible-bidi.js';

const SOURCE_WORDS = { autoentry: 'AutoEntry is set to', 'sage-list': 'Sage works in', 'quickbooks-recent': 'QuickBooks last opened' } as const;

/** One PC of the office: Sync App, Sage version, the data it uses as it spells it and as the share it is. */
export function OfficeMachineCard({ machine }: { machine: OfficeMachineEntry }) {
  const headingId = `office-pc-${machine.computerName.replace(/[^A-Za-z0-9-]/g, '-')}`;
  const status = machine.report.status;
  return (
    <section className="card office-pc" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <bdi>{visibleBidi(machine.computerName)}</bdi>
      </h3>
      <p>
        <StatusBadge severity={status} label={`Own check: ${STATUS_HEADLINE[status].label}`} />
      </p>
      <dl className="office-facts">
        <dt>Sync App</dt>
        <dd>{machine.office.runsSyncApp ? 'Runs here' : 'Not running here'}</dd>
        <dt>Sage version</dt>
        <dd>{machine.office.sageVersion ?? 'No Sage settings found'}</dd>
        {machine.office.quickbooksVersions.length > 0 && (
          <>
            <dt>QuickBooks</dt>
            <dd>{machine.office.quickbooksVersions.join(', ')}</dd>
          </>
        )}
      </dl>
      {machine.office.uses.length > 0 ? (
        <ul className="office-uses">
          {machine.office.uses.map((use, i) => (
            <li key={i}>
              <span className="path-label">{SOURCE_WORDS[use.source]}</span>
              <PathText path={use.spelled} />
              <span className="office-resolved">
                {use.local ? 'a folder on this PC only' : use.resolved === use.spelled ? 'on the share' : <>which is <PathText path={use.resolved} /></>}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>No Sage or QuickBooks data listed on this PC.</p>
      )}
    </section>
  );
}
