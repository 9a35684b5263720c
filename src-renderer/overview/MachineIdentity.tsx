import type { Report } from '../../src-shared/model/report-schema.js';
import { visibleBidi } from '../format/visible-bidi.js';

/** The computer and the Windows user a report is about, as rows of a facts list. */
export function MachineIdentity({ report }: { report: Report }) {
  return (
    <>
      <dt>Computer name</dt>
      <dd>
        <code dir="auto">{visibleBidi(report.machine.computerName)}</code>
      </dd>
      <dt>Windows user</dt>
      <dd>
        <code dir="auto">{visibleBidi(report.machine.userName)}</code>
      </dd>
    </>
  );
}
