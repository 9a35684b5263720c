import { useEffect } from 'react';
import { officeMarkOf } from '../../src-shared/office/office-marks.js';
import type { OfficeReport } from '../../src-shared/office/office-report-schema.js';
import { worstFirst, type Severity } from '../../src-shared/model/severity.js';
import { useScreenQuery } from '../app/screen-query.js';
import { StatusBadge } from '../app/StatusBadge.js';
import { useReport } from '../bridge/report-context.js';
import '../styles/office.css';
import { OfficeFieldsCard } from './OfficeFieldsCard.js';
import { OfficeFindingCard } from './OfficeFindingCard.js';
import { OfficeMachineCard, officeSoftwareOf } from './OfficeMachineCard.js';
import { OfficeOpenControls } from './OfficeOpenControls.js';
import { fieldsFromQuery, fieldsToQuery, useOfficeSession } from './office-session.js';

/** The office's headline: "agrees" only with `office.ok` behind it. */
function officeHeadline(report: OfficeReport): { severity: Severity; label: string } {
  if (report.findings.some((f) => f.code === 'office.ok') && report.status === 'ok') return { severity: 'ok', label: 'The office agrees' };
  if (report.status === 'ok') return { severity: 'info', label: 'No office problem found, but not confirmed' };
  return report.status === 'warn' ? { severity: 'warn', label: 'Worth a look' } : { severity: 'error', label: 'The office disagrees' };
}

/** Several PCs of one office, judged together: what AutoEntry is set to, the office findings, then the PCs side by side. */
export function OfficeScreen() {
  const { appInfo } = useReport();
  const { query, replaceQuery } = useScreenQuery();
  const session = useOfficeSession(fieldsFromQuery(query));
  const { result, busy, fields, typed } = session;
  const report = result?.report;

  // Typed fields live in the address too, so a reload or a link keeps them.
  useEffect(() => {
    if (!typed) return;
    const next = fieldsToQuery(fields);
    if (next !== query) replaceQuery(next);
  }, [typed, fields, query, replaceQuery]);

  const software = report ? officeSoftwareOf(report.machines) : undefined;
  const headline = report ? officeHeadline(report) : undefined;
  return (
    <>
      <h2>Office</h2>
      <p>Each PC's own check can pass while the office as a whole is broken. Here the PCs of one office are compared with each other and with the data AutoEntry is set to.</p>
      <OfficeOpenControls canOpenFolder={appInfo?.mode === 'electron'} busy={busy} onFolder={() => void session.openFolder()} onFiles={(files) => void session.judgeFiles(files)} />
      <OfficeFieldsCard session={session} />
      <div role="status" className="office-progress">
        {busy ? 'Judging the office…' : ''}
      </div>
      {result?.problem && (
        <p role="alert" className="notice">
          {result.problem}
        </p>
      )}
      {report && headline && software && (
        <>
          <section aria-labelledby="office-findings-heading">
            <h3 id="office-findings-heading" className="office-status">
              <StatusBadge severity={headline.severity} label={headline.label} /> {report.machines.length} {report.machines.length === 1 ? 'PC' : 'PCs'} compared
            </h3>
            {worstFirst(report.findings).map((f, i) => (
              <OfficeFindingCard key={`${f.code}-${i}`} finding={f} index={i} />
            ))}
          </section>
          <section aria-labelledby="office-pcs-heading">
            <h3 id="office-pcs-heading">The PCs side by side</h3>
            <div className="cards office-pcs">
              {report.machines.map((m) => (
                <OfficeMachineCard key={m.computerName} machine={m} mark={officeMarkOf(report, m.computerName)} software={software} />
              ))}
            </div>
          </section>
        </>
      )}
    </>
  );
}
