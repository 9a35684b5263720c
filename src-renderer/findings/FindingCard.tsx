import type { Finding } from '../../src-shared/model/report-schema.js';
import { PathComparison } from '../paths/PathComparison.js';
import { findingEvidence } from './finding-evidence.js';
import { FindingFrame } from './FindingFrame.js';
import { visibleBidi } from '../format/visible-bidi.js';

/** One finding: what it is, why Sync Doctor thinks so, and what to do. */
export function FindingCard({ finding, reportTime }: { finding: Finding; reportTime: string }) {
  const evidence = findingEvidence(finding, reportTime);
  const headingId = `finding-${finding.code}-${finding.configuredPath ?? ''}`.replace(/[^A-Za-z0-9-]/g, '-');
  return (
    <FindingFrame severity={finding.severity} title={finding.title} detail={finding.detail} steps={finding.guidance} headingId={headingId}>
      {finding.configuredPath && <PathComparison finding={finding} />}
      {evidence.length > 0 && (
        <div className="evidence">
          <h4>Why Sync Doctor thinks so</h4>
          <ul>
            {evidence.map((line) => (
              <li key={line}>{visibleBidi(line)}</li>
            ))}
          </ul>
        </div>
      )}
    </FindingFrame>
  );
}
