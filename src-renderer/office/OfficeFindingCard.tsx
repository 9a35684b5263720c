import type { OfficeFinding } from '../../src-shared/office/office-report-schema.js';
import { FindingFrame } from '../findings/FindingFrame.js';
import { PathText } from '../paths/PathText.js';

/** One office finding: what disagrees, on which PCs, each path as that PC spells it, and the steps. */
export function OfficeFindingCard({ finding, index }: { finding: OfficeFinding; index: number }) {
  const headingId = `office-finding-${index}`;
  const paths = Object.entries(finding.paths);
  return (
    <FindingFrame severity={finding.severity} title={finding.title} detail={finding.detail} steps={finding.guidance} headingId={headingId}>
      {finding.machines.length > 0 && (
        <p>
          <strong>PCs:</strong> {finding.machines.join(', ')}
        </p>
      )}
      {paths.length > 0 && (
        <table className="office-paths">
          <caption>As each PC spells it</caption>
          <thead>
            <tr>
              <th scope="col">PC</th>
              <th scope="col">Path</th>
            </tr>
          </thead>
          <tbody>
            {paths.map(([pc, path]) => (
              <tr key={pc}>
                <th scope="row">{pc}</th>
                <td className="path">
                  <PathText path={path} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {finding.file && (
        <p>
          File: <PathText path={finding.file} />
        </p>
      )}
    </FindingFrame>
  );
}
