import { useState } from 'react';
import type { IpcResponse } from '../../src-shared/ipc/contract.js';
import { worstFirst } from '../../src-shared/model/severity.js';
import { useAnnounce } from '../app/announcer.js';
import { StatusBadge } from '../app/StatusBadge.js';
import { useBridge } from '../bridge/bridge-context.js';
import { useReport } from '../bridge/report-context.js';
import '../styles/office.css';
import { OfficeFindingCard } from './OfficeFindingCard.js';
import { OfficeMachineCard } from './OfficeMachineCard.js';
import { OfficeOpenControls } from './OfficeOpenControls.js';
import type { SnapshotText } from './read-snapshot-files.js';

type Result = IpcResponse<'office-check'>;

const OFFICE_STATUS = { ok: 'The office agrees', warn: 'Worth a look', error: 'The office disagrees' } as const;

/** Several PCs of one office, judged together: the office findings first, then the PCs side by side. */
export function OfficeScreen() {
  const bridge = useBridge();
  const { appInfo } = useReport();
  const announce = useAnnounce();
  const [result, setResult] = useState<Result | undefined>();
  const [busy, setBusy] = useState(false);

  async function run(ask: () => Promise<Result | undefined>) {
    setBusy(true);
    try {
      const answer = await ask();
      if (!answer) return;
      setResult(answer);
      announce(answer.report ? `${OFFICE_STATUS[answer.report.status]} (${answer.report.machines.length} PCs compared).` : answer.problem ?? '');
    } catch (e) {
      setResult({ problem: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  }

  const openFolder = () =>
    run(async () => {
      const answer = await bridge.invoke('office-folder', {});
      return answer.supported && answer.folder !== undefined ? answer : undefined;
    });
  const judgeFiles = (files: SnapshotText[]) => run(() => bridge.invoke('office-check', { files }));
  const report = result?.report;

  return (
    <>
      <h2>Office</h2>
      <p>Each PC's own check can pass while the office as a whole is broken. Here the PCs of one office are compared with each other.</p>
      <OfficeOpenControls canOpenFolder={appInfo?.mode === 'electron'} busy={busy} onFolder={() => void openFolder()} onFiles={(files) => void judgeFiles(files)} />
      {busy && <p aria-busy="true">Judging the office…</p>}
      {result?.problem && (
        <p role="alert" className="notice">
          {result.problem}
        </p>
      )}
      {report && (
        <>
          <section aria-labelledby="office-findings-heading">
            <h3 id="office-findings-heading" className="office-status">
              <StatusBadge severity={report.status} label={OFFICE_STATUS[report.status]} /> {report.machines.length} PCs
            </h3>
            {worstFirst(report.findings).map((f, i) => (
              <OfficeFindingCard key={`${f.code}-${i}`} finding={f} index={i} />
            ))}
          </section>
          <section aria-labelledby="office-pcs-heading">
            <h3 id="office-pcs-heading">The PCs side by side</h3>
            <div className="cards office-pcs">
              {report.machines.map((m) => (
                <OfficeMachineCard key={m.computerName} machine={m} />
              ))}
            </div>
          </section>
        </>
      )}
    </>
  );
}
