import type { Report } from '../../src-shared/model/report-schema.js';

/** The computer and the Windows user a report is about, as rows of a facts list. */
export function MachineIdentity({ report }: { report: Report }) {
  return (
    <>
      <dt>Computer name</dt>
      <dd>
        <code>{report.machine.computerName}</code>
      </dd>
      <dt>Windows user</dt>
      <dd>
        <code>{report.machine.userName}</code>
      </dd>
    </>
  );
}
