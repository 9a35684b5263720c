import type { OfficeMark } from '../../src-shared/office/office-marks.js';
import type { OfficeMachineEntry } from '../../src-shared/office/office-report-schema.js';
import { StatusBadge } from '../app/StatusBadge.js';
import { STATUS_HEADLINE } from '../format/status-words.js';
import { PathText } from '../paths/PathText.js';
import { visibleBidi } from '../format/visible-bidi.js';

const SOURCE_WORDS = { autoentry: 'AutoEntry is set to', 'sage-list': 'Sage works in', 'quickbooks-recent': 'QuickBooks last opened' } as const;

/** Which software the office has at all: a row for the other would only say "not found" on every card. */
export interface OfficeSoftware {
  sage: boolean;
  quickbooks: boolean;
}

export function officeSoftwareOf(machines: readonly OfficeMachineEntry[]): OfficeSoftware {
  return {
    sage: machines.some((m) => m.office.sageVersion !== undefined || m.office.uses.some((u) => u.software === 'sage')),
    quickbooks: machines.some((m) => m.office.quickbooksVersions.length > 0 || m.office.uses.some((u) => u.software === 'quickbooks')),
  };
}

/** "Could not check" where the PC's own check could not look; "not found" only where it looked. */
function absentWords(machine: OfficeMachineEntry, unknownCode: string, notFound: string): string {
  return machine.report.findings.some((f) => f.code === unknownCode) ? 'Could not check' : notFound;
}

/** One PC of the office: the office's mark on it, its Sync App, the software the office has, the data it uses. */
export function OfficeMachineCard({ machine, mark, software }: { machine: OfficeMachineEntry; mark: OfficeMark; software: OfficeSoftware }) {
  const headingId = `office-pc-${machine.computerName.replace(/[^A-Za-z0-9-]/g, '-')}`;
  const own = STATUS_HEADLINE[machine.report.status].label;
  return (
    <section className="card office-pc" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <bdi>{visibleBidi(machine.computerName)}</bdi>
      </h3>
      <p>
        <StatusBadge severity={mark.severity} label={mark.words} />
      </p>
      <dl className="office-facts">
        <dt>Sync App</dt>
        <dd>{machine.office.runsSyncApp ? 'Runs here' : absentWords(machine, 'syncapp.unknown', 'Not running here')}</dd>
        {software.sage && (
          <>
            <dt>Sage version</dt>
            <dd>{machine.office.sageVersion ?? absentWords(machine, 'sage.unknown', 'No Sage found on this PC')}</dd>
          </>
        )}
        {software.quickbooks && (
          <>
            <dt>QuickBooks</dt>
            <dd>{machine.office.quickbooksVersions.length > 0 ? machine.office.quickbooksVersions.join(', ') : absentWords(machine, 'quickbooks.unknown', 'No QuickBooks found on this PC')}</dd>
          </>
        )}
        <dt>Its own check</dt>
        <dd>{own}</dd>
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
